// node:http plumbing: logging, faults, the authorise page and OAuth endpoints; API reads are
// delegated to api-routes.ts.
import { type IncomingMessage, type ServerResponse, createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ApiContext, apiRoute } from './api-routes'
import { authorisePage, decisionRedirect, errorPage } from './authorise-page'
import type { Faults, FaultRule } from './faults'
import type { Reply } from './oauth-state'

export interface SimRequest {
  seq: number
  method: string
  path: string
  query: string
  /** The bearer token presented, if any (the simulator is a test double; it may record it). */
  accessToken?: string
  /** Form fields of a token request, e.g. grant_type. */
  grantType?: string
  status: number
  at: number
}

export interface ServerContext extends ApiContext {
  faults: Faults
  log: SimRequest[]
  /** Every address an authorise decision redirected the browser to. */
  redirects: string[]
  onRequest?: (r: SimRequest) => void
}

type Out = Reply & { html?: string; headers?: Record<string, string> }

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms))

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function encode(out: Out): { head: Record<string, string>; payload: string } {
  const payload = out.html ?? (out.body === undefined ? '' : JSON.stringify(out.body))
  const type = out.html !== undefined ? 'text/html; charset=utf-8' : 'application/json'
  return { head: { 'content-type': type, 'content-length': String(Buffer.byteLength(payload)), ...out.headers }, payload }
}

async function write(res: ServerResponse, entry: SimRequest, out: Out, fault: FaultRule | undefined) {
  entry.status = out.status
  if (res.destroyed) return
  const { head, payload } = encode(out)
  res.writeHead(out.status, head)
  if (fault?.kind === 'drop') {
    res.write(payload.slice(0, Math.max(1, Math.floor(payload.length / 2))))
    res.socket?.destroy()
    return
  }
  if (fault?.kind === 'slow' && fault.phase === 'body') {
    res.write(payload.slice(0, 1))
    await delay(fault.delayMs ?? 0)
    if (!res.destroyed) res.end(payload.slice(1))
    return
  }
  res.end(payload)
}

function oauthRoute(ctx: ServerContext, method: string, url: URL, form: URLSearchParams, auth?: string): Out | undefined {
  const path = url.pathname
  if (method === 'GET' && (path === '/authorise' || path === '/')) {
    const q = url.searchParams
    const problem = ctx.oauth.checkAuthorise({ clientId: q.get('client_id'), redirectUri: q.get('redirect_uri'), responseType: q.get('response_type') })
    if (problem) return { status: 400, body: undefined, html: errorPage(problem) }
    return {
      status: 200, body: undefined,
      html: authorisePage({ clientId: q.get('client_id')!, redirectUri: q.get('redirect_uri')!, state: q.get('state') ?? '', userName: ctx.oauth.user.name }),
    }
  }
  if (method === 'POST' && path === '/authorise/decision') {
    const redirectUri = form.get('redirect_uri')
    const problem = ctx.oauth.checkAuthorise({ clientId: form.get('client_id'), redirectUri, responseType: form.get('response_type') })
    if (problem) return { status: 400, body: undefined, html: errorPage(problem) }
    const state = form.get('state') ?? ''
    const location = form.get('decision') === 'approve'
      ? decisionRedirect(redirectUri!, { code: ctx.oauth.issueCode(redirectUri!), state })
      : decisionRedirect(redirectUri!, { error: 'access_denied', state })
    ctx.redirects.push(location)
    return { status: 302, body: undefined, html: '', headers: { location } }
  }
  if (method === 'POST' && path === '/oauth2/token') return ctx.oauth.token(form)
  if (method === 'POST' && path === '/oauth2/logout') {
    const a = ctx.oauth.authenticate(auth, false)
    if (!a.ok) return a.reply
    ctx.oauth.logout(a.token)
    return { status: 200, body: {} }
  }
  return undefined
}

async function handle(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const method = req.method ?? 'GET'
  const raw = method === 'POST' ? await readBody(req) : ''
  const form = new URLSearchParams(raw)
  const auth = req.headers.authorization
  const entry: SimRequest = {
    seq: ctx.log.length + 1, method, path: url.pathname, query: url.search, status: 0, at: ctx.now(),
    accessToken: /^Bearer (.+)$/.exec(auth ?? '')?.[1],
    grantType: url.pathname === '/oauth2/token' ? (form.get('grant_type') ?? undefined) : undefined,
  }
  ctx.log.push(entry)
  ctx.onRequest?.(entry)

  const fault = ctx.faults.take(url.pathname)
  if (fault?.kind === 'rate_limit') {
    return write(res, entry, {
      status: 429, body: { code: 'too_many_requests', message: 'Too many requests' },
      headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
    }, undefined)
  }
  if (fault?.kind === 'server_error') {
    return write(res, entry, { status: fault.status ?? 500, body: { code: 'internal_service', message: 'Internal server error' } }, undefined)
  }
  if (fault?.kind === 'malformed') {
    entry.status = 200
    res.writeHead(200, { 'content-type': 'application/json' })
    return res.end('{"transactions": [{"id": "tx_')
  }
  if (fault?.kind === 'not_a_list') {
    return write(res, entry, { status: 200, body: { transactions: { tx_1: { id: 'tx_1' } } } }, undefined)
  }
  if (fault?.kind === 'slow' && fault.phase !== 'body') await delay(fault.delayMs ?? 0)

  const out = oauthRoute(ctx, method, url, form, auth) ?? apiRoute(ctx, method, url, auth) ??
    { status: 404, body: { code: 'not_found', message: `No route for ${method} ${url.pathname}` } }
  return write(res, entry, out, fault)
}

export async function listen(ctx: ServerContext, port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port, host: '127.0.0.1' }, () => resolve())
  })
  return { server, port: (server.address() as AddressInfo).port }
}
