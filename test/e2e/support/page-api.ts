// STAND-IN for the preload, contextBridge and ipcRenderer, bundled by esbuild into the page's init
// script. It builds window.api from the same channel list as the real preload, and crosses the
// boundary with Electron's rules: every argument, result and event payload is copied with the
// structured-clone algorithm, as contextBridge and IPC copy it. So a Svelte $state Proxy, a
// function or anything else Electron can't clone throws here exactly where the real app would,
// and the console error it logs fails the test (Playwright's own binding would serialise it happily).
import { buildApi, type Channel, type EventName } from '../../../src/shared/channels'
import type { Outcome } from '../../../src/shared/ipc'

type Invoke = (ch: Channel, input: unknown) => Promise<Outcome<unknown>>
interface HarnessWindow {
  __subsInvoke: Invoke
  __subsEmit: (event: EventName, payload: unknown) => void
}

const w = window as unknown as Window & HarnessWindow
const binding = w.__subsInvoke
const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

/** Electron's copy of a value crossing the bridge: structured clone, or the error Electron throws. */
function crossing<T>(value: T, what: string): T {
  try {
    return structuredClone(value)
  } catch (e) {
    // Electron says "An object could not be cloned."; say where, so the failing test names the call.
    console.error(`[stand-in contextBridge] ${what} could not be cloned: ${(e as Error).message}`)
    throw new Error('An object could not be cloned.')
  }
}

w.__subsEmit = (event, payload) => {
  const copy = crossing(payload, `the '${event}' event payload`)
  for (const l of listeners.get(event) ?? []) l(copy)
}

const api = buildApi(
  async (ch, input) => {
    const sent = crossing(input, `the input to window.api['${ch}']`)
    const result = await binding(ch, sent)
    return crossing(result, `the result of window.api['${ch}']`)
  },
  (event, listener) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => set.delete(listener)
  },
)
// contextBridge exposes a read-only copy: the page can't replace a method or add one.
Object.defineProperty(w, 'api', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true })
// The binding itself is not part of the page's world in Electron; hide it from the app's code.
Object.defineProperty(w, '__subsInvoke', { value: undefined, writable: false, configurable: false })
