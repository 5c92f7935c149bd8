// RFC 8252 loopback redirect listener. It exists only while a Connect is in progress,
// listens on 127.0.0.1 only, and ignores any callback whose state doesn't match — so a
// page on another site can't feed Subs a code or cancel the flow.
// The same callback can also arrive by hand (`submit`): the organiser opened Monzo's email on
// their phone, where the redirect to 127.0.0.1 goes nowhere, and pasted the address into Subs.
// Both channels go through one check, so the state rule and "first valid callback wins" hold for both.
import type { AddressInfo } from 'node:net'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { MESSAGES, MonzoError, portInUseMessage } from './errors'
import { DEFAULT_MONZO_PORT } from '../../../shared/monzo-port'

export const LOOPBACK_HOST = '127.0.0.1'
export const DEFAULT_LOOPBACK_PORT = DEFAULT_MONZO_PORT
// Ten minutes, like the code Monzo issues: long enough to open the email on a phone and paste the link back.
export const DEFAULT_LOOPBACK_TIMEOUT_MS = 10 * 60_000

export interface LoopbackOptions {
  /** 0 picks a free port (tests). */
  port: number
  path?: string
  state: string
  timeoutMs?: number
}

export interface LoopbackListener {
  redirectUri: string
  port: number
  /** The address really bound (always 127.0.0.1). */
  address: AddressInfo
  /** Resolves with the code on the first valid callback; rejects on denial, timeout or close(). */
  result: Promise<{ code: string }>
  /** The callback's query, handed over by hand: the same checks and single use as an HTTP callback. */
  submit(query: URLSearchParams): CallbackOutcome
  close(): Promise<void>
}

/** What one callback did: `code`/`denied` settle the sign-in; the rest change nothing. */
export type CallbackOutcome = 'code' | 'denied' | 'finished' | 'wrong_state' | 'no_code'

export function redirectUriFor(port: number, path = '/callback'): string {
  return `http://${LOOPBACK_HOST}:${port}${path}`
}

function page(res: ServerResponse, status: number, title: string, text: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto"><h1>${title}</h1><p>${text}</p></body></html>`
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    connection: 'close',
  })
  res.end(html)
}

export function startLoopbackListener(o: LoopbackOptions): Promise<LoopbackListener> {
  const path = o.path ?? '/callback'
  let settle!: { resolve: (v: { code: string }) => void; reject: (e: unknown) => void }
  const result = new Promise<{ code: string }>((resolve, reject) => (settle = { resolve, reject }))
  result.catch(() => {}) // callers may attach later; don't crash on an early timeout
  let done = false
  let timer: NodeJS.Timeout | undefined

  /** The one check every callback goes through, whichever way it arrived. Changes nothing itself. */
  function check(q: URLSearchParams): CallbackOutcome {
    if (done) return 'finished'
    if (q.get('state') !== o.state) return 'wrong_state'
    if (q.get('error')) return 'denied'
    return q.get('code') ? 'code' : 'no_code'
  }

  /** Settles the sign-in for the two outcomes that end it; the listener then closes. */
  function apply(outcome: CallbackOutcome, q: URLSearchParams): void {
    if (outcome === 'denied') finish(() => settle.reject(new MonzoError('denied', MESSAGES.denied, { code: q.get('error')! })))
    if (outcome === 'code') finish(() => settle.resolve({ code: q.get('code')! }))
  }

  const PAGES: Record<CallbackOutcome, [number, string, string]> = {
    finished: [410, 'Already finished', 'You can close this tab and return to Subs.'],
    wrong_state: [400, 'Sign-in not recognised', "This sign-in link doesn't match the one Subs started. Return to Subs and click Connect again."],
    denied: [200, 'Not connected', 'You chose not to connect Monzo. You can close this tab and return to Subs.'],
    no_code: [400, 'Sign-in not recognised', 'Monzo did not send a sign-in code. Return to Subs and try again.'],
    code: [200, 'Monzo is connected to Subs', 'You can close this tab and return to Subs.'],
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}`)
    if (req.method !== 'GET' || url.pathname !== path) return page(res, 404, 'Not found', 'Nothing here.')
    const outcome = check(url.searchParams)
    page(res, ...PAGES[outcome])
    apply(outcome, url.searchParams)
  })

  let closing: Promise<void> | undefined
  function shutdown(): Promise<void> {
    if (timer) clearTimeout(timer)
    closing ??= new Promise<void>((r) => {
      server.close(() => r())
      server.closeIdleConnections()
    })
    return closing
  }
  function finish(outcome: () => void) {
    done = true
    outcome()
    void shutdown()
  }

  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new MonzoError('port_in_use', portInUseMessage(o.port), { code: err.code }))
      else reject(new MonzoError('unknown', `Subs couldn't listen for the Monzo sign-in: ${err.message}`, { cause: err }))
    })
    server.listen({ port: o.port, host: LOOPBACK_HOST, exclusive: true }, () => {
      const address = server.address() as AddressInfo
      const port = address.port
      const waited = o.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS
      timer = setTimeout(() => {
        if (done) return
        finish(() => settle.reject(new MonzoError('timeout',
          `Subs stopped waiting for Monzo after ${describeWait(waited)}. Click Connect to try again.`)))
      }, waited)
      resolve({
        redirectUri: redirectUriFor(port, path),
        port,
        address,
        result,
        submit(q) {
          const outcome = check(q)
          apply(outcome, q)
          return outcome
        },
        async close() {
          if (!done) {
            done = true
            settle.reject(new MonzoError('cancelled', MESSAGES.cancelled))
          }
          await shutdown()
        },
      })
    })
  })
}

function describeWait(ms: number): string {
  if (ms >= 60_000) {
    const m = Math.round(ms / 60_000)
    return `${m} minute${m === 1 ? '' : 's'}`
  }
  const sec = Math.max(1, Math.round(ms / 1000))
  return `${sec} second${sec === 1 ? '' : 's'}`
}
