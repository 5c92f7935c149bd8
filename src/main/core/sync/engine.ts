// Pages through /transactions, keeps only credits that can be subs, and commits in batches.
// The cursor moves only inside the same write as the payments it covers, so an interrupted
// sync resumes from the last durable page: nothing missed (overlap re-read) and nothing doubled (upsert by id).
import type { DataStore } from '../store/data-store'
import type { MonzoTransaction } from '../ledger/monzo-transaction'
import { notSubsReason, toIncomingPayment } from '../ledger/monzo-transaction'
import { applyObserved, matcherFor, rematchInbox, type ApplyCounts, type Observed } from './apply'
import { isMonzoError } from '../monzo/errors'

export const PAGE_LIMIT = 100
const DAY_MS = 24 * 3600_000

export interface TransactionPager {
  transactionsPage(q: { accountId: string; since?: string; before?: string; limit?: number; signal?: AbortSignal }): Promise<MonzoTransaction[]>
}

export interface SyncProgress {
  pages: number
  found: number
}

export interface SyncOptions {
  pager: TransactionPager
  store: DataStore
  accountId: string
  now: () => Date
  onProgress?: (p: SyncProgress) => void
  /** How far before the cursor to re-read, to catch pending → settled and late declines. */
  overlapDays?: number
  /** Pages per durable write: bounds writes per sync (300 pages → 15 writes). */
  pagesPerCommit?: number
  /** Read the whole history Monzo will share, ignoring the cursor (upserts make this safe). */
  fromStart?: boolean
  /** Stops the sync between or during page requests; what was committed stays, the cursor with it. */
  signal?: AbortSignal
}

export interface SyncSummary extends ApplyCounts, SyncProgress {
  requests: number
  /** Set when Monzo would only share the last 90 days. */
  limitedTo90Days: boolean
}

export function classify(tx: MonzoTransaction): Observed {
  const reason = notSubsReason(tx)
  return reason ? { kind: 'not-subs', id: tx.id, reason } : { kind: 'credit', incoming: toIncomingPayment(tx) }
}

function startFrom(cursor: string | null, overlapDays: number): string | undefined {
  if (!cursor) return undefined
  return new Date(Date.parse(cursor) - overlapDays * DAY_MS).toISOString()
}

export async function syncTransactions(o: SyncOptions): Promise<SyncSummary> {
  const overlap = o.overlapDays ?? 14
  const perCommit = o.pagesPerCommit ?? 20
  const summary: SyncSummary = { added: 0, updated: 0, reversed: 0, unchanged: 0, pages: 0, found: 0, requests: 0, limitedTo90Days: false }
  let since = o.fromStart ? undefined : startFrom(o.store.data.sync.cursor, overlap)
  let pending: Observed[] = []
  let pendingCursor: string | null = null
  const matcher = matcherFor(o.store.data)

  const commit = async (final: boolean) => {
    const batch = pending
    const cursor = pendingCursor
    await o.store.update((d) => {
      const c = applyObserved(d, batch, 'monzo', matcher, o.now())
      for (const k of ['added', 'updated', 'reversed', 'unchanged'] as const) summary[k] += c[k]
      if (cursor && (!d.sync.cursor || cursor > d.sync.cursor)) d.sync.cursor = cursor
      d.sync.accountId = o.accountId
      if (final) {
        d.sync.lastSyncAt = o.now().toISOString()
        d.sync.lastError = null
        rematchInbox(d, o.now())
      }
    })
    pending = []
  }

  for (;;) {
    let page: MonzoTransaction[]
    try {
      o.signal?.throwIfAborted()
      summary.requests++
      page = await o.pager.transactionsPage({ accountId: o.accountId, since, limit: PAGE_LIMIT, signal: o.signal })
    } catch (e) {
      // Full history is only offered just after connecting; otherwise Monzo shares 90 days.
      if (summary.pages === 0 && isMonzoError(e) && e.kind === 'verification_required' && !summary.limitedTo90Days) {
        summary.limitedTo90Days = true
        const floor = new Date(o.now().getTime() - 89 * DAY_MS).toISOString()
        since = since && since > floor ? since : floor
        continue
      }
      throw e
    }
    summary.pages++
    for (const tx of page) {
      const obs = classify(tx)
      if (obs.kind === 'credit') summary.found++
      pending.push(obs)
      const created = new Date(tx.created).toISOString()
      if (!pendingCursor || created > pendingCursor) pendingCursor = created
    }
    o.onProgress?.({ pages: summary.pages, found: summary.found })
    const last = page.length < PAGE_LIMIT
    if (last) {
      await commit(true)
      return summary
    }
    if (summary.pages % perCommit === 0) await commit(false)
    since = page[page.length - 1].id
  }
}
