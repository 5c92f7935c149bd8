// Sentences about payments that depend on counts and amounts, kept pure so tests can hold them to
// the truth: the inbox's cards and payers, "Not subs" for several, and what assigning a waiting
// payment would do to what a player owes.
import type { InboxGroupView } from '../../../shared/views'
import { formatPence } from '../../../shared/money'

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The line beside the inbox's heading. A payer can have more than one card (a payment whose
 * reference reads differently waits on its own), so cards and payers are counted separately.
 */
export function inboxSummary(groups: readonly Pick<InboxGroupView, 'payerKey'>[]): string | null {
  const cards = groups.length
  if (cards < 2) return null
  const payers = new Set(groups.map((g) => g.payerKey)).size
  if (payers === cards) return `${plural(cards, 'payer')}, one card each: decide each payer's payments at once.`
  return `${plural(cards, 'card')} from ${plural(payers, 'payer')}: a payer's payments share a card when they read the same way.`
}

/** "Not subs (both)", "Not subs (all 3)". */
export function notSubsLabel(count: number): string {
  if (count <= 1) return 'Not subs'
  return count === 2 ? 'Not subs (both)' : `Not subs (all ${count})`
}

/**
 * What assigning the waiting payment(s) would do, with the real amounts: "If it's Zoë's, assigning it
 * brings what Zoë owes down to £5.00." Never "settles" unless it does.
 */
export function waitingEffect(name: string, owesPence: number, waitingPence: readonly number[]): string {
  const first = name.trim().split(/\s+/)[0] || name
  const one = waitingPence.length === 1
  const total = waitingPence.reduce((s, p) => s + p, 0)
  const lead = one ? `If it's ${first}'s, assigning it` : `If they're ${first}'s, assigning them`
  const left = owesPence - total
  if (left > 0) return `${lead} brings what ${first} owes down to ${formatPence(left)}.`
  if (left === 0) return `${lead} clears what ${first} owes.`
  return `${lead} clears what ${first} owes, with ${formatPence(-left)} paid ahead.`
}

/** The "just this once" choice when several payments are credited together (the core words it for one). */
export function onceDetail(count: number, detail: string): string {
  if (count <= 1) return detail
  return count === 2 ? 'Credit both payments and remember nothing.' : `Credit these ${count} payments and remember nothing.`
}
