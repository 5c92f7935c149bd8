import type { ChargeWhen, Fixture, Payment, Player, Settings } from '../../../shared/domain'
import { compareByName } from '../matching/player-index'

/** 'due': a game to come that isn't charged yet (see ChargeWhen) and no credit covers. */
export type FixturePayStatus = 'paid' | 'part-paid' | 'unpaid' | 'due'

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
  /** Prices of games to come that are not charged yet (always 0 when charging on the roster). */
  dueNextPence: number
  /** Those games, less any credit already paid in advance; only ones with something left to pay. */
  dueNextFixtures: UnpaidFixture[]
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
  /** Default 'played': only games played are owed. */
  chargeWhen?: ChargeWhen
}

/** Only credits the organiser has accepted count; Monzo may decline one after we saw it. */
function counts(payment: Payment): boolean {
  return payment.status === 'matched' && !payment.declined
}

function byKickoff(a: Fixture, b: Fixture): number {
  return Date.parse(a.kickoffAt) - Date.parse(b.kickoffAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Whether a fixture's price is owed yet. Under the default a game is charged once it is played:
 * marked played, or still scheduled with its kick-off gone. Cancelled games never charge anyone.
 */
export function isCharged(f: Fixture, chargeWhen: ChargeWhen, nowMs: number): boolean {
  if (f.status === 'cancelled') return false
  return chargeWhen === 'rostered' || f.status === 'played' || Date.parse(f.kickoffAt) <= nowMs
}

/**
 * Charges are derived, never stored: each rostered player (not the waiting list) of a charged fixture
 * (see isCharged) owes its price. A player's payments are pooled and settle the oldest charges first,
 * so which fixture a transfer "was for" never matters; credit left over then covers games due next.
 */
export function computeLedger({ players, fixtures, payments, now, chargeWhen = 'played' }: LedgerInput): Ledger {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime()
  const balances: Record<string, PlayerBalance> = {}
  for (const p of players) {
    balances[p.id] = {
      playerId: p.id,
      chargedPence: 0,
      paidPence: 0,
      owesPence: 0,
      unpaidFixtures: [],
      dueNextPence: 0,
      dueNextFixtures: [],
      lastPaymentAt: null,
    }
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
  for (const fixture of live) if (Date.parse(fixture.kickoffAt) <= nowMs) pitchCostsPence += fixture.pitchCostPence
  // Charged games first, oldest first; only then does credit left over cover games due next.
  const charged = live.filter((f) => isCharged(f, chargeWhen, nowMs))
  const upcoming = live.filter((f) => !isCharged(f, chargeWhen, nowMs))
  for (const [list, owed] of [[charged, true], [upcoming, false]] as const) {
    for (const fixture of list) {
      const row: Record<string, FixturePlayerStatus> = {}
      for (const playerId of new Set(fixture.roster)) {
        const b = balances[playerId]
        if (!b) continue // a roster id with no player record has no one to charge
        if (owed) b.chargedPence += fixture.pricePence
        else b.dueNextPence += fixture.pricePence
        const covered = Math.min(unspent[playerId]!, fixture.pricePence)
        unspent[playerId]! -= covered
        const outstanding = fixture.pricePence - covered
        const status = outstanding === 0 ? 'paid' : covered > 0 ? 'part-paid' : owed ? 'unpaid' : 'due'
        row[playerId] = { status, paidPence: covered }
        if (outstanding > 0) {
          const u = { fixtureId: fixture.id, kickoffAt: fixture.kickoffAt, outstandingPence: outstanding }
          ;(owed ? b.unpaidFixtures : b.dueNextFixtures).push(u)
        }
      }
      fixtureStatus[fixture.id] = row
    }
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

/**
 * Who owes what right now, straight from the data, under the organiser's charge setting:
 * the CLI's `owes`, the CSV export and the app share it.
 */
export function whoOwesNow(
  d: Omit<LedgerInput, 'now' | 'chargeWhen'> & { settings?: Pick<Settings, 'chargeWhen'> },
  now: string | Date,
): WhoOwesRow[] {
  const chargeWhen = d.settings?.chargeWhen
  return whoOwes(computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now, chargeWhen }), d.players)
}

export interface WaitingPayment {
  paymentId: string
  amountPence: number
  payerName: string
  createdAt: string
}

/**
 * Payments waiting in the inbox that may be a player's: undecided, not declined, with the player
 * among the matcher's candidates. Who owes shows them so nobody is chased for money already sent.
 */
export function waitingPayments(payments: readonly Payment[]): Record<string, WaitingPayment[]> {
  const out: Record<string, WaitingPayment[]> = Object.create(null)
  const inbox = payments
    .filter((p) => (p.status === 'unmatched' || p.status === 'suggested') && !p.declined && p.amountPence > 0)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  for (const p of inbox) {
    for (const playerId of new Set(p.candidates)) {
      ;(out[playerId] ??= []).push({ paymentId: p.id, amountPence: p.amountPence, payerName: p.payerName, createdAt: p.createdAt })
    }
  }
  return out
}
