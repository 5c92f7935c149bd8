// The Monzo API client used by sync. Reads retry (see http.ts); a 401 triggers one
// single-flight refresh and one replay; every body is validated before it is trusted.
import type { Dispatcher } from 'undici'
import type { z } from 'zod'
import { MESSAGES, MonzoError, fromMonzoResponse } from './errors'
import {
  DEFAULT_RETRY, DEFAULT_TIMEOUTS, type HttpTimeouts, type RetryPolicy,
  createDefaultDispatcher, parseJson, send, withRetries,
} from './http'
import { logout as oauthLogout } from './oauth'
import {
  type MonzoAccount, type MonzoBalance, type MonzoWhoami,
  accountsResponseSchema, balanceSchema, transactionsPageSchema, whoamiSchema,
} from './schemas'
import { type TokenSource, createTokenManager } from './token-manager'

export const MAX_PAGE = 100

export interface MonzoClientOptions {
  apiBase: string
  tokens: TokenSource
  dispatcher?: Dispatcher
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  timeouts?: Partial<HttpTimeouts>
  retry?: Partial<RetryPolicy>
  refreshSkewMs?: number
  onAuthLost?: (err: MonzoError) => void
}

export interface TransactionsQuery {
  accountId: string
  /** RFC 3339 time or a tx_ id (exclusive). */
  since?: string
  /** RFC 3339 time (exclusive). */
  before?: string
  /** 1..100; defaults to 100 so sync needs as few requests as possible. */
  limit?: number
  /** Aborts the request and any wait between retries (quitting Subs mid-sync). */
  signal?: AbortSignal
}

export interface MonzoClient {
  whoami(): Promise<MonzoWhoami>
  accounts(accountType?: string): Promise<MonzoAccount[]>
  balance(accountId: string): Promise<MonzoBalance>
  /** One page, as Monzo sent it: each item is read on its own by the caller (one bad item must not sink the page). */
  transactionsPage(q: TransactionsQuery): Promise<unknown[]>
  /** Pages forward from `since` until a short page; yields each page. */
  transactions(q: Omit<TransactionsQuery, 'limit'>): AsyncGenerator<unknown[]>
  logout(): Promise<void>
  /** Closes the dispatcher if the client created it. */
  close(): Promise<void>
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** A retry's wait that ends early, with the abort reason, when the signal fires. */
function abortableSleep(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted()
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    sleep(ms).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

export function createMonzoClient(o: MonzoClientOptions): MonzoClient {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...o.timeouts }
  const ownsDispatcher = !o.dispatcher
  const dispatcher = o.dispatcher ?? createDefaultDispatcher(timeouts)
  const policy = { ...DEFAULT_RETRY, ...o.retry }
  const now = o.now ?? Date.now
  const deps = { sleep: o.sleep ?? realSleep, now, random: o.random ?? Math.random }
  const transport = { apiBase: o.apiBase, dispatcher, timeouts, now }
  const tm = createTokenManager({ tokens: o.tokens, transport, now, refreshSkewMs: o.refreshSkewMs, onAuthLost: o.onAuthLost })

  async function get<S extends z.ZodType>(
    path: string,
    query: Record<string, string | undefined>,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const url = new URL(path, o.apiBase)
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v)
    let token = await tm.accessToken()
    let replayed = false
    const retryDeps = signal ? { ...deps, sleep: (ms: number) => abortableSleep(deps.sleep, ms, signal) } : deps
    for (;;) {
      signal?.throwIfAborted()
      const res = await withRetries(
        () => send({ dispatcher, method: 'GET', url: url.toString(), headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, timeouts, signal }),
        policy,
        retryDeps,
      )
      const body = parseJson(res.text)
      if (res.status === 401 && !replayed) {
        replayed = true
        token = await tm.refreshAfterReject(token)
        continue
      }
      if (res.status < 200 || res.status >= 300) {
        const err = fromMonzoResponse(res.status, body)
        if (err.kind === 'needs_reconnect') {
          tm.reset()
          o.onAuthLost?.(err)
        }
        throw err
      }
      const parsed = schema.safeParse(body)
      if (!parsed.success) throw new MonzoError('bad_response', MESSAGES.badResponse, { status: res.status })
      return parsed.data
    }
  }

  async function transactionsPage(q: TransactionsQuery): Promise<unknown[]> {
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(q.limit ?? MAX_PAGE)))
    const body = await get(
      '/transactions',
      { account_id: q.accountId, since: q.since, before: q.before, limit: String(limit) },
      transactionsPageSchema,
      q.signal,
    )
    return body.transactions
  }

  return {
    whoami: () => get('/ping/whoami', {}, whoamiSchema),
    accounts: async (accountType) => (await get('/accounts', { account_type: accountType }, accountsResponseSchema)).accounts,
    balance: (accountId) => get('/balance', { account_id: accountId }, balanceSchema),
    transactionsPage,
    async *transactions(q) {
      let since = q.since
      for (;;) {
        const page = await transactionsPage({ ...q, since, limit: MAX_PAGE })
        if (page.length) yield page
        if (page.length < MAX_PAGE) return
        // Page on from the last item whose id could be read (an unreadable one may lack it).
        const id = page.map((tx) => (tx as { id?: unknown } | null)?.id).findLast((x) => typeof x === 'string')
        if (typeof id !== 'string') return
        since = id
      }
    },
    async logout() {
      await oauthLogout(transport, await tm.accessToken())
      tm.reset()
    },
    async close() {
      if (ownsDispatcher) await dispatcher.close()
    },
  }
}
