// The Platform adapter over Electron: dialogs, shell, clipboard, notifications.
import { app, BrowserWindow, clipboard, dialog, Notification, shell } from 'electron'
import type { Platform } from '../core/platform'

// A notification that is garbage-collected loses its click handler: hold each until it is done with.
const shown = new Set<Notification>()

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
    notify(title, body, onClick) {
      if (!Notification.isSupported()) return
      const n = new Notification({ title, body })
      shown.add(n)
      n.on('click', () => {
        shown.delete(n)
        const w = win()
        if (w) {
          if (w.isMinimized()) w.restore()
          w.show()
          w.focus()
        }
        onClick?.()
      })
      n.on('close', () => shown.delete(n))
      n.show()
    },
    // The renderer formats with the app's locale; main's texts (messages, CSV) match it.
    locale: () => app.getLocale(),
  }
}
