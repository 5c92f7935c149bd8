// What a sync or an import did, counted the same way for both and said in one set of words, so
// the sync panel, the import toast and the CLI never tell different stories (issue 12).

export interface SetAsideReason {
  reason: string
  count: number
}

export interface SyncCounts {
  /** Payments stored for the first time. */
  added: number
  /** Stored payments the bank now reports differently (settled, amount, the organiser's note…). */
  updated: number
  /** Stored payments the bank now reports as declined or reversed. */
  reversed: number
  /** Stored payments seen again exactly as before. */
  unchanged: number
  /** The organiser's own banking (card spends, pots, top-ups, interest, salary…): never stored. */
  notSubs: number
  /** Credits from people by other schemes that fit no player: counted, never stored. */
  setAside: number
  setAsideReasons: SetAsideReason[]
  /** Transactions Subs couldn't read (listed under "Couldn't read" on Payments). */
  unreadable: number
  /** Of those, how many weren't listed before. */
  newUnreadable: number
}

export function emptyCounts(): SyncCounts {
  return { added: 0, updated: 0, reversed: 0, unchanged: 0, notSubs: 0, setAside: 0, setAsideReasons: [], unreadable: 0, newUnreadable: 0 }
}

/** Adds `b` into `a` (reasons merged by wording). */
export function addCounts(a: SyncCounts, b: SyncCounts): void {
  for (const k of ['added', 'updated', 'reversed', 'unchanged', 'notSubs', 'setAside', 'unreadable', 'newUnreadable'] as const) a[k] += b[k]
  for (const r of b.setAsideReasons) countReason(a, r.reason, r.count)
}

export function countReason(c: SyncCounts, reason: string, n = 1): void {
  const found = c.setAsideReasons.find((r) => r.reason === reason)
  if (found) found.count += n
  else c.setAsideReasons.push({ reason, count: n })
}

/** True when nothing stored changed and nothing new needs the organiser's eye. */
export function nothingNew(c: SyncCounts): boolean {
  return c.added + c.updated + c.reversed + c.newUnreadable === 0
}

/**
 * One sentence: "Nothing new: 97 unchanged, 140 not subs." or
 * "3 new, 1 updated, 0 reversed, 96 unchanged, 140 not subs, 2 set aside (Bacs credit that fits no player ×2), 1 couldn't read."
 */
export function describeCounts(c: SyncCounts): string {
  const head = nothingNew(c) ? 'Nothing new' : `${c.added} new, ${c.updated} updated, ${c.reversed} reversed`
  const rest = [`${c.unchanged} unchanged`, `${c.notSubs} not subs`]
  if (c.setAside > 0) {
    const why = c.setAsideReasons.map((r) => (r.count > 1 ? `${r.reason} ×${r.count}` : r.reason)).join('; ')
    rest.push(`${c.setAside} set aside (${why})`)
  }
  if (c.unreadable > 0) rest.push(`${c.unreadable} couldn't read${c.newUnreadable > 0 ? ' (listed on Payments)' : ''}`)
  return `${head}${nothingNew(c) ? ':' : ','} ${rest.join(', ')}.`
}

/** How many transactions the summary covers, e.g. for "Read 250 transactions: …". */
export function transactionsSeen(c: SyncCounts): number {
  return c.added + c.updated + c.reversed + c.unchanged + c.notSubs + c.setAside + c.unreadable
}
