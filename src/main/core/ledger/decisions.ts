// What the organiser decides about a payment: assign, split, ignore, undo, or cash by hand.
// A decided payment is never overridden by a later sync.
import { randomUUID } from 'node:crypto'
import type { LearnChoice, Payment } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { findPlayer } from '../roster/players'
import { kickoffFromLocal } from '../roster/when'
import { matcherFor, rematchInbox, verdict } from '../sync/apply'
import { applyLearning, forgetFact, learnPlan, unlearn, type ForgetKind } from './learning'
import { formatPence } from '../../../shared/money'

function findPayment(d: SubsData, id: string): Payment {
  const p = d.payments.find((x) => x.id === id)
  if (!p) throw new UserError('That payment no longer exists. Sync again to refresh the list.', 'not_found')
  return p
}

function usable(p: Payment): void {
  if (p.status === 'reversed' || p.declined) {
    throw new UserError('Monzo reversed this payment, so it cannot be credited to anyone.', 'reversed')
  }
}

/**
 * Credits a payment to one player and remembers what the organiser chose (see ./learning): the
 * account is theirs, the payer pays for them, or just this once. With no choice given, Subs uses
 * the one it would propose, which is never to learn a payer that looks like someone else.
 */
export function assignPayment(d: SubsData, paymentId: string, playerId: string, learn: LearnChoice | undefined, now: Date): void {
  assignPayments(d, [paymentId], playerId, learn, now)
}

/** Assigns several payments from one payer at once; learning (if any) is taken from the first. */
export function assignPayments(d: SubsData, paymentIds: readonly string[], playerId: string, learn: LearnChoice | undefined, now: Date): void {
  const payments = distinct(paymentIds).map((id) => findPayment(d, id))
  payments.forEach(usable)
  const player = findPlayer(d, playerId)
  const first = payments[0]
  if (!first) throw new UserError('Choose at least one payment to assign.')
  // A payment assigned before forgets what that taught first, so the plan sees Subs as it would be.
  for (const p of payments) unlearn(d, p)
  const plan = learnPlan(d, first, playerId)
  const choice = learn ?? plan.choice
  const option = plan.options.find((o) => o.choice === choice)
  if (option && !option.available) throw new UserError(`${option.detail} Choose "Just this once" instead.`, 'cannot_learn')
  for (const p of payments) {
    p.status = 'matched'
    p.rule = 'manual'
    p.allocations = [{ playerId, amountPence: p.amountPence }]
    p.candidates = [playerId]
    p.split = null
    p.decided = true
    p.explanation = `You credited this to ${player.name}.`
    p.updatedAt = now.toISOString()
  }
  let learned = false
  for (const p of payments) {
    p.learned = applyLearning(d, p, playerId, choice, now)
    learned ||= p.learned !== null
  }
  if (learned) {
    const what = choice === 'payer' ? `remembered that this payer pays for ${player.name}` : `remembered this payer as ${player.name}`
    for (const p of payments) p.explanation = `You credited this to ${player.name} and ${what}.`
  }
  rematchInbox(d, now)
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

export function splitPayment(d: SubsData, paymentId: string, parts: { playerId: string; amountPence: number }[], now: Date): void {
  const p = findPayment(d, paymentId)
  usable(p)
  const ids = new Set(parts.map((x) => x.playerId))
  if (ids.size !== parts.length) throw new UserError('Each player can appear only once in a split. Combine their amounts.')
  const names = parts.map((x) => findPlayer(d, x.playerId).name)
  const total = parts.reduce((s, x) => s + x.amountPence, 0)
  if (total !== p.amountPence) {
    throw new UserError(`The split adds up to ${formatPence(total)} but the payment is ${formatPence(p.amountPence)}. Make the parts add up exactly.`)
  }
  unlearn(d, p)
  p.status = 'matched'
  p.rule = 'split'
  p.split = null
  p.allocations = parts.map((x) => ({ playerId: x.playerId, amountPence: x.amountPence }))
  p.candidates = parts.map((x) => x.playerId)
  p.decided = true
  p.explanation = `You split this between ${names.join(', ')}.`
  p.updatedAt = now.toISOString()
}

export function ignorePayment(d: SubsData, paymentId: string, now: Date): void {
  ignorePayments(d, [paymentId], now)
}

export function ignorePayments(d: SubsData, paymentIds: readonly string[], now: Date): void {
  const payments = distinct(paymentIds).map((id) => findPayment(d, id))
  let forgot = false
  for (const p of payments) {
    forgot ||= Boolean(p.learned)
    unlearn(d, p)
    p.status = 'ignored'
    p.rule = null
    p.allocations = []
    p.split = null
    p.decided = true
    p.explanation = 'You marked this as not subs.'
    p.updatedAt = now.toISOString()
  }
  if (forgot) rematchInbox(d, now)
}

/** Accepts the split Subs suggested for each payment (a household, a joint account, "me + dev"). */
export function acceptSplits(d: SubsData, paymentIds: readonly string[], now: Date): void {
  const payments = distinct(paymentIds).map((id) => findPayment(d, id))
  for (const p of payments) {
    if (!p.split || p.split.length < 2 || p.decided) {
      throw new UserError('Subs has no split to suggest for that payment any more. Use Split… to share it out yourself.', 'no_split')
    }
  }
  for (const p of payments) splitPayment(d, p.id, p.split!, now)
}

/** Hands the payment back to the matcher, forgetting anything its assignment taught Subs. */
export function undoDecision(d: SubsData, paymentId: string, now: Date): void {
  const p = findPayment(d, paymentId)
  if (p.source === 'cash') throw new UserError('Cash payments have nothing to undo. Delete it instead if it was a mistake.')
  const forgot = Boolean(p.learned)
  unlearn(d, p)
  p.decided = false
  if (!p.declined) verdict(p, matcherFor(d).match(p))
  p.updatedAt = now.toISOString()
  if (forgot) rematchInbox(d, now)
}

/** Forgets one thing Subs learned about a player's payers; nothing already credited changes. */
export function forgetLearned(d: SubsData, playerId: string, kind: ForgetKind, key: string, now: Date): void {
  forgetFact(d, playerId, kind, key)
  rematchInbox(d, now)
}

export function recordCash(d: SubsData, input: { playerId: string; amountPence: number; date: string; note?: string }, now: Date): string {
  const player = findPlayer(d, input.playerId)
  // Strictly parsed: a plain Date would quietly turn 30 February into 2 March.
  let when: Date
  try {
    when = new Date(kickoffFromLocal(input.date, '12:00'))
  } catch {
    throw new UserError(`"${input.date}" isn't a real date. Use a date like 2026-11-25.`)
  }
  const id = `cash_${randomUUID()}`
  d.payments.push({
    id,
    source: 'cash',
    amountPence: input.amountPence,
    createdAt: when.toISOString(),
    settledAt: when.toISOString(),
    payerName: player.name,
    reference: (input.note ?? '').trim(),
    identity: null,
    scheme: 'cash',
    status: 'matched',
    allocations: [{ playerId: player.id, amountPence: input.amountPence }],
    rule: 'cash',
    candidates: [player.id],
    explanation: `Cash recorded by you for ${player.name}.`,
    decided: true,
    declined: false,
    learned: null,
    updatedAt: now.toISOString(),
  })
  return id
}

export function deleteCash(d: SubsData, paymentId: string): void {
  const p = findPayment(d, paymentId)
  if (p.source !== 'cash') throw new UserError('Only cash payments you recorded can be deleted. Mark a bank payment as "not subs" instead.')
  d.payments = d.payments.filter((x) => x.id !== paymentId)
}
