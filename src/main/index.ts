// Electron lifecycle: single instance, one locked-down window, IPC. The product lives in core/.
import { app, BrowserWindow, Menu, dialog, session } from 'electron'
import { join } from 'node:path'
import { makeIsAppUrl } from './app-url'
import { createSubsCore, type SubsCore } from './core/app'
import { resolveDataFile } from './core/paths'
import { windowOptions } from './window-options'
import { guardApp, guardSession } from './guards'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { createElectronPlatform } from './platform/electron-platform'
import { createElectronVault } from './platform/vault'
import { createPreferences } from './platform/preferences'

let mainWindow: BrowserWindow | null = null
let core: SubsCore | null = null

const rendererDevUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const isAppUrl = makeIsAppUrl(rendererFile, rendererDevUrl)

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    ...windowOptions,
    webPreferences: { ...windowOptions.webPreferences, preload: join(import.meta.dirname, '../preload/index.cjs') },
  })
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  if (rendererDevUrl) void win.loadURL(rendererDevUrl)
  else void win.loadFile(rendererFile)
  return win
}

async function start(): Promise<void> {
  const platform = createElectronPlatform(() => mainWindow)
  guardApp(app, { isAppUrl, openExternal: (url) => void platform.openExternal(url) })
  await app.whenReady()
  guardSession(session.defaultSession)
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', app.getName()))
  const dataFile = resolveDataFile(process.env, app.getPath('userData'))
  const prefs = createPreferences()
  try {
    core = await createSubsCore({
      dataFile,
      platform,
      vault: createElectronVault({ allowBasicText: prefs.allowBasicText }),
      onAllowBasicText: prefs.setAllowBasicText,
      log: (msg, err) => console.error(`[subs] ${msg}`, err instanceof Error ? err.message : ''),
    })
  } catch (e) {
    dialog.showErrorBox('Subs could not start', (e as Error).message)
    app.exit(1)
    return
  }
  registerIpc(core, isAppUrl, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  mainWindow = createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Finish any write in flight and release the data-folder lock before the process ends.
  let closing = false
  app.on('before-quit', (event) => {
    if (!core || closing) return
    event.preventDefault()
    closing = true
    void core.close().finally(() => app.quit())
  })
  void start()
}
