// Upserts incoming credits into the data, keyed on the bank's transaction id.
// Never "same name, same amount": players pay the same £5 every week.
import type { Payment, PaymentSource } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import type { IncomingPayment } from '../ledger/incoming-payment'
import { createMatcher, type Matcher, type MatchResult } from '../matching/matcher'
import { identityKey } from '../matching/player-index'

/** One transaction as the bank reports it now: either a credit that can be subs, or why it isn't. */
export type Observed = { kind: 'credit'; incoming: IncomingPayment } | { kind: 'not-subs'; id: string; reason: string }

export interface ApplyCounts {
  added: number
  updated: number
  reversed: number
  unchanged: number
}

export function currentPrices(d: SubsData): number[] {
  return [...new Set([d.settings.defaultPricePence, ...d.fixtures.map((f) => f.pricePence)])].filter((p) => p > 0)
}

/** The payer names each account has been seen with: an account seen with two people's is pooled. */
export function namesByIdentity(d: SubsData): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const p of d.payments) {
    if (!p.identity || !p.payerName.trim()) continue
    const key = identityKey(p.identity)
    const list = out.get(key)
    if (!list) out.set(key, [p.payerName])
    else if (!list.includes(p.payerName)) list.push(p.payerName)
  }
  return out
}

export function currentPitchCosts(d: SubsData): number[] {
  return [...new Set([d.settings.defaultPitchCostPence, ...d.fixtures.filter((f) => f.status !== 'cancelled').map((f) => f.pitchCostPence)])].filter((p) => p > 0)
}

export function matcherFor(d: SubsData): Matcher {
  return createMatcher(d.players, { pricePences: currentPrices(d), pitchPences: currentPitchCosts(d), namesByIdentity: namesByIdentity(d) })
}

export function verdict(p: Payment, m: MatchResult): void {
  p.status = m.status
  p.rule = m.rule
  p.allocations = m.status === 'matched' ? m.allocations : []
  p.candidates = m.candidates
  p.explanation = m.explanation
  p.split = m.split && m.split.length > 1 ? m.split : null
}

const SAME_FIELDS = ['amountPence', 'settledAt', 'payerName', 'reference', 'createdAt', 'scheme'] as const

export function applyObserved(d: SubsData, observed: readonly Observed[], source: PaymentSource, matcher: Matcher, now: Date): ApplyCounts {
  const counts: ApplyCounts = { added: 0, updated: 0, reversed: 0, unchanged: 0 }
  const at = now.toISOString()
  const byId = new Map(d.payments.map((p) => [p.id, p]))
  for (const o of observed) {
    if (o.kind === 'not-subs') {
      const existing = byId.get(o.id)
      // A credit we stored earlier that the bank now reports as declined/reversed: it never counted.
      if (existing && existing.status !== 'reversed') {
        existing.status = 'reversed'
        existing.declined = true
        existing.allocations = []
        existing.explanation = `Monzo now reports this payment as ${o.reason}, so it no longer counts.`
        existing.updatedAt = at
        counts.reversed++
      } else counts.unchanged++
      continue
    }
    const inc = o.incoming
    const existing = byId.get(inc.id)
    if (!existing) {
      const p: Payment = {
        ...inc,
        source,
        status: 'unmatched',
        allocations: [],
        rule: null,
        candidates: [],
        explanation: '',
        decided: false,
        declined: false,
        updatedAt: at,
      }
      verdict(p, matcher.match(inc))
      d.payments.push(p)
      byId.set(p.id, p)
      counts.added++
      continue
    }
    // The API knows more than a statement export (sort codes, user ids): never downgrade to it.
    if (existing.source === 'monzo' && source === 'csv') {
      counts.unchanged++
      continue
    }
    const changed =
      SAME_FIELDS.some((k) => existing[k] !== inc[k]) ||
      JSON.stringify(existing.identity) !== JSON.stringify(inc.identity) ||
      existing.status === 'reversed'
    if (!changed) {
      counts.unchanged++
      continue
    }
    Object.assign(existing, inc, { declined: false, updatedAt: at })
    if (existing.decided) {
      // The organiser's decision stands; only keep a split/assignment consistent with the amount.
      if (existing.status === 'reversed') existing.status = existing.allocations.length ? 'matched' : 'ignored'
      const allocated = existing.allocations.reduce((s, a) => s + a.amountPence, 0)
      if (existing.allocations.length === 1 && allocated !== existing.amountPence) existing.allocations[0].amountPence = existing.amountPence
    } else {
      verdict(existing, matcher.match(inc))
    }
    counts.updated++
  }
  return counts
}

/** Re-runs the matcher over undecided inbox payments, e.g. after a player or bank name was added. */
export function rematchInbox(d: SubsData, now: Date): number {
  const matcher = matcherFor(d)
  let changed = 0
  for (const p of d.payments) {
    if (p.decided || p.declined || (p.status !== 'unmatched' && p.status !== 'suggested')) continue
    const before = JSON.stringify([p.status, p.candidates, p.rule, p.explanation, p.split ?? null])
    verdict(p, matcher.match(p))
    if (JSON.stringify([p.status, p.candidates, p.rule, p.explanation, p.split ?? null]) !== before) {
      p.updatedAt = now.toISOString()
      changed++
    }
  }
  return changed
}
