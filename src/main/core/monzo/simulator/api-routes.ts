// The Monzo API endpoints. Each returns a reply; the server decides how (and whether) to send it.
import { type OAuthState, type Reply } from './oauth-state'
import type { TransactionsStore } from './transactions-store'
import type { SimAccount } from './types'

export interface ApiContext {
  oauth: OAuthState
  store: TransactionsStore
  accounts: SimAccount[]
  now: () => number
  openingBalance: number
}

const DAY = 86_400_000
const FULL_HISTORY_WINDOW_MS = 5 * 60_000
const bad = (code: string, message: string): Reply => ({ status: 400, body: { code: `bad_request.${code}`, message } })

export function apiRoute(ctx: ApiContext, method: string, url: URL, authorization: string | undefined): Reply | undefined {
  const q = url.searchParams
  if (method !== 'GET') return undefined
  if (url.pathname === '/ping/whoami') {
    const a = ctx.oauth.authenticate(authorization, false)
    if (!a.ok) return a.reply
    return { status: 200, body: { authenticated: true, client_id: a.grant.clientId, user_id: a.grant.userId } }
  }
  const known = ['/accounts', '/balance', '/transactions'].includes(url.pathname) || url.pathname.startsWith('/transactions/')
  if (!known) return undefined
  const a = ctx.oauth.authenticate(authorization, true)
  if (!a.ok) return a.reply

  if (url.pathname === '/accounts') {
    const type = q.get('account_type')
    return { status: 200, body: { accounts: ctx.accounts.filter((acc) => !type || acc.type === type) } }
  }
  if (url.pathname.startsWith('/transactions/')) {
    const tx = ctx.store.get(url.pathname.slice('/transactions/'.length))
    if (!tx || !ctx.accounts.some((acc) => acc.id === ctx.store.accountOf(tx.id))) return { status: 404, body: { code: 'not_found', message: 'Not found' } }
    return { status: 200, body: { transaction: tx } }
  }
  const accountId = q.get('account_id')
  if (!accountId) return bad('missing_param.account_id', 'account_id is required')
  if (!ctx.accounts.some((acc) => acc.id === accountId && !acc.closed)) {
    return { status: 403, body: { code: 'forbidden.account_not_accessible', message: 'You cannot access this account' } }
  }
  if (url.pathname === '/balance') {
    const balance = ctx.store.balance(accountId, ctx.openingBalance)
    return { status: 200, body: { balance, total_balance: balance, currency: 'GBP', spend_today: 0 } }
  }
  return transactions(ctx, accountId, q, a.grant.authTime)
}

function transactions(ctx: ApiContext, accountId: string, q: URLSearchParams, authTime: number): Reply {
  const rawLimit = q.get('limit')
  let limit = 30
  if (rawLimit !== null) {
    if (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > 100) {
      return bad('bad_param.limit', 'limit must be a whole number from 1 to 100')
    }
    limit = Number(rawLimit)
  }
  const since = q.get('since')
  let sinceTime: number | undefined
  let sinceId: string | undefined
  if (since) {
    if (since.startsWith('tx_')) {
      const anchor = ctx.store.get(since)
      if (!anchor || ctx.store.accountOf(since) !== accountId) return bad('bad_param.since', 'since refers to an unknown transaction')
      sinceId = since
      sinceTime = Date.parse(anchor.created)
    } else {
      sinceTime = Date.parse(since)
      if (Number.isNaN(sinceTime)) return bad('bad_param.since', 'since must be an RFC 3339 time or a transaction id')
    }
  }
  const before = q.get('before')
  const beforeTime = before ? Date.parse(before) : undefined
  if (beforeTime !== undefined && Number.isNaN(beforeTime)) return bad('bad_param.before', 'before must be an RFC 3339 time')

  const now = ctx.now()
  if (now - authTime > FULL_HISTORY_WINDOW_MS && (sinceTime === undefined || sinceTime < now - 90 * DAY)) {
    return {
      status: 403,
      body: {
        code: 'forbidden.verification_required',
        message: 'Verification required: only the last 90 days are available more than 5 minutes after authentication',
      },
    }
  }
  return { status: 200, body: { transactions: ctx.store.list({ accountId, sinceTime: sinceId ? undefined : sinceTime, sinceId, beforeTime, limit }) } }
}
