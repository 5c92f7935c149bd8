// Display formatting at the edge: dates in the organiser's locale (one style, shared with what main
// writes in messages and the CSV: src/shared/dates.ts), money via shared/money.
import type { MatchRule } from '../../../shared/domain'
import { formatDay as sharedDay, formatDayTime, formatTime as sharedTime } from '../../../shared/dates'
export { formatPence, formatPrice, parsePounds, parseMoney } from '../../../shared/money'

// `{}` = the organiser's own locale and zone (the OS language), as main's texts use too.
const rel = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** "Wed 25 Nov" (with the year when it isn't this year: "Wed 6 Jan 2027"). */
export function formatDay(iso: string): string {
  return sharedDay(iso, {}, { now: new Date() })
}

export function formatTime(iso: string): string {
  return sharedTime(iso)
}

/** "Thu 26 Nov, 18:05". */
export function formatDateTime(iso: string): string {
  return formatDayTime(iso, {}, { now: new Date() })
}

/** "5 minutes ago", "yesterday". */
export function formatAgo(iso: string | null, now = Date.now()): string {
  if (!iso) return 'never'
  const diff = (new Date(iso).getTime() - now) / 1000
  const abs = Math.abs(diff)
  if (abs < 45) return 'just now'
  if (abs < 3600) return rel.format(Math.round(diff / 60), 'minute')
  if (abs < 86400) return rel.format(Math.round(diff / 3600), 'hour')
  if (abs < 86400 * 14) return rel.format(Math.round(diff / 86400), 'day')
  return formatDay(iso)
}

/** Today as YYYY-MM-DD in local time, for date inputs. */
export function todayLocal(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** A YYYY-MM-DD local date plus n days. */
export function addDaysLocal(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return todayLocal(new Date(y, m - 1, d + days))
}

/** Whole days from `a` to `b` (YYYY-MM-DD local dates). */
export function daysBetween(a: string, b: string): number {
  const at = (s: string) => {
    const [y, m, d] = s.split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((at(b) - at(a)) / 86_400_000)
}

/** A YYYY-MM-DD local date as an ISO instant at local noon, for formatDay. */
export function localDateIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, 12).toISOString()
}

export function penceToInput(pence: number): string {
  return (pence / 100).toFixed(2).replace(/\.00$/, '')
}

const RULE_WORDS: Record<MatchRule, string> = {
  identity: 'Known bank account',
  reference: 'Payment reference',
  name: 'Name on the payment',
  manual: 'Assigned by you',
  split: 'Split by you',
  cash: 'Cash',
}

export function ruleWords(rule: MatchRule | null): string {
  return rule ? RULE_WORDS[rule] : ''
}

export function accountTypeWords(type: string | null): string {
  if (type === 'uk_retail') return 'Personal account'
  if (type === 'uk_retail_joint') return 'Joint account'
  return type ?? ''
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "Zoë", "Zoë and Omar", "Zoë, Omar and Aoife". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** Kept for older callers: the one day style (no separate short style any more). */
export const formatShortDay = formatDay
