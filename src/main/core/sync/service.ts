// Runs syncs one at a time (a second click joins the running one), reports progress,
// records the outcome, and polls in the background while the app is open.
import type { SyncStatusView } from '../../../shared/views'
import { describeCounts, type SyncCounts } from '../../../shared/sync-summary'
import type { DataStore } from '../store/data-store'
import { syncTransactions, type SyncSummary, type TransactionPager } from './engine'
import { isMonzoError } from '../monzo/errors'
import { UserError } from '../errors'

export interface SyncSource {
  pager: TransactionPager
  accountId: string
  /** Whose account it is, as Monzo names its holders. */
  holderNames?: string[]
}

export interface SyncServiceOptions {
  store: DataStore
  now: () => Date
  /** The bank to sync from right now, or null when none is connected. */
  source: () => SyncSource | null
  /** Why there is no bank right now, in words for the organiser. */
  unavailable?: () => string
  onStatus: () => void
  onSynced?: (s: SyncSummary) => void
  /** Told why a sync failed (after it is recorded), e.g. so the Monzo connection can say what Monzo said. */
  onFailed?: (e: unknown) => void
  /** Timers, injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (t: unknown) => void
}

export interface SyncService {
  /** `fromStart`: ignore the cursor and read all the history Monzo shares (right after connecting). */
  run(opts?: { fromStart?: boolean }): Promise<SyncSummary>
  status(): SyncStatusView
  startPolling(): void
  stop(): Promise<void>
  /** An import's counts, so the sync panel shows what the last import did too. */
  recordImport(counts: SyncCounts): void
  /**
   * Stops a running sync and waits for it to settle (what was committed stays), e.g. before Monzo is
   * disconnected, so a page request in flight can't report the removed tokens as "reconnect".
   */
  cancel(why: string): Promise<void>
}

/** The fields of a summary that are counts (no progress or request figures), for the panel. */
function countsOf(s: SyncCounts): SyncCounts {
  return {
    added: s.added, updated: s.updated, reversed: s.reversed, unchanged: s.unchanged, notSubs: s.notSubs,
    setAside: s.setAside, setAsideReasons: s.setAsideReasons.map((r) => ({ ...r })), unreadable: s.unreadable, newUnreadable: s.newUnreadable,
  }
}

export function createSyncService(o: SyncServiceOptions): SyncService {
  let running: Promise<SyncSummary> | null = null
  let progress = { pages: 0, found: 0 }
  let message: string | null = null
  let last: SyncStatusView['last'] = null
  let timer: unknown = null
  let stopped = false
  let controller: AbortController | null = null
  const setTimer = o.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref())
  const clearTimer = o.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout))

  async function once(source: SyncSource, fromStart: boolean): Promise<SyncSummary> {
    progress = { pages: 0, found: 0 }
    message = 'Syncing payments…'
    o.onStatus()
    const ac = new AbortController()
    controller = ac
    try {
      const s = await syncTransactions({
        signal: ac.signal,
        pager: source.pager,
        store: o.store,
        accountId: source.accountId,
        holderNames: source.holderNames,
        now: o.now,
        fromStart,
        onProgress: (p) => {
          progress = p
          o.onStatus()
        },
      })
      message = `${describeCounts(s)}${s.limitedTo90Days ? ' Monzo only shares the last 90 days unless you reconnect.' : ''}`
      last = { kind: 'sync', at: o.now().toISOString(), counts: countsOf(s) }
      o.onSynced?.(s)
      return s
    } catch (e) {
      if (ac.signal.aborted) {
        // Stopped on purpose (Subs closing, Monzo disconnected): nothing went wrong, and the next sync resumes from the cursor.
        message = null
        throw ac.signal.reason instanceof UserError ? ac.signal.reason : new UserError('The sync was stopped because Subs is closing.', 'sync_stopped')
      }
      const text = isMonzoError(e) || e instanceof UserError ? e.message : `Sync failed: ${(e as Error).message}. Try again.`
      message = null
      // Record what went wrong; the cursor is untouched, so the next sync starts where this one stopped.
      await o.store.update((d) => void (d.sync.lastError = text)).catch(() => undefined)
      o.onFailed?.(e)
      throw isMonzoError(e) ? e : new UserError(text, 'sync_failed')
    } finally {
      if (controller === ac) controller = null
      running = null
      o.onStatus()
    }
  }

  function schedule(): void {
    if (stopped) return
    const minutes = Math.max(5, o.store.data.settings.pollMinutes)
    timer = setTimer(() => {
      if (o.source() && !running) void api.run().catch(() => undefined)
      schedule()
    }, minutes * 60_000)
  }

  const api: SyncService = {
    run(opts) {
      if (running) return running
      // Refused before it starts, so a refusal never leaves a "running" sync behind to block the next one.
      const source = o.source()
      if (!source) {
        return Promise.reject(new UserError(o.unavailable?.() ?? 'Connect Monzo in Settings first, or import a Monzo CSV statement.', 'not_connected'))
      }
      running = once(source, opts?.fromStart ?? false)
      return running
    },
    status: () => ({
      running: running !== null,
      lastSyncAt: o.store.data.sync.lastSyncAt,
      lastError: o.store.data.sync.lastError,
      pages: progress.pages,
      found: progress.found,
      message,
      last,
    }),
    async cancel(why) {
      controller?.abort(new UserError(why, 'sync_stopped'))
      await running?.catch(() => undefined)
    },
    recordImport(counts) {
      last = { kind: 'import', at: o.now().toISOString(), counts: countsOf(counts) }
      o.onStatus()
    },
    startPolling() {
      stopped = false
      if (timer === null) schedule()
    },
    async stop() {
      stopped = true
      if (timer !== null) clearTimer(timer)
      timer = null
      // A running sync is stopped, not waited for: Monzo's timeouts and retries can take minutes.
      controller?.abort(new UserError('The sync was stopped because Subs is closing.', 'sync_stopped'))
      await running?.catch(() => undefined)
    },
  }
  return api
}
