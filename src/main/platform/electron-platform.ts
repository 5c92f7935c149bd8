// The Platform adapter over Electron: dialogs, shell, clipboard, notifications.
import { BrowserWindow, clipboard, dialog, Notification, shell } from 'electron'
import type { Platform } from '../core/platform'

export function createElectronPlatform(win: () => BrowserWindow | null): Platform {
  return {
    openExternal: (url) => shell.openExternal(url),
    async copyText(text) {
      clipboard.writeText(text)
    },
    async chooseSaveFile({ title, defaultName, extensions }) {
      const w = win()
      const opts = { title, defaultPath: defaultName, filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] }
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts)
      return r.canceled || !r.filePath ? null : r.filePath
    },
    async chooseOpenFile({ title, extensions }) {
      const w = win()
      const opts = {
        title,
        properties: ['openFile' as const],
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      }
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts)
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },
    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show()
    },
  }
}
