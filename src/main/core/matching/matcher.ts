import type { Allocation, MatchRule, Player } from '../../../shared/domain'
import type { IncomingPayment } from '../ledger/incoming-payment'
import { notSubsWarning } from './not-subs-guard'
import { buildIndex, orderIds, preferActive, type PlayerIndex } from './player-index'
import { byCodeAlone, byIdentity, byName, byReference } from './strong-evidence'
import { nameHints, rankHints, type Hint } from './weak-evidence'

export interface MatchContext {
  /** Current prices in pence (the default price plus fixture prices): subs come in whole multiples. */
  pricePences: number[]
}

export type MatchStatus = 'matched' | 'suggested' | 'unmatched'

export interface MatchResult {
  status: MatchStatus
  rule: MatchRule | null
  allocations: Allocation[]
  /** Player ids, strongest first. */
  candidates: string[]
  explanation: string
}

export type MatchInput = Pick<IncomingPayment, 'amountPence' | 'payerName' | 'reference' | 'identity'>

export interface Matcher {
  match(payment: MatchInput): MatchResult
}

type StrongRule = 'identity' | 'reference' | 'name'

interface Level {
  rule: StrongRule
  ids: string[]
}

const WHAT: Record<StrongRule, string> = {
  identity: 'account it came from',
  reference: 'reference',
  name: 'payer name',
}

function nameOf(index: PlayerIndex, id: string): string {
  return index.players.get(id)?.name ?? id
}

function listNames(index: PlayerIndex, ids: string[]): string {
  const names = ids.slice(0, 3).map((id) => nameOf(index, id))
  const more = ids.length > 3 ? ` and ${ids.length - 3} more` : ''
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}${more}` : `${names[0] ?? ''}${more}`
}

function why(level: Level, payment: MatchInput, joint: boolean): string {
  if (level.rule === 'identity') {
    return payment.identity?.kind === 'bank' ? 'paid from the same bank account before' : 'paid from the same Monzo account before'
  }
  if (level.rule === 'reference') return `the reference '${payment.reference}' is theirs`
  return joint ? `'${payment.payerName}' is a joint account in their name` : `the payer name '${payment.payerName}' is theirs`
}

function result(status: MatchStatus, rule: MatchRule | null, candidates: string[], explanation: string): MatchResult {
  return { status, rule, allocations: [], candidates, explanation }
}

/**
 * The rule that matters most: crediting the wrong player is worse than crediting no one, so only
 * one strong, uncontradicted piece of evidence credits a payment; everything else goes to the inbox.
 */
export function createMatcher(players: readonly Player[], ctx: MatchContext): Matcher {
  const index = buildIndex(players)
  const isActive = (id: string) => index.players.get(id)?.active !== false

  function fromHints(payment: MatchInput, archivedNames: string[]): MatchResult {
    const hints: Hint[] = [
      ...archivedNames.map((playerId) => ({ playerId, score: 4, why: 'the name of an archived player' })),
      ...byCodeAlone(index, payment.reference).map((playerId) => ({ playerId, score: 3, why: 'their reference code' })),
      ...nameHints(index, payment.payerName),
    ]
    const ranked = rankHints(index, hints)
    if (ranked.length === 0) {
      const ref = payment.reference.trim() ? ` or the reference '${payment.reference}'` : ''
      return result('unmatched', null, [], `No player matches the payer '${payment.payerName}'${ref}`)
    }
    const top = ranked.slice(0, 3).map((h) => `${nameOf(index, h.playerId)} (${h.why})`)
    return result(
      'suggested',
      null,
      ranked.map((h) => h.playerId),
      `'${payment.payerName}' could be ${top.join(' or ')} — not certain enough to credit`,
    )
  }

  function match(payment: MatchInput): MatchResult {
    const named = byName(index, payment.payerName)
    const namedIds = orderIds(index, named.entries.map((e) => e.playerId))
    const levels: Level[] = (
      [
        { rule: 'identity', ids: preferActive(index, orderIds(index, byIdentity(index, payment.identity))) },
        { rule: 'reference', ids: preferActive(index, orderIds(index, byReference(index, payment.reference))) },
        // Names are the weakest strong evidence: an archived player's name only suggests.
        { rule: 'name', ids: namedIds.filter(isActive) },
      ] satisfies Level[]
    ).filter((l) => l.ids.length > 0)

    const top = levels[0]
    if (!top) return fromHints(payment, namedIds)
    const everyone = [...new Set(levels.flatMap((l) => l.ids))]

    if (top.ids.length > 1) {
      if (top.rule === 'name' && named.joint) {
        return result('suggested', 'name', everyone, `'${payment.payerName}' is a joint account of ${listNames(index, top.ids)} — assign it, or split it if it covers both`)
      }
      const fit = top.ids.length === 2 ? 'both fit' : 'all fit'
      return result('unmatched', null, everyone, `${listNames(index, top.ids)} ${fit} the ${WHAT[top.rule]} — choose who paid`)
    }

    const chosen = top.ids[0]!
    const against = levels.slice(1).find((l) => !l.ids.includes(chosen))
    if (against) {
      return result(
        'unmatched',
        null,
        everyone,
        `The ${WHAT[top.rule]} says ${nameOf(index, chosen)} but the ${WHAT[against.rule]} says ${listNames(index, against.ids)} — choose who paid`,
      )
    }

    const name = nameOf(index, chosen)
    const warning = notSubsWarning(name, payment.amountPence, payment.reference, ctx.pricePences)
    if (warning) return result('suggested', top.rule, [chosen], warning)

    return {
      status: 'matched',
      rule: top.rule,
      allocations: [{ playerId: chosen, amountPence: payment.amountPence }],
      candidates: [chosen],
      explanation: `Credited to ${name}: ${why(top, payment, named.joint)}`,
    }
  }

  return { match }
}

/** One-off convenience; for many payments build the matcher once with createMatcher. */
export function matchPayment(payment: MatchInput, players: readonly Player[], ctx: MatchContext): MatchResult {
  return createMatcher(players, ctx).match(payment)
}
