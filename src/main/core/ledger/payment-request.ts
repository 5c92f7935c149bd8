import type { Player } from '../../../shared/domain'
import { isTitle, nameTokens } from '../matching/normalise'
import type { UnpaidFixture } from './balances'
import { formatPence, poundsString } from '../../../shared/money'
import { formatDay, type DateStyle } from '../../../shared/dates'
import { parseMonzoMeUsername } from '../../../shared/monzo-me'

export { parseMonzoMeUsername }

export interface PaymentRequest {
  message: string
  /** A monzo.me link for the amount, or null when no username is set. */
  link: string | null
}

export function monzoMeLink(username: string, amountPence: number, reference: string): string | null {
  const user = parseMonzoMeUsername(username)
  if (user === null || amountPence <= 0) return null
  return `https://monzo.me/${encodeURIComponent(user)}/${poundsString(amountPence)}?d=${encodeURIComponent(reference)}`
}

const MAX_DATES = 6

export function firstName(name: string): string {
  // The name as typed, minus any title, so "Zoë" keeps its accent.
  const words = name.trim().split(/\s+/)
  const titleFree = words.find((w) => nameTokens(w).length > 0 && !isTitle(w))
  return titleFree ?? words[0] ?? ''
}

/**
 * The message an organiser sends to chase a player, or null when they owe nothing.
 * "Hi Sam, you owe £10.00 for football (Wed 7 Oct, Wed 14 Oct). Please pay by bank transfer with reference SUBS-SAMW."
 */
export function paymentRequest(
  player: Pick<Player, 'name' | 'reference'>,
  owesPence: number,
  unpaidFixtures: readonly Pick<UnpaidFixture, 'kickoffAt'>[],
  monzoMeUsername = '',
  dates: DateStyle & { now?: Date } = { locale: 'en-GB' },
): PaymentRequest | null {
  if (owesPence <= 0) return null
  const days = unpaidFixtures.slice(0, MAX_DATES).map((f) => formatDay(f.kickoffAt, dates, { now: dates.now }))
  const more = unpaidFixtures.length > MAX_DATES ? ` and ${unpaidFixtures.length - MAX_DATES} more` : ''
  const when = days.length > 0 ? ` (${days.join(', ')}${more})` : ''
  const hi = firstName(player.name)
  const message =
    `Hi ${hi}, you owe ${formatPence(owesPence)} for football${when}. ` +
    `Please pay by bank transfer with reference ${player.reference}.`
  return { message, link: monzoMeUsername ? monzoMeLink(monzoMeUsername, owesPence, player.reference) : null }
}
