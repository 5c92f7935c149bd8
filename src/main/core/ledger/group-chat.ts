// Plain text for the squad's group chat (WhatsApp and the like): no tables, no markdown, one item
// per line, a single emoji at most. Two messages: a fixture's line-up and who still owes.
import type { Fixture } from '../../../shared/domain'
import { formatPrice } from '../../../shared/money'
import { formatDay, formatDayTime, type DateStyle } from '../../../shared/dates'
import { parseMonzoMeUsername } from '../../../shared/monzo-me'

export interface TextOptions {
  dates: DateStyle
  now: Date
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * "⚽ Wed 25 Nov, 19:00 · Powerleague, pitch 3", the price, who's in (numbered), who's waiting,
 * and how many spaces are left (or how many more are needed for the game to go ahead).
 */
export function fixtureGroupText(f: Fixture, nameOf: (playerId: string) => string, o: TextOptions): string {
  const when = formatDayTime(f.kickoffAt, o.dates, { now: o.now })
  const lines = [`⚽ ${when}${f.location ? ` · ${f.location}` : ''}`]
  if (f.status === 'cancelled') return [...lines, 'Cancelled: no game this time.'].join('\n')
  lines.push(`${formatPrice(f.pricePence)} each`, '')
  const played = f.status === 'played' || Date.parse(f.kickoffAt) <= o.now.getTime()
  lines.push(`In (${f.roster.length}/${f.maxPlayers}):`)
  if (f.roster.length === 0) lines.push('Nobody yet')
  f.roster.forEach((id, i) => lines.push(`${i + 1}. ${nameOf(id)}`))
  if (f.waiting.length > 0) {
    lines.push('', 'Waiting list:')
    f.waiting.forEach((id, i) => lines.push(`${i + 1}. ${nameOf(id)}`))
  }
  if (played) return lines.join('\n')
  const spaces = Math.max(0, f.maxPlayers - f.roster.length)
  const needed = Math.max(0, f.minPlayers - f.roster.length)
  lines.push('')
  if (spaces === 0) lines.push('Full: reply to go on the waiting list.')
  else if (needed > 0) lines.push(`${plural(spaces, 'space')} left. We need ${needed} more for the game to go ahead.`)
  else lines.push(`${plural(spaces, 'space')} left.`)
  return lines.join('\n')
}

export interface OwesLine {
  name: string
  owesPence: number
  /** A payment that may be theirs is waiting in the inbox: they aren't chased in public. */
  paymentWaiting: boolean
}

export interface OwesGroupText {
  text: string
  /** How many players are named. */
  included: number
  /** Players who owe but were left out because a payment of theirs may be waiting. */
  leftOut: string[]
}

/**
 * "Subs still owed, Wed 25 Nov:" then "Name: £5" per player, most owed first, then how to pay.
 * Names and amounts only: no references, no bank details; the monzo.me link when one is set.
 */
export function owesGroupText(rows: readonly OwesLine[], monzoMeUsername: string, o: TextOptions): OwesGroupText {
  const owing = rows.filter((r) => r.owesPence > 0)
  const shown = owing
    .filter((r) => !r.paymentWaiting)
    .sort((a, b) => b.owesPence - a.owesPence || a.name.localeCompare(b.name))
  const leftOut = owing.filter((r) => r.paymentWaiting).map((r) => r.name)
  if (shown.length === 0) return { text: 'Nobody owes any subs right now. Thanks, everyone!', included: 0, leftOut }
  const user = parseMonzoMeUsername(monzoMeUsername)
  const how = user
    ? `Pay by bank transfer with your usual reference, or at https://monzo.me/${user}`
    : 'Pay by bank transfer with your usual reference.'
  const text = [
    `Subs still owed, ${formatDay(o.now.toISOString(), o.dates, { now: o.now })}:`,
    ...shown.map((r) => `${r.name}: ${formatPrice(r.owesPence)}`),
    '',
    how,
    'Thanks!',
  ].join('\n')
  return { text, included: shown.length, leftOut }
}
