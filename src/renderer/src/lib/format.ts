// Display formatting at the edge: dates in the organiser's locale, money via shared/money.
import type { MatchRule } from '../../../shared/domain'
export { formatPence, parsePounds } from '../../../shared/money'

// `undefined` locale = the organiser's own (the OS language), as asked.
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' })
const dayYearFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
const shortFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
const rel = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

function thisYear(d: Date): boolean {
  return d.getFullYear() === new Date().getFullYear()
}

/** "Wed 25 Nov" (with the year when it isn't this year). */
export function formatDay(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return thisYear(d) ? dayFmt.format(d) : dayYearFmt.format(d)
}

export function formatShortDay(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : shortFmt.format(d)
}

export function formatTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : timeFmt.format(d)
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : dateTimeFmt.format(d)
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
