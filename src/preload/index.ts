// Builds window.api from the shared contract. Nothing else lives here.
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, type Outcome } from '../shared/ipc'

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
