// The renderer is served from app://subs/ through protocol.handle, not from file://: the page gets a
// real origin of its own (no file-protocol privileges, no path in its URL), so the IPC sender check
// and the navigation guard compare one fixed origin instead of a file path that Chromium may spell
// differently ('[', ']', '~', a drive letter's case). Pure: tests call the handler with a Request.
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './window-options'

export const APP_SCHEME = 'app'
export const APP_HOST = 'subs'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Registered before `ready` with protocol.registerSchemesAsPrivileged. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true, // relative URLs and a real origin, like http
  secure: true, // a secure context, as file:// and https are
  supportFetchAPI: true,
  corsEnabled: true, // Vite's module script and stylesheet are loaded in CORS mode (crossorigin)
  codeCache: true,
} as const

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
}

/**
 * Is this URL the app's own page (app://subs/index.html, any hash or query)? Subs is one page, so
 * nothing else on the scheme is a place a frame may be or navigate to.
 */
export function isAppSchemeUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && (u.pathname === '/' || u.pathname === '/index.html')
  } catch {
    return false
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

/**
 * The protocol.handle handler: serves files from `root` (out/renderer) and nothing else. Only GET
 * and HEAD, only host "subs", and no path may leave the folder (encoded dots and backslashes too).
 */
export function serveRenderer(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 })
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return notFound()
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return notFound()
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      return notFound()
    }
    if (path.includes('\0')) return notFound()
    const file = resolve(join(base, path === '/' ? 'index.html' : path))
    const inside = relative(base, file)
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) return notFound()
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return notFound()
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    }
    // The same policy as the page's meta tag, as a header too (a header can't be removed by the page).
    if (extname(file).toLowerCase() === '.html') headers['content-security-policy'] = CONTENT_SECURITY_POLICY
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}
