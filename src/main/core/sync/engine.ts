// Pages through /transactions, keeps only credits that can be subs, and commits in batches.
// The cursor moves only inside the same write as the payments it covers, so an interrupted
// sync resumes from the last durable page: nothing missed (overlap re-read) and nothing doubled (upsert by id).
import type { DataStore } from '../store/data-store'
import { addCounts, emptyCounts, type SyncCounts } from '../../../shared/sync-summary'
import { applyObserved, matcherFor, rematchInbox, type Observed } from './apply'
import { observeRaw } from './observe'
import { resumeFrom } from './resume-from'
import { isMonzoError, MonzoError, MESSAGES } from '../monzo/errors'

export const PAGE_LIMIT = 100
const DAY_MS = 24 * 3600_000

export interface TransactionPager {
  /** One page as Monzo sent it; each item is read on its own, so one unreadable item can't sink the page. */
  transactionsPage(q: { accountId: string; since?: string; before?: string; limit?: number; signal?: AbortSignal }): Promise<unknown[]>
}

export interface SyncProgress {
  pages: number
  found: number
}

export interface SyncOptions {
  pager: TransactionPager
  store: DataStore
  accountId: string
  /** Whose account this is (the Monzo account's holders): their own transfers in are not subs. */
  holderNames?: string[]
  now: () => Date
  onProgress?: (p: SyncProgress) => void
  /** The furthest before the cursor a sync re-reads for pending transactions (see resume-from.ts). */
  overlapDays?: number
  /**
   * Durable writes during a sync: every `pagesPerCommit` pages (default 200), and also every
   * `commitEveryMs` of wall time (default 3 s) once 5 new pages are waiting. Each write is the whole
   * file, so a fast source makes a couple of writes, not one per handful of pages; a slow network
   * still never has more than a few seconds of its progress unwritten.
   */
  pagesPerCommit?: number
  commitEveryMs?: number
  /** Read the whole history Monzo will share, ignoring the cursor (upserts make this safe). */
  fromStart?: boolean
  /** Stops the sync between or during page requests; what was committed stays, the cursor with it. */
  signal?: AbortSignal
}

export interface SyncSummary extends SyncCounts, SyncProgress {
  requests: number
  /** Set when Monzo would only share the last 90 days. */
  limitedTo90Days: boolean
}

export async function syncTransactions(o: SyncOptions): Promise<SyncSummary> {
  const perCommit = o.pagesPerCommit ?? 200
  const everyMs = o.commitEveryMs ?? 3000
  const minTimed = Math.min(5, perCommit)
  let pagesSinceCommit = 0
  let lastCommitAt = performance.now()
  const summary: SyncSummary = { ...emptyCounts(), pages: 0, found: 0, requests: 0, limitedTo90Days: false }
  // Another account than last time (the organiser chose a different one): its history starts here.
  const sameAccount = !o.store.data.sync.accountId || o.store.data.sync.accountId === o.accountId
  let since = o.fromStart || !sameAccount ? undefined : resumeFrom(o.store.data, o.now().getTime(), o.overlapDays ?? 14)
  let pending: Observed[] = []
  let pendingCursor: string | null = null

  const commit = async (final: boolean) => {
    const batch = pending
    const cursor = pendingCursor
    await o.store.update((d) => {
      if (o.holderNames?.length) d.sync.holderNames = [...o.holderNames]
      // What Subs knows as of this write: a Forget, an archive or a learned payer during a long sync counts.
      addCounts(summary, applyObserved(d, batch, 'monzo', matcherFor(d), o.now()))
      if (d.sync.accountId !== o.accountId) d.sync.cursor = null
      if (cursor && (!d.sync.cursor || cursor > d.sync.cursor)) d.sync.cursor = cursor
      d.sync.accountId = o.accountId
      if (final) {
        d.sync.lastSyncAt = o.now().toISOString()
        d.sync.lastError = null
        rematchInbox(d, o.now())
      }
    })
    pending = []
    pagesSinceCommit = 0
    lastCommitAt = performance.now()
  }

  for (;;) {
    let page: unknown[]
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
    let lastId: string | null = null
    for (const raw of page) {
      const seen = observeRaw(raw)
      if (seen.observed.kind === 'credit' || seen.observed.kind === 'other-credit') summary.found++
      pending.push(seen.observed)
      if (seen.createdAt && (!pendingCursor || seen.createdAt > pendingCursor)) pendingCursor = seen.createdAt
      if (seen.txId) lastId = seen.txId
    }
    o.onProgress?.({ pages: summary.pages, found: summary.found })
    const last = page.length < PAGE_LIMIT
    if (last) {
      await commit(true)
      return summary
    }
    pagesSinceCommit++
    if (pagesSinceCommit >= perCommit || (pagesSinceCommit >= minTimed && performance.now() - lastCommitAt >= everyMs)) await commit(false)
    // A full page with no id Subs can read: there is no way to ask for the next one.
    if (!lastId) throw new MonzoError('bad_response', MESSAGES.badResponse)
    since = lastId
  }
}
