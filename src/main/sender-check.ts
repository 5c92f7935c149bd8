// Is an IPC message from our own window's top frame, showing our own page? Pure, so it is tested
// without Electron: a subframe, another window's page or a navigated-away frame is refused.
export interface FrameLike {
  url: string
}

export function isTrustedSender(
  senderFrame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  return !!senderFrame && !!mainFrame && senderFrame === mainFrame && isAppUrl(senderFrame.url)
}
