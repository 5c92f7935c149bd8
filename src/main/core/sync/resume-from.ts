// Where the next sync starts reading (issue 11: cheaper re-syncs). Monzo changes a transaction
// after first sight while it is pending (it settles, or is declined late), so a sync re-reads from
// the oldest stored transaction still pending, never more than `boundDays` before the cursor.
// With nothing pending it reads from just before the cursor: one or two requests.
import type { SubsData } from '../store/schema'

const DAY_MS = 24 * 3600_000
/**
 * A little before the cursor even with nothing pending: a transaction committed at Monzo a moment
 * after a sync could carry a created time just before the newest one that sync saw.
 */
export const CURSOR_MARGIN_MS = 3600_000

/**
 * The pending transactions that matter are the ones Subs keeps: stored bank payments not yet
 * settled (a late settle or decline changes them) and transactions listed as unreadable that were
 * pending (Monzo may correct them). Pending card spends, pot moves and other not-subs items are
 * never stored, and settling doesn't make them subs, so they don't hold the window open.
 */
export function oldestPending(d: SubsData): number | null {
  let oldest: number | null = null
  const consider = (iso: string | null) => {
    const t = iso ? Date.parse(iso) : NaN
    if (!Number.isNaN(t) && (oldest === null || t < oldest)) oldest = t
  }
  for (const p of d.payments) {
    if (p.source === 'monzo' && p.settledAt === null && p.status !== 'reversed' && !p.declined) consider(p.createdAt)
  }
  for (const u of d.unreadable) if (u.source === 'monzo' && u.pending && !u.dismissed) consider(u.createdAt)
  return oldest
}

/**
 * The `since` time of the next sync, or undefined to read everything Monzo shares. `now` guards
 * against a cursor from the future (a bad clock or record): reading never starts after it.
 */
export function resumeFrom(d: SubsData, now: number, boundDays = 14): string | undefined {
  const parsed = d.sync.cursor ? Date.parse(d.sync.cursor) : NaN
  if (Number.isNaN(parsed)) return undefined
  const cursor = Math.min(parsed, now)
  const floor = cursor - boundDays * DAY_MS
  const pending = oldestPending(d)
  const from = Math.min(cursor - CURSOR_MARGIN_MS, pending ?? Infinity)
  return new Date(Math.max(from, floor)).toISOString()
}
