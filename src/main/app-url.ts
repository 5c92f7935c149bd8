// Which URLs are the app itself: the built index.html (file://) or, in `npm run dev`, the dev server.
import { pathToFileURL } from 'node:url'

export function makeIsAppUrl(rendererFile: string, devUrl?: string): (url: string) => boolean {
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
  const page = pathToFileURL(rendererFile).href
  return (url) => url.split(/[?#]/)[0] === page
}
