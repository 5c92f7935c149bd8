// Which URLs are the app itself: app://subs/… (the built renderer, served by app-protocol.ts) or,
// in `npm run dev`, the dev server's origin. Compared by parsed origin, never by string prefix.
import { isAppSchemeUrl } from './app-protocol'

export function makeIsAppUrl(devUrl?: string): (url: string) => boolean {
  if (devUrl) {
    const origin = new URL(devUrl).origin
    return (url) => {
      try {
        return new URL(url).origin === origin
      } catch {
        return false
      }
    }
  }
  return isAppSchemeUrl
}
