// Builds window.api from the shared channel list. Nothing else lives here: it imports only
// electron and the zod-free channel module, so the sandboxed bundle stays a few kB.
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/channels'
import type { Outcome } from '../shared/ipc'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    (ch, input) => ipcRenderer.invoke(ch, input) as Promise<Outcome<unknown>>,
    (event, listener) => {
      const wrapped = (_e: unknown, payload: unknown) => listener(payload)
      ipcRenderer.on(event, wrapped)
      return () => ipcRenderer.removeListener(event, wrapped)
    },
  ),
)
