// Registers every contract channel with ipcMain.handle, rejecting senders that are not our own frame.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNELS as channels, EVENT_NAMES as eventNames } from '../shared/channels'
import type { SubsCore } from './core/app'
import { isTrustedSender } from './sender-check'

export function registerIpc(core: SubsCore, isAppUrl: (url: string) => boolean, targets: () => WebContents[]): () => void {
  const trusted = (event: IpcMainInvokeEvent): boolean => isTrustedSender(event.senderFrame, event.sender.mainFrame, isAppUrl)
  for (const ch of channels) {
    ipcMain.handle(ch, (event, input: unknown) => {
      if (!trusted(event)) return { ok: false, error: 'Request refused: it did not come from the Subs window.', code: 'forbidden' }
      return core.invoke(ch, input)
    })
  }
  const offs = eventNames.map((name) =>
    core.on(name, (payload) => {
      for (const wc of targets()) if (!wc.isDestroyed()) wc.send(name, payload)
    }),
  )
  return () => {
    for (const ch of channels) ipcMain.removeHandler(ch)
    for (const off of offs) off()
  }
}
