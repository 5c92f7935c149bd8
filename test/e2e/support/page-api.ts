// Bundled by esbuild into the page's init script: builds window.api from the shared contract,
// exactly as the preload does, but over a Playwright binding instead of ipcRenderer.
import { buildApi, type Channel, type EventName, type Outcome } from '../../../src/shared/ipc'

type Invoke = (ch: Channel, input: unknown) => Promise<Outcome<unknown>>
interface HarnessWindow {
  __subsInvoke: Invoke
  __subsEmit: (event: EventName, payload: unknown) => void
}

const w = window as unknown as Window & HarnessWindow
const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

w.__subsEmit = (event, payload) => {
  for (const l of listeners.get(event) ?? []) l(payload)
}

w.api = buildApi(
  // Through a JSON-ish binding, like IPC's structured clone: the page only ever gets plain data.
  (ch, input) => w.__subsInvoke(ch, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => set.delete(listener)
  },
)
