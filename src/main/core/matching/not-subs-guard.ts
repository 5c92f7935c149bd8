import { formatPence, formatPrice } from '../../../shared/money'
import { foldText } from './normalise'

// Words people put on a transfer for football. A payment from a player with none of these and an
// odd amount is more likely a friend settling a curry bill than subs.
const FOOTBALL_WORDS = new Set([
  'football', 'footy', 'footie', 'soccer', 'fives', '5s', 'subs', 'sub', 'pitch',
  'game', 'games', 'match', 'kickabout', 'fixture', 'fixtures',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'weds', 'wednesday', 'thu', 'thur', 'thurs',
  'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
])
// Also found inside run-together references ("FOOTYWED", "5-a-side"); "subs" is not, as it is
// inside "subscription".
const FOOTBALL_FRAGMENTS = ['football', 'footy', 'footie', '5aside', 'fiveaside', '5side']

export function mentionsFootball(reference: string): boolean {
  const folded = foldText(reference)
  if (folded.split(' ').some((w) => FOOTBALL_WORDS.has(w))) return true
  const compact = folded.replaceAll(' ', '')
  return FOOTBALL_FRAGMENTS.some((f) => compact.includes(f))
}

/** With no prices known there is nothing to compare against, so any amount passes. */
export function isWholeNumberOfPrices(amountPence: number, prices: readonly number[]): boolean {
  const usable = prices.filter((p) => Number.isInteger(p) && p > 0)
  return usable.length === 0 || usable.some((p) => amountPence % p === 0)
}

/** null when the payment looks like subs; otherwise the sentence telling the organiser to check it. */
export function notSubsWarning(
  playerName: string,
  amountPence: number,
  reference: string,
  prices: readonly number[],
): string | null {
  if (isWholeNumberOfPrices(amountPence, prices) || mentionsFootball(reference)) return null
  const distinct = [...new Set(prices.filter((p) => Number.isInteger(p) && p > 0))].sort((a, b) => a - b)
  const priceText = distinct.map(formatPrice).join(' or ')
  const refText = reference.trim() === '' ? 'there is no reference' : "the reference doesn't mention football"
  return `From ${playerName}, but ${formatPence(amountPence)} isn't a multiple of ${priceText} and ${refText} — check it's subs`
}
