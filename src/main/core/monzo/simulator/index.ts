// A Monzo stand-in on 127.0.0.1 for tests, benchmarks, the e2e harness and demo mode.
import { request } from 'undici'
import { Faults } from './faults'
import type { GenerateOptions } from './generate'
import { OAuthState } from './oauth-state'
import { SIM_CLIENT, SIM_USER, defaultAccounts, defaultTransactions } from './seed'
import { type SimRequest, listen } from './server'
import { TransactionsStore } from './transactions-store'
import type { SimAccount, SimClient, SimTransaction, SimUser } from './types'

export { DEFAULT_ACCOUNT_ID, generateTransactions, type GenerateOptions } from './generate'
export { DEMO_PLAYERS, makePlayers } from './players'
export { JOINT_ACCOUNT_ID, SIM_CLIENT, SIM_USER } from './seed'
export { Faults, type FaultRule } from './faults'
export type { SimRequest } from './server'
export type * from './types'

export interface MonzoSimulatorOptions {
  /** Injectable clock (epoch ms) for expiry, the 90-day rule and approval timing. */
  now?: () => number
  port?: number
  client?: SimClient
  user?: SimUser
  accounts?: SimAccount[]
  /** Adds a joint account (uk_retail_joint) to the default accounts. */
  jointAccount?: boolean
  /** Exact transactions, or options for the default generated history. */
  seed?: SimTransaction[] | Partial<GenerateOptions>
  openingBalance?: number
  /** Skip the approve-in-app phase. */
  autoApproveInApp?: boolean
  /** Approve in app automatically this long (by `now`) after authorisation. */
  autoApproveAfterMs?: number
  /** How long an approval lasts before Monzo asks for it again (default 90 days, by `now`). */
  approvalLifetimeMs?: number
  /** Called as each request arrives (before it is answered). */
  onRequest?: (r: SimRequest) => void
}

export interface MonzoSimulator {
  baseUrl: string
  authoriseUrl: string
  port: number
  client: SimClient
  user: SimUser
  accounts: SimAccount[]
  faults: Faults
  store: TransactionsStore
  requestLog: SimRequest[]
  /** Request counts by path. */
  readonly requests: Record<string, number>
  requestCount(path?: string, method?: string): number
  resetLog(): void
  /** Does what a user clicking Approve does; returns the callback URL Monzo redirected to. */
  approveAuthorisation(authoriseUrlFromApp: string): Promise<string>
  /**
   * Monzo's email opened on a phone: approved there, and the phone's browser ends up on the
   * loopback address, which goes nowhere. Returns that address, as the organiser would copy it.
   */
  approveOnAnotherDevice(authoriseUrlFromApp: string): Promise<string>
  /** Every address an approval or denial redirected to, newest last. */
  redirects: string[]
  denyAuthorisation(authoriseUrlFromApp: string): Promise<string>
  approveInApp(): void
  withdrawApproval(): void
  /** The 90 days are up: data requests answer 403 forbidden.verification_required until a new sign-in. */
  expireApproval(): void
  expireAccessTokens(): void
  revokeRefreshTokens(): void
  liveAccessTokens(): number
  addTransaction(tx: SimTransaction): void
  updateTransaction(id: string, patch: Partial<SimTransaction>): SimTransaction
  close(): Promise<void>
}

export async function startMonzoSimulator(opts: MonzoSimulatorOptions = {}): Promise<MonzoSimulator> {
  const now = opts.now ?? Date.now
  const client = opts.client ?? SIM_CLIENT
  const user = opts.user ?? SIM_USER
  const accounts = opts.accounts ?? defaultAccounts(user, now(), !!opts.jointAccount)
  const seed = Array.isArray(opts.seed) ? opts.seed : defaultTransactions(now(), !!opts.jointAccount, opts.seed)
  const oauth = new OAuthState(client, user, now, { auto: !!opts.autoApproveInApp, afterMs: opts.autoApproveAfterMs, lifetimeMs: opts.approvalLifetimeMs })
  const redirects: string[] = []
  const store = new TransactionsStore(seed)
  const faults = new Faults()
  const log: SimRequest[] = []
  const ctx = { oauth, store, accounts, now, openingBalance: opts.openingBalance ?? 12_345, faults, log, redirects, onRequest: opts.onRequest }
  const { server, port } = await listen(ctx, opts.port)
  const baseUrl = `http://127.0.0.1:${port}`

  async function decide(authoriseUrl: string, decision: 'approve' | 'deny'): Promise<string> {
    const page = await request(authoriseUrl)
    const text = await page.body.text()
    if (page.statusCode !== 200) throw new Error(`Simulator authorise page refused (${page.statusCode}): ${text.replace(/<[^>]+>/g, ' ').trim()}`)
    const q = new URL(authoriseUrl).searchParams
    const form = new URLSearchParams({
      client_id: q.get('client_id') ?? '', redirect_uri: q.get('redirect_uri') ?? '', state: q.get('state') ?? '',
      response_type: q.get('response_type') ?? '', decision,
    })
    const res = await request(`${baseUrl}/authorise/decision`, {
      method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    await res.body.dump()
    const location = res.headers.location
    if (res.statusCode !== 302 || typeof location !== 'string') throw new Error(`Simulator decision failed (${res.statusCode})`)
    return location
  }

  return {
    baseUrl,
    authoriseUrl: `${baseUrl}/authorise`,
    port,
    client,
    user,
    accounts,
    faults,
    store,
    requestLog: log,
    get requests() {
      const counts: Record<string, number> = {}
      for (const r of log) counts[r.path] = (counts[r.path] ?? 0) + 1
      return counts
    },
    requestCount: (path, method) => log.filter((r) => (!path || r.path === path) && (!method || r.method === method)).length,
    resetLog: () => void log.splice(0),
    approveAuthorisation: (u) => decide(u, 'approve'),
    // The same decision; only where the browser is differs, and the simulator never follows redirects.
    approveOnAnotherDevice: (u) => decide(u, 'approve'),
    redirects,
    denyAuthorisation: (u) => decide(u, 'deny'),
    approveInApp: () => oauth.approveInApp(),
    withdrawApproval: () => oauth.withdrawApproval(),
    expireApproval: () => oauth.expireApproval(),
    expireAccessTokens: () => oauth.expireAccessTokens(),
    revokeRefreshTokens: () => oauth.revokeRefreshTokens(),
    liveAccessTokens: () => oauth.liveAccessTokens(),
    addTransaction: (tx) => store.add(tx),
    updateTransaction: (id, patch) => store.update(id, patch),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
