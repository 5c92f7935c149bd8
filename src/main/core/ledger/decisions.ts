// What the organiser decides about a payment: assign, split, ignore, undo, or cash by hand.
// A decided payment is never overridden by a later sync.
import { randomUUID } from 'node:crypto'
import type { Payment, PayerIdentity } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { findPlayer } from '../roster/players'
import { kickoffFromLocal } from '../roster/when'
import { nameKey } from '../matching/normalise'
import { identityKey } from '../matching/player-index'
import { matcherFor, rematchInbox } from '../sync/apply'
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

/** Teaches Subs this payer: their account and the name their bank shows. Returns what was new. */
function learn(d: SubsData, p: Payment, playerId: string): Payment['learned'] {
  const player = findPlayer(d, playerId)
  let identity = false
  if (p.identity) {
    const key = identityKey(p.identity)
    // One payer identity belongs to one player: move it if it was learned for someone else.
    for (const other of d.players) other.identities = other.identities.filter((i) => identityKey(i) !== key)
    player.identities.push(p.identity as PayerIdentity)
    identity = true
  }
  let alias: string | null = null
  const payer = p.payerName.trim()
  if (payer && payer.length <= 80 && nameKey(payer) !== nameKey(player.name) && !player.aliases.some((a) => nameKey(a) === nameKey(payer))) {
    player.aliases.push(payer)
    alias = payer
  }
  return { playerId, identity, alias }
}

function forget(d: SubsData, p: Payment): void {
  const l = p.learned
  if (!l) return
  const player = d.players.find((x) => x.id === l.playerId)
  if (player) {
    if (l.identity && p.identity) {
      const key = identityKey(p.identity)
      player.identities = player.identities.filter((i) => identityKey(i) !== key)
    }
    if (l.alias) player.aliases = player.aliases.filter((a) => a !== l.alias)
  }
  p.learned = null
}

export function assignPayment(d: SubsData, paymentId: string, playerId: string, remember: boolean, now: Date): void {
  const p = findPayment(d, paymentId)
  usable(p)
  const player = findPlayer(d, playerId)
  forget(d, p)
  p.status = 'matched'
  p.rule = 'manual'
  p.allocations = [{ playerId, amountPence: p.amountPence }]
  p.candidates = [playerId]
  p.decided = true
  p.explanation = `You credited this to ${player.name}.`
  p.learned = remember ? learn(d, p, playerId) : null
  p.updatedAt = now.toISOString()
  if (remember) rematchInbox(d, now)
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
  forget(d, p)
  p.status = 'matched'
  p.rule = 'split'
  p.allocations = parts.map((x) => ({ playerId: x.playerId, amountPence: x.amountPence }))
  p.candidates = parts.map((x) => x.playerId)
  p.decided = true
  p.explanation = `You split this between ${names.join(', ')}.`
  p.updatedAt = now.toISOString()
}

export function ignorePayment(d: SubsData, paymentId: string, now: Date): void {
  const p = findPayment(d, paymentId)
  forget(d, p)
  p.status = 'ignored'
  p.rule = null
  p.allocations = []
  p.decided = true
  p.explanation = 'You marked this as not subs.'
  p.updatedAt = now.toISOString()
}

/** Hands the payment back to the matcher, forgetting anything its assignment taught Subs. */
export function undoDecision(d: SubsData, paymentId: string, now: Date): void {
  const p = findPayment(d, paymentId)
  if (p.source === 'cash') throw new UserError('Cash payments have nothing to undo. Delete it instead if it was a mistake.')
  forget(d, p)
  p.decided = false
  if (!p.declined) {
    const m = matcherFor(d).match(p)
    p.status = m.status
    p.rule = m.rule
    p.allocations = m.status === 'matched' ? m.allocations : []
    p.candidates = m.candidates
    p.explanation = m.explanation
  }
  p.updatedAt = now.toISOString()
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
