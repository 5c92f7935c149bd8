import type { Fixture, Payment, Player } from '../../../shared/domain'
import { compareByName } from '../matching/player-index'

export type FixturePayStatus = 'paid' | 'part-paid' | 'unpaid'

export interface UnpaidFixture {
  fixtureId: string
  kickoffAt: string
  outstandingPence: number
}

export interface PlayerBalance {
  playerId: string
  chargedPence: number
  paidPence: number
  /** charged − paid: negative when the player is in credit. */
  owesPence: number
  /** Oldest first. */
  unpaidFixtures: UnpaidFixture[]
  lastPaymentAt: string | null
}

export interface FixturePlayerStatus {
  status: FixturePayStatus
  paidPence: number
}

export interface OrganiserPosition {
  /** Pitch costs of fixtures not cancelled whose kick-off is at or before `now`. */
  pitchCostsPence: number
  /** Everything credited to players, including payments in advance. */
  receivedPence: number
  /** pitch costs − received: negative when the organiser is ahead. */
  outOfPocketPence: number
}

export interface Ledger {
  players: Record<string, PlayerBalance>
  /** fixture id -> rostered player id -> paid state. Cancelled fixtures charge no one and are absent. */
  fixtures: Record<string, Record<string, FixturePlayerStatus>>
  organiser: OrganiserPosition
}

export interface LedgerInput {
  players: readonly Player[]
  fixtures: readonly Fixture[]
  payments: readonly Payment[]
  now: string | Date
}

/** Only credits the organiser has accepted count; Monzo may decline one after we saw it. */
function counts(payment: Payment): boolean {
  return payment.status === 'matched' && !payment.declined
}

function byKickoff(a: Fixture, b: Fixture): number {
  return Date.parse(a.kickoffAt) - Date.parse(b.kickoffAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Charges are derived, never stored: each rostered player (not the waiting list) of a fixture that
 * is not cancelled owes its price. A player's payments are pooled and settle the oldest charges first,
 * so which fixture a transfer "was for" never matters.
 */
export function computeLedger({ players, fixtures, payments, now }: LedgerInput): Ledger {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime()
  const balances: Record<string, PlayerBalance> = {}
  for (const p of players) {
    balances[p.id] = { playerId: p.id, chargedPence: 0, paidPence: 0, owesPence: 0, unpaidFixtures: [], lastPaymentAt: null }
  }

  let receivedPence = 0
  for (const payment of payments) {
    if (!counts(payment)) continue
    for (const a of payment.allocations) {
      receivedPence += a.amountPence
      const b = balances[a.playerId]
      if (!b) continue
      b.paidPence += a.amountPence
      if (b.lastPaymentAt === null || Date.parse(payment.createdAt) > Date.parse(b.lastPaymentAt)) b.lastPaymentAt = payment.createdAt
    }
  }

  const live = fixtures.filter((f) => f.status !== 'cancelled').sort(byKickoff)
  const unspent: Record<string, number> = {}
  for (const b of Object.values(balances)) unspent[b.playerId] = Math.max(0, b.paidPence)

  const fixtureStatus: Ledger['fixtures'] = {}
  let pitchCostsPence = 0
  for (const fixture of live) {
    if (Date.parse(fixture.kickoffAt) <= nowMs) pitchCostsPence += fixture.pitchCostPence
    const row: Record<string, FixturePlayerStatus> = {}
    for (const playerId of new Set(fixture.roster)) {
      const b = balances[playerId]
      if (!b) continue // a roster id with no player record has no one to charge
      b.chargedPence += fixture.pricePence
      const covered = Math.min(unspent[playerId]!, fixture.pricePence)
      unspent[playerId]! -= covered
      const outstanding = fixture.pricePence - covered
      row[playerId] = { status: outstanding === 0 ? 'paid' : covered > 0 ? 'part-paid' : 'unpaid', paidPence: covered }
      if (outstanding > 0) b.unpaidFixtures.push({ fixtureId: fixture.id, kickoffAt: fixture.kickoffAt, outstandingPence: outstanding })
    }
    fixtureStatus[fixture.id] = row
  }

  for (const b of Object.values(balances)) b.owesPence = b.chargedPence - b.paidPence
  return {
    players: balances,
    fixtures: fixtureStatus,
    organiser: { pitchCostsPence, receivedPence, outOfPocketPence: pitchCostsPence - receivedPence },
  }
}

export interface WhoOwesRow extends PlayerBalance {
  name: string
  reference: string
  active: boolean
}

/** Every player with their balance, most owed first, then by name. */
export function whoOwes(ledger: Ledger, players: readonly Player[]): WhoOwesRow[] {
  return [...players]
    .sort(compareByName)
    .flatMap((p) => {
      const b = ledger.players[p.id]
      return b ? [{ ...b, name: p.name, reference: p.reference, active: p.active }] : []
    })
    .sort((a, b) => b.owesPence - a.owesPence) // stable: ties keep name order
}

/** Who owes what right now, straight from the data: the CLI's `owes` and the CSV export share it. */
export function whoOwesNow(d: Omit<LedgerInput, 'now'>, now: string | Date): WhoOwesRow[] {
  return whoOwes(computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now }), d.players)
}
