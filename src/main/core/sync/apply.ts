// Upserts incoming credits into the data, keyed on the bank's transaction id.
// Never "same name, same amount": players pay the same £5 every week.
import type { Payment, PaymentSource } from '../../../shared/domain'
import { countReason, emptyCounts, type SyncCounts } from '../../../shared/sync-summary'
import type { SubsData } from '../store/schema'
import type { IncomingPayment } from '../ledger/incoming-payment'
import { referenceAndAnnotation } from '../ledger/monzo-transaction'
import { UNREADABLE_LIMIT, type UnreadableSeen } from '../ledger/unreadable'
import { createMatcher, type Matcher, type MatchResult } from '../matching/matcher'
import { identityKey } from '../matching/player-index'
import type { Observed } from './observe'
import { isAccountHolder } from '../ledger/whose-credit'

export type { Observed }
export type ApplyCounts = SyncCounts

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
  return memoised(createMatcher(d.players, { pricePences: currentPrices(d), pitchPences: currentPitchCosts(d), namesByIdentity: namesByIdentity(d) }))
}

/**
 * One verdict per distinct payment within a matcher's life (a sync, a re-match): players pay the
 * same amount with the same reference from the same account week after week, and the matcher is a
 * pure function of those four things. Each caller gets its own copy, so no two payments share an
 * allocations list.
 */
function memoised(matcher: Matcher): Matcher {
  const seen = new Map<string, MatchResult>()
  const copy = (m: MatchResult): MatchResult => ({
    ...m,
    allocations: m.allocations.map((a) => ({ ...a })),
    candidates: [...m.candidates],
    split: m.split ? m.split.map((x) => ({ ...x })) : null,
  })
  return {
    ...matcher,
    match(p) {
      const key = JSON.stringify([p.amountPence, p.payerName, p.reference, p.identity ?? null])
      let m = seen.get(key)
      if (!m) {
        m = matcher.match({ amountPence: p.amountPence, payerName: p.payerName, reference: p.reference, identity: p.identity })
        seen.set(key, m)
      }
      return copy(m)
    },
  }
}

export function verdict(p: Payment, m: MatchResult): void {
  p.status = m.status
  p.rule = m.rule
  p.allocations = m.status === 'matched' ? m.allocations : []
  p.candidates = m.candidates
  p.explanation = m.explanation
  p.split = m.split && m.split.length > 1 ? m.split : null
}

/**
 * A credit by another scheme is kept when the usual rules credit it or name a player for it; a
 * warning with no one in view (a letting agent's deposit, say) is not a fit.
 */
function fitsAPlayer(m: MatchResult): boolean {
  return (m.status === 'matched' && m.allocations.length > 0) || m.candidates.length > 0
}

const SAME_FIELDS = ['amountPence', 'settledAt', 'payerName', 'reference', 'createdAt', 'scheme'] as const
/** What says who paid and for what: when none of it changed, an automatic credit stands. */
const EVIDENCE = ['amountPence', 'payerName', 'reference'] as const

function setAnnotation(p: Payment, annotation: string | null): void {
  if (annotation) p.annotation = annotation
  else delete p.annotation
}

function trimUnreadable(d: SubsData): void {
  const over = d.unreadable.length - UNREADABLE_LIMIT
  if (over <= 0) return
  const oldestFirst = [...d.unreadable].sort((a, b) => Number(b.dismissed) - Number(a.dismissed) || a.firstSeenAt.localeCompare(b.firstSeenAt))
  const drop = new Set(oldestFirst.slice(0, over))
  d.unreadable = d.unreadable.filter((u) => !drop.has(u))
}

export function applyObserved(d: SubsData, observed: readonly Observed[], source: PaymentSource, matcher: Matcher, now: Date): SyncCounts {
  const counts = emptyCounts()
  const at = now.toISOString()
  const byId = new Map(d.payments.map((p) => [p.id, p]))
  const listed = new Map(d.unreadable.map((u) => [u.id, u]))

  const noteUnreadable = (item: UnreadableSeen) => {
    counts.unreadable++
    const prev = listed.get(item.id)
    if (prev) {
      prev.pending = item.pending
      if (!prev.dismissed) Object.assign(prev, { reason: item.reason, raw: item.raw, createdAt: item.createdAt, amountPence: item.amountPence, payerName: item.payerName })
      return
    }
    const entry = { ...item, source: source === 'csv' ? ('csv' as const) : ('monzo' as const), firstSeenAt: at, dismissed: false }
    d.unreadable.push(entry)
    listed.set(entry.id, entry)
    counts.newUnreadable++
    trimUnreadable(d)
  }

  const add = (inc: IncomingPayment, annotation: string | null, m: MatchResult) => {
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
    setAnnotation(p, annotation)
    verdict(p, m)
    d.payments.push(p)
    byId.set(p.id, p)
    counts.added++
  }

  for (const o of observed) {
    if (o.kind === 'unreadable') {
      noteUnreadable(o.item)
      continue
    }
    const id = o.kind === 'not-subs' ? o.id : o.credit.incoming.id
    // Readable now (Monzo corrected it): it leaves the "Couldn't read" list.
    if (listed.delete(id)) d.unreadable = d.unreadable.filter((u) => u.id !== id)

    if (o.kind === 'not-subs') {
      const existing = byId.get(o.id)
      if (!existing) {
        counts.notSubs++
      } else if (existing.status !== 'reversed') {
        // A credit we stored earlier that the bank now reports as declined/reversed: it never counted.
        existing.status = 'reversed'
        existing.declined = true
        existing.allocations = []
        existing.explanation = `Monzo now reports this payment as ${o.reason}, so it no longer counts.`
        existing.updatedAt = at
        counts.reversed++
      } else counts.unchanged++
      continue
    }

    const existing = byId.get(id)
    const { reference, annotation } = referenceAndAnnotation(o.credit, existing ?? null)
    const inc: IncomingPayment = { ...o.credit.incoming, reference }
    if (!existing && isAccountHolder(inc.payerName, d.sync.holderNames)) {
      counts.notSubs++
      continue
    }
    if (!existing) {
      const m = matcher.match(inc)
      if (o.kind === 'other-credit' && !fitsAPlayer(m)) {
        counts.setAside++
        countReason(counts, o.setAsideReason)
        continue
      }
      add(inc, annotation, m)
      continue
    }
    // Monzo's declines are final: a version without the decline (an older file, a webhook capture of
    // transaction.created) is out of date, and must never bring the money back.
    if (existing.declined) {
      counts.unchanged++
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
      existing.source !== source
    const annotated = (existing.annotation ?? null) !== annotation
    if (!changed) {
      if (annotated) {
        // The organiser's note changed in the Monzo app: show it, but it says nothing about who paid.
        setAnnotation(existing, annotation)
        existing.updatedAt = at
        counts.updated++
      } else counts.unchanged++
      continue
    }
    const sameEvidence =
      EVIDENCE.every((k) => existing[k] === inc[k]) &&
      JSON.stringify(existing.identity) === JSON.stringify(inc.identity)
    Object.assign(existing, inc, { source, updatedAt: at })
    setAnnotation(existing, annotation)
    if (existing.decided) {
      // The organiser's decision stands; only keep a split/assignment consistent with the amount.
      const allocated = existing.allocations.reduce((s, a) => s + a.amountPence, 0)
      if (existing.allocations.length === 1 && allocated !== existing.amountPence) existing.allocations[0].amountPence = existing.amountPence
    } else if (existing.status === 'matched' && sameEvidence) {
      // Settled, or seen again through the API: who paid hasn't changed, so neither does the credit
      // (a player archived since keeps what they paid).
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

/** The organiser has dealt with a transaction Subs couldn't read: hide it and drop its text. */
export function dismissUnreadable(d: SubsData, id: string): boolean {
  const u = d.unreadable.find((x) => x.id === id)
  if (!u || u.dismissed) return false
  u.dismissed = true
  u.raw = ''
  return true
}
