import { formatPence, formatPrice } from '../../../shared/money'
import { foldText } from './normalise'
import { GAME_FRAGMENTS, GAME_WORDS, expandSymbols } from './purpose-words'

/** More games than this paid at once asks the organiser to confirm (a term paid up front, a typo, a loan). */
export const MAX_GAMES_AT_ONCE = 8

export function mentionsFootball(reference: string): boolean {
  const folded = foldText(expandSymbols(reference))
  if (folded.split(' ').some((w) => GAME_WORDS.has(w))) return true
  const compact = folded.replaceAll(' ', '')
  return GAME_FRAGMENTS.some((f) => compact.includes(f))
}

function usablePrices(prices: readonly number[]): number[] {
  return [...new Set(prices.filter((p) => Number.isInteger(p) && p > 0))].sort((a, b) => a - b)
}

/** With no prices known there is nothing to compare against, so any amount passes. */
export function isWholeNumberOfPrices(amountPence: number, prices: readonly number[]): boolean {
  const usable = usablePrices(prices)
  return usable.length === 0 || usable.some((p) => amountPence % p === 0)
}

/** The most a payment may be before Subs asks: MAX_GAMES_AT_ONCE games at the highest current price. */
export function ceilingPence(prices: readonly number[]): number | null {
  const usable = usablePrices(prices)
  return usable.length === 0 ? null : usable[usable.length - 1]! * MAX_GAMES_AT_ONCE
}

/** At most one game's price: a payment that can't be for two people. */
export function isOneGameOrLess(amountPence: number, prices: readonly number[]): boolean {
  const usable = usablePrices(prices)
  return usable.length === 0 ? false : amountPence <= usable[usable.length - 1]!
}

/** null when the amount looks like subs; otherwise the sentence telling the organiser to check it. */
export function notSubsWarning(
  playerName: string,
  amountPence: number,
  reference: string,
  prices: readonly number[],
  game = mentionsFootball(reference),
): string | null {
  const ceiling = ceilingPence(prices)
  if (ceiling !== null && amountPence > ceiling) {
    const top = usablePrices(prices).at(-1)!
    return `From ${playerName}, but ${formatPence(amountPence)} is more than ${MAX_GAMES_AT_ONCE} games at ${formatPrice(top)} — check it before crediting`
  }
  if (isWholeNumberOfPrices(amountPence, prices) || game) return null
  const priceText = usablePrices(prices).map(formatPrice).join(' or ')
  const refText = reference.trim() === '' ? 'there is no reference' : "the reference doesn't mention football"
  return `From ${playerName}, but ${formatPence(amountPence)} isn't a multiple of ${priceText} and ${refText} — check it's subs`
}

/**
 * Exactly the pitch's cost (or twice it) from a player is more likely the booking — paying the
 * organiser back for the pitch — than weeks of subs. Unless a game's price divides it the usual way
 * for one person, ask.
 */
export function pitchWarning(playerName: string, amountPence: number, pitchPences: readonly number[], prices: readonly number[]): string | null {
  const top = usablePrices(prices).at(-1)
  const pitch = usablePrices(pitchPences).find((c) => amountPence >= c && amountPence % c === 0 && (top === undefined || c > top))
  if (pitch === undefined) return null
  return `From ${playerName}, but ${formatPence(amountPence)} is what ${amountPence === pitch ? 'the pitch costs' : 'pitches cost'} — check it's subs before crediting`
}
