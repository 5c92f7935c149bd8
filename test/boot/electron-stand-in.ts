// STAND-IN for the `electron` module, for the boot check (test/boot/run.ts). It is NOT Electron:
// it implements only what Subs uses, with Electron 45's documented behaviour, so the built
// out/main and out/preload run under plain Node and fail where Electron would fail:
// - app: 'ready' after the main script has run; whenReady; single-instance lock ('second-instance'
//   in the first process); quit → before-quit (preventable) → windows close → will-quit → quit → exit;
//   exit(code) ends at once; getPath('userData').
// - protocol: registerSchemesAsPrivileged only before ready, handle only after; a page on a scheme
//   that isn't standard can't load relative assets; an unhandled scheme fails to load.
// - ipcMain.handle: one handler per channel; arguments and results cross by structured clone
//   (a Proxy or a function throws "An object could not be cloned."), like IPC.
// - The preload runs sandboxed: a `require` that knows only 'electron' (contextBridge, ipcRenderer);
//   contextBridge.exposeInMainWorld needs contextIsolation and copies values (functions are proxied,
//   everything else cloned).
// - safeStorage: only the asynchronous API (the synchronous one is gone in Electron 46), in the
//   state the scenario sets: available, unavailable (locked keychain), throwing, or basic_text.
// - dialog.showErrorBox, Menu, session, shell, clipboard, Notification: recorded.
// Everything observable is reported to the boot check over the Node IPC channel (process.send).
import { EventEmitter } from 'node:events'
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { existsSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'

export interface BootScenario {
  userData: string
  safeStorage: 'available' | 'unavailable' | 'throwing' | 'basic_text'
  /** Encryption key seed, so a vault written in one run decrypts in the next. */
  keySeed: string
  /** Pretend to be another platform (macOS keeps running with no window). */
  platform?: NodeJS.Platform
}

const scenario: BootScenario = JSON.parse(process.env.SUBS_BOOT ?? '{}')
if (scenario.platform) Object.defineProperty(process, 'platform', { value: scenario.platform })

type Report = Record<string, unknown> & { type: string }
function report(r: Report): void {
  process.send?.(r)
}

const cloneError = () => new Error('An object could not be cloned.')
/** How IPC copies a value between processes. */
function ipcClone<T>(v: T): T {
  try {
    return structuredClone(v)
  } catch {
    throw cloneError()
  }
}

class PreventableEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

// --- app -------------------------------------------------------------------------------------
let ready = false
let quitting = false
const readyWaiters: (() => void)[] = []

class App extends EventEmitter {
  readonly isPackaged = false
  readonly commandLine = { appendSwitch() {}, hasSwitch: () => false }
  #lockFile: string | null = null
  #knockTimer: NodeJS.Timeout | null = null

  getName(): string {
    return 'subs'
  }
  getVersion(): string {
    return '0.0.0-boot-check'
  }
  /** The app's locale (Electron: from the OS language); main's texts use it for dates. */
  getLocale(): string {
    return 'en-GB'
  }
  getPath(name: string): string {
    if (name === 'userData') return scenario.userData
    if (name === 'temp') return process.env.TMPDIR ?? '/tmp'
    throw new Error(`stand-in electron: app.getPath('${name}') is not implemented`)
  }
  isReady(): boolean {
    return ready
  }
  whenReady(): Promise<void> {
    return ready ? Promise.resolve() : new Promise((r) => readyWaiters.push(r))
  }
  /** Electron's lock is per userData; the second process tells the first, which gets 'second-instance'. */
  requestSingleInstanceLock(): boolean {
    const file = join(scenario.userData, 'SingletonLock')
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx')
        writeSync(fd, String(process.pid))
        closeSync(fd)
        this.#lockFile = file
        this.#knockTimer = setInterval(() => this.#answerKnocks(), 50)
        this.#knockTimer.unref()
        return true
      } catch {
        const holder = Number(readFileSync(file, 'utf8'))
        let alive = false
        try {
          process.kill(holder, 0)
          alive = true
        } catch {
          /* dead */
        }
        if (!alive) {
          rmSync(file, { force: true })
          continue
        }
        writeFileSync(join(scenario.userData, `SingletonKnock-${process.pid}`), JSON.stringify(process.argv))
        report({ type: 'single-instance-lock', got: false })
        return false
      }
    }
    return false
  }
  #answerKnocks(): void {
    for (const name of readdirSync(scenario.userData).filter((n) => n.startsWith('SingletonKnock-'))) {
      const path = join(scenario.userData, name)
      const argv = JSON.parse(readFileSync(path, 'utf8'))
      rmSync(path, { force: true })
      report({ type: 'second-instance' })
      this.emit('second-instance', new PreventableEvent(), argv, process.cwd())
    }
  }
  quit(): void {
    if (quitting) return
    const before = new PreventableEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    quitting = true
    for (const w of [...windows]) w.close()
    const will = new PreventableEvent()
    this.emit('will-quit', will)
    if (will.defaultPrevented) {
      quitting = false
      return
    }
    this.emit('quit', new PreventableEvent(), 0)
    this.exit(0)
  }
  exit(code = 0): void {
    if (this.#lockFile) rmSync(this.#lockFile, { force: true })
    report({ type: 'exit', code })
    // Let the report leave before the process goes, as Electron's own exit is immediate too.
    setImmediate(() => process.exit(code))
  }
}
export const app = new App()
// 'ready' comes after the main script has finished its first synchronous run.
setTimeout(() => {
  ready = true
  report({ type: 'ready' })
  app.emit('ready', new PreventableEvent(), {})
  for (const r of readyWaiters.splice(0)) r()
}, 5)

function mustBeReady(what: string): void {
  if (!ready) throw new Error(`${what} can only be used after the app is ready (stand-in electron)`)
}

// --- protocol --------------------------------------------------------------------------------
const privileged = new Map<string, Record<string, boolean>>()
const handlers = new Map<string, (r: Request) => Response | Promise<Response>>()
export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    for (const s of schemes) privileged.set(s.scheme, s.privileges ?? {})
  },
  handle(scheme: string, handler: (r: Request) => Response | Promise<Response>): void {
    mustBeReady('protocol.handle')
    if (handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`)
    handlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme)
  },
  isProtocolHandled: (scheme: string) => handlers.has(scheme),
}

// --- ipcMain ---------------------------------------------------------------------------------
type Handler = (event: unknown, ...args: unknown[]) => unknown
const invokeHandlers = new Map<string, Handler>()
class IpcMain extends EventEmitter {
  handle(channel: string, fn: Handler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    invokeHandlers.set(channel, fn)
  }
  handleOnce(channel: string, fn: Handler): void {
    this.handle(channel, (...a) => {
      invokeHandlers.delete(channel)
      return fn(...a)
    })
  }
  removeHandler(channel: string): void {
    invokeHandlers.delete(channel)
  }
}
export const ipcMain = new IpcMain()

// --- BrowserWindow and webContents --------------------------------------------------------------
const windows = new Set<BrowserWindow>()
let nextId = 1

class WebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame = { url: '', routingId: 1 }
  #destroyed = false
  #openHandler: ((d: { url: string }) => { action: string }) | null = null
  /** Renderer-side listeners registered by the preload through ipcRenderer.on. */
  readonly rendererListeners = new Map<string, Set<(...a: unknown[]) => void>>()
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.#openHandler = h
  }
  get hasWindowOpenHandler(): boolean {
    return this.#openHandler !== null
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new Error('Object has been destroyed')
    const copies = args.map(ipcClone)
    for (const l of this.rendererListeners.get(channel) ?? []) l({ sender: null }, ...copies)
  }
  isDestroyed(): boolean {
    return this.#destroyed
  }
  destroy(): void {
    this.#destroyed = true
  }
  getURL(): string {
    return this.mainFrame.url
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return [...windows]
  }
  static getFocusedWindow(): BrowserWindow | null {
    return [...windows].find((w) => w.#focused) ?? null
  }
  readonly webContents = new WebContents()
  readonly options: Record<string, unknown>
  #shown = false
  #focused = false
  #minimized = false
  #destroyed = false
  /** The page: what the preload exposed to the main world. */
  page: Record<string, unknown> = {}

  constructor(options: Record<string, unknown> = {}) {
    super()
    mustBeReady('BrowserWindow')
    this.options = options
    windows.add(this)
    app.emit('browser-window-created', new PreventableEvent(), this)
    app.emit('web-contents-created', new PreventableEvent(), this.webContents)
    report({ type: 'window-created', id: this.webContents.id, webPreferences: { ...(options.webPreferences as object), preload: undefined } })
  }

  async loadURL(url: string): Promise<void> {
    const channelsAtLoad = [...invokeHandlers.keys()]
    const u = new URL(url)
    const scheme = u.protocol.slice(0, -1)
    const handler = handlers.get(scheme)
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`)
    const res = await handler(new Request(url))
    if (res.status !== 200 || !/^text\/html/.test(res.headers.get('content-type') ?? '')) {
      throw new Error(`ERR_FAILED (-2) loading '${url}': ${res.status} ${res.headers.get('content-type')}`)
    }
    const html = await res.text()
    // Relative asset URLs resolve only on a standard scheme (registered before ready).
    const assets = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    const assetStatus: Record<string, number> = {}
    for (const a of assets) {
      if (!privileged.get(scheme)?.standard && !/^[a-z]+:/.test(a)) {
        assetStatus[a] = -1
        continue
      }
      const r = await handler(new Request(new URL(a, url)))
      assetStatus[a] = r.status
    }
    this.webContents.mainFrame.url = url
    const preloaded = this.#runPreload()
    report({ type: 'loaded', url, channelsAtLoad, assetStatus, csp: res.headers.get('content-security-policy'), ...preloaded })
    this.webContents.emit('did-finish-load', new PreventableEvent())
    this.emit('ready-to-show', new PreventableEvent())
  }

  async loadFile(path: string): Promise<void> {
    report({ type: 'loaded-file', path })
    throw new Error('stand-in electron: Subs must serve its page from app://, not file://')
  }

  /** Runs the preload as Electron's sandbox does: a require that knows only 'electron'. */
  #runPreload(): { exposed: string[]; preloadError: string | null } {
    const prefs = (this.options.webPreferences ?? {}) as Record<string, unknown>
    const file = prefs.preload as string | undefined
    if (!file) return { exposed: [], preloadError: 'no preload' }
    const wc = this.webContents
    const win = this
    const contextIsolation = prefs.contextIsolation !== false
    const exposed: string[] = []
    const rendererElectron = {
      contextBridge: {
        exposeInMainWorld(key: string, value: unknown) {
          if (!contextIsolation) throw new Error('contextBridge API can only be used when contextIsolation is enabled')
          if (key in win.page) throw new Error(`Cannot bind an API on top of an existing property on the window object`)
          win.page[key] = bridgeCopy(value)
          exposed.push(key)
        },
      },
      ipcRenderer: {
        async invoke(channel: string, ...args: unknown[]) {
          const copies = args.map(ipcClone)
          const h = invokeHandlers.get(channel)
          if (!h) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
          const event = { sender: wc, senderFrame: wc.mainFrame, processId: process.pid, frameId: 1 }
          let result: unknown
          try {
            result = await h(event, ...copies)
          } catch (e) {
            throw new Error(`Error invoking remote method '${channel}': ${String(e)}`)
          }
          return ipcClone(result)
        },
        on(channel: string, listener: (...a: unknown[]) => void) {
          const set = wc.rendererListeners.get(channel) ?? new Set()
          wc.rendererListeners.set(channel, set)
          set.add(listener)
          return rendererElectron.ipcRenderer
        },
        removeListener(channel: string, listener: (...a: unknown[]) => void) {
          wc.rendererListeners.get(channel)?.delete(listener)
          return rendererElectron.ipcRenderer
        },
      },
    }
    const module = { exports: {} as Record<string, unknown> }
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return rendererElectron
      throw new Error(`module not found: ${name}`)
    }
    try {
      const code = readFileSync(file, 'utf8')
      vm.runInNewContext(`(function (require, module, exports) {${code}\n})`, { console, setTimeout, clearTimeout, Promise }, { filename: file })(
        sandboxRequire,
        module,
        module.exports,
      )
      return { exposed, preloadError: null }
    } catch (e) {
      return { exposed, preloadError: (e as Error).message }
    }
  }

  show(): void {
    this.#shown = true
    this.#focused = true
    report({ type: 'window-shown', id: this.webContents.id })
  }
  hide(): void {
    this.#shown = false
  }
  isVisible(): boolean {
    return this.#shown
  }
  focus(): void {
    this.#focused = true
    report({ type: 'window-focused', id: this.webContents.id })
  }
  isFocused(): boolean {
    return this.#focused
  }
  isMinimized(): boolean {
    return this.#minimized
  }
  minimize(): void {
    this.#minimized = true
  }
  restore(): void {
    this.#minimized = false
  }
  isDestroyed(): boolean {
    return this.#destroyed
  }
  close(): void {
    if (this.#destroyed) return
    const e = new PreventableEvent()
    this.emit('close', e)
    if (e.defaultPrevented) return
    this.#destroyed = true
    this.webContents.destroy()
    windows.delete(this)
    this.emit('closed')
    report({ type: 'window-closed', id: this.webContents.id })
    if (windows.size === 0 && !quitting) app.emit('window-all-closed')
  }
}

/** contextBridge's copy from the isolated world into the page: functions proxied, values cloned. */
function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown
    return (...args: unknown[]) => {
      const inArgs = args.map((a) => (typeof a === 'function' ? a : ipcClone(a)))
      const out = fn(...inArgs)
      return out instanceof Promise ? out.then((v) => ipcClone(v)) : typeof out === 'function' ? out : ipcClone(out)
    }
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = bridgeCopy(v)
    return Object.freeze(out)
  }
  return ipcClone(value)
}

// --- safeStorage (asynchronous API only) -------------------------------------------------------------
const key = createHash('sha256').update(scenario.keySeed ?? 'subs').digest()
export const safeStorage = {
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    mustBeReady('safeStorage')
    return scenario.safeStorage !== 'unavailable'
  },
  async encryptStringAsync(plain: string): Promise<Buffer> {
    mustBeReady('safeStorage')
    if (scenario.safeStorage === 'unavailable') throw new Error('Encryption is not available.')
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', key, iv)
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()])
    return Buffer.concat([iv, c.getAuthTag(), body])
  },
  async decryptStringAsync(b: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    mustBeReady('safeStorage')
    if (scenario.safeStorage === 'unavailable') throw new Error('Decryption is not available.')
    if (scenario.safeStorage === 'throwing') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.')
    const d = createDecipheriv('aes-256-gcm', key, b.subarray(0, 12))
    d.setAuthTag(b.subarray(12, 28))
    return { result: Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8'), shouldReEncrypt: false }
  },
  getSelectedStorageBackend(): string {
    if (!ready) return 'unknown'
    return scenario.safeStorage === 'basic_text' ? 'basic_text' : 'gnome_libsecret'
  },
  setUsePlainTextEncryption(): void {},
}

// --- dialog, Menu, session, shell, clipboard, Notification --------------------------------------------
export const dialog = {
  showErrorBox(title: string, content: string): void {
    report({ type: 'error-box', title, content })
  },
  async showSaveDialog() {
    return { canceled: true, filePath: undefined }
  },
  async showOpenDialog() {
    return { canceled: true, filePaths: [] }
  },
  async showMessageBox() {
    return { response: 0, checkboxChecked: false }
  },
}

type MenuItem = { role?: string; label?: string; type?: string; submenu?: MenuItem[] }
const roles = (items: MenuItem[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])])
export const Menu = {
  buildFromTemplate(template: MenuItem[]) {
    return { template }
  },
  setApplicationMenu(menu: { template: MenuItem[] } | null): void {
    report({ type: 'menu', roles: menu ? roles(menu.template) : [] })
  },
}

const permissionHandlers: string[] = []
export const session = {
  get defaultSession() {
    mustBeReady('session.defaultSession')
    return {
      setPermissionRequestHandler(h: unknown) {
        if (typeof h === 'function') permissionHandlers.push('request')
      },
      setPermissionCheckHandler(h: unknown) {
        if (typeof h === 'function') permissionHandlers.push('check')
      },
    }
  },
}

export const shell = {
  async openExternal(url: string): Promise<void> {
    report({ type: 'open-external', url })
  },
}
export const clipboard = {
  writeText(text: string): void {
    report({ type: 'clipboard', length: text.length })
  },
}
export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true
  }
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  show(): void {
    report({ type: 'notification', title: this.options.title })
  }
}

// --- the boot check's hand on the app: drive the page and the app, and read their state -----------------
function state() {
  return {
    windows: [...windows].map((w) => ({ id: w.webContents.id, visible: w.isVisible(), url: w.webContents.mainFrame.url, guarded: w.webContents.hasWindowOpenHandler })),
    handlers: [...invokeHandlers.keys()],
    onListeners: ipcMain.eventNames().map(String),
    permissionHandlers: [...permissionHandlers],
    privileged: Object.fromEntries(privileged),
    locked: existsSync(join(scenario.userData, 'SingletonLock')),
  }
}

process.on('message', async (raw) => {
  const m = raw as { cmd: string; id?: number; channel?: string; input?: unknown; wrap?: 'proxy' | 'function' }
  const reply = (r: Record<string, unknown>) => report({ type: 'reply', id: m.id, ...r })
  try {
    if (m.cmd === 'state') return reply({ state: state() })
    if (m.cmd === 'quit') return reply({ ok: true }), app.quit()
    if (m.cmd === 'activate') return app.emit('activate', new PreventableEvent(), false), reply({ ok: true })
    if (m.cmd === 'close-windows') {
      for (const w of [...windows]) w.close()
      return reply({ ok: true })
    }
    if (m.cmd === 'call') {
      const w = [...windows][0]
      const api = w?.page.api as Record<string, (input?: unknown) => Promise<unknown>> | undefined
      if (!api) return reply({ error: 'no window.api in the page' })
      let input = m.input
      // What a careless renderer could hand over: a Svelte-style Proxy, or a function.
      if (m.wrap === 'proxy') input = new Proxy(input as object, {})
      if (m.wrap === 'function') input = { ...(input as object), f: () => 1 }
      const result = await api[m.channel!]!(input)
      return reply({ result })
    }
    reply({ error: `unknown command ${m.cmd}` })
  } catch (e) {
    reply({ error: (e as Error).message })
  }
})
process.on('uncaughtException', (e) => {
  report({ type: 'uncaught', message: e.stack ?? String(e) })
})
process.on('unhandledRejection', (e) => {
  report({ type: 'unhandled-rejection', message: (e as Error)?.stack ?? String(e) })
})

const electron = { app, BrowserWindow, Menu, Notification, clipboard, dialog, ipcMain, protocol, safeStorage, session, shell }
export default electron
