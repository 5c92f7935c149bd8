// What the new-fixture dialog starts with: the squad's usual weekday and kick-off (from recent
// fixtures), on the next such day that has no fixture yet. Pure, so it is unit-tested.

export interface PastFixture {
  /** YYYY-MM-DD, local. */
  date: string
  /** HH:MM, local. */
  time: string
  status: 'scheduled' | 'played' | 'cancelled'
  kickoffAt: string
}

const RECENT = 8

function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d).getDay()
}

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const x = new Date(y, m - 1, d + n)
  const p = (k: number) => String(k).padStart(2, '0')
  return `${x.getFullYear()}-${p(x.getMonth() + 1)}-${p(x.getDate())}`
}

/** The most common value, ties going to the most recent (values are given oldest first). */
function usual<T>(values: T[]): T | undefined {
  const count = new Map<T, number>()
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1)
  let best: T | undefined
  let bestN = 0
  for (const v of [...values].reverse()) {
    const n = count.get(v)!
    if (n > bestN) [best, bestN] = [v, n]
  }
  return best
}

/**
 * The date and time to offer for a new fixture, or null when there is no fixture to learn from.
 * `today` is YYYY-MM-DD. The date is the first usual weekday on or after today that is also after
 * the latest fixture, so a season already set up continues from its last week.
 */
export function nextFixtureDefaults(fixtures: readonly PastFixture[], today: string): { date: string; time: string } | null {
  const byKickoff = [...fixtures].sort((a, b) => a.kickoffAt.localeCompare(b.kickoffAt))
  const recent = byKickoff.filter((f) => f.status !== 'cancelled').slice(-RECENT)
  const source = recent.length > 0 ? recent : byKickoff.slice(-RECENT)
  if (source.length === 0) return null
  const day = usual(source.map((f) => weekday(f.date)))!
  const time = usual(source.map((f) => f.time))!
  const latest = byKickoff.at(-1)!.date
  let date = latest >= today ? addDays(latest, 1) : today
  while (weekday(date) !== day) date = addDays(date, 1)
  return { date, time }
}
