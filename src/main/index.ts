// Electron lifecycle: single instance, one locked-down window, IPC. The product lives in core/.
// Start-up never dies silently: anything Subs can survive (a damaged data file, vault or preferences)
// opens a working window that says what happened; anything else shows an error box and exits.
import { app, BrowserWindow, Menu, dialog, protocol, session } from 'electron'
import { dirname, join } from 'node:path'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRenderer } from './app-protocol'
import { makeIsAppUrl } from './app-url'
import { createSubsCore, type SubsCore } from './core/app'
import { resolveDataFile } from './core/paths'
import { openPreferences } from './core/preferences'
import { describeStartupFailure } from './core/startup-errors'
import { windowOptions } from './window-options'
import { guardApp, guardSession } from './guards'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { createElectronPlatform } from './platform/electron-platform'
import { createElectronVault } from './platform/vault'

/** Quitting never takes longer than this, whatever a sync or Monzo is doing. */
const QUIT_DEADLINE_MS = 2500

let mainWindow: BrowserWindow | null = null
let core: SubsCore | null = null
let failed = false

const rendererDevUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const isAppUrl = makeIsAppUrl(rendererDevUrl)

// Must happen before `ready`: the scheme the built renderer is served from.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])

function fail(message: string): void {
  if (failed) return
  failed = true
  console.error(`[subs] could not start: ${message}`)
  dialog.showErrorBox('Subs could not start', message)
  app.exit(1)
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    ...windowOptions,
    webPreferences: { ...windowOptions.webPreferences, preload: join(import.meta.dirname, '../preload/index.cjs') },
  })
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(rendererDevUrl ?? APP_INDEX_URL).catch((e: unknown) => fail(`Subs couldn't show its window (${(e as Error).message}). Reinstall Subs and try again.`))
  return win
}

/** A second launch, the dock icon, or a notification: bring the one window back (or make it again). */
function showWindow(): void {
  if (!core) return
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  const platform = createElectronPlatform(() => mainWindow)
  guardApp(app, { isAppUrl, openExternal: (url) => void platform.openExternal(url) })
  await app.whenReady()
  guardSession(session.defaultSession)
  Menu.setApplicationMenu(buildMenu({ isMac: process.platform === 'darwin', appName: app.getName(), dev: !!rendererDevUrl }))
  protocol.handle(APP_SCHEME, serveRenderer(join(import.meta.dirname, '../renderer')))
  const userData = app.getPath('userData')
  const now = () => new Date()
  const dataFile = resolveDataFile(process.env, userData)
  const prefs = openPreferences(userData, now)
  try {
    core = await createSubsCore({
      dataFile,
      platform,
      vault: createElectronVault({ cwd: userData, now, allowBasicText: prefs.allowBasicText }),
      onAllowBasicText: prefs.setAllowBasicText,
      notices: prefs.notice ? [prefs.notice] : [],
      log: (msg, err) => console.error(`[subs] ${msg}`, err instanceof Error ? err.message : ''),
    })
  } catch (e) {
    fail(describeStartupFailure(e, dirname(dataFile)))
    return
  }
  registerIpc(core, isAppUrl, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  mainWindow = createWindow()
}

if (!app.requestSingleInstanceLock()) {
  // The Subs already running gets 'second-instance' and shows its window.
  app.quit()
} else {
  app.on('second-instance', showWindow)
  app.on('activate', showWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Stop any sync, finish the write in flight and release the data-folder lock, within the deadline.
  let closing = false
  app.on('before-quit', (event) => {
    if (!core || closing) return
    event.preventDefault()
    closing = true
    const closed = core.close().catch((e: unknown) => console.error('[subs] closing', e))
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), QUIT_DEADLINE_MS).unref())
    void Promise.race([closed, deadline]).then((how) => {
      if (how === 'late') {
        core?.releaseLock()
        app.exit(0)
      } else app.quit()
    })
  })
  process.on('unhandledRejection', (e) => {
    if (!core) fail(describeStartupFailure(e, dirname(resolveDataFile(process.env, app.getPath('userData')))))
    else console.error('[subs] unhandled rejection', e)
  })
  start().catch((e: unknown) => fail(describeStartupFailure(e, dirname(resolveDataFile(process.env, app.getPath('userData'))))))
}
