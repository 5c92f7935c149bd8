// Locks down every web contents Subs creates: no navigation, no new windows, no webviews,
// no permissions; links go to the system browser only if the allowlist says so.
import type { App, Session, WebContents } from 'electron'
import { isAllowedExternalUrl } from './core/external-links'

export interface GuardOptions {
  /** The origin/URL prefix the app itself is served from (file:// or the dev server). */
  isAppUrl: (url: string) => boolean
  openExternal: (url: string) => void
}

export function guardWebContents(contents: WebContents, opts: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!opts.isAppUrl(url)) event.preventDefault()
    if (isAllowedExternalUrl(url)) opts.openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!opts.isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) opts.openExternal(url)
    return { action: 'deny' }
  })
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function guardApp(app: App, opts: GuardOptions): void {
  app.on('web-contents-created', (_e, contents) => guardWebContents(contents, opts))
}
