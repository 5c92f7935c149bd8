import { describe, expect, it } from 'vitest'
import type { Fixture, Payment, Player } from '../../src/shared/domain'
import { computeLedger, isCharged, waitingPayments, whoOwes, whoOwesNow } from '../../src/main/core/ledger/balances'

function player(id: string, name: string): Player {
  return { id, name, aliases: [], identities: [], reference: `SUBS-${id.toUpperCase()}`, active: true, notes: '', createdAt: '2026-01-01T00:00:00Z' }
}

function fixture(id: string, kickoffAt: string, roster: string[], over: Partial<Fixture> = {}): Fixture {
  return {
    id, kickoffAt, location: 'Powerleague', pitchCostPence: 4500, pricePence: 500, minPlayers: 8, maxPlayers: 12,
    status: 'scheduled', roster, waiting: [], notes: '', createdAt: '2026-01-01T00:00:00Z', ...over,
  }
}

function payment(id: string, createdAt: string, allocations: Payment['allocations'], over: Partial<Payment> = {}): Payment {
  const amountPence = allocations.reduce((s, a) => s + a.amountPence, 0)
  return {
    id, source: 'monzo', amountPence, createdAt, settledAt: null, payerName: '', reference: '', identity: null, scheme: 'p2p_payment',
    status: 'matched', allocations, rule: 'name', candidates: [], explanation: '', decided: false, declined: false, updatedAt: createdAt, ...over,
  }
}

const sam = player('sam', 'Sam Whitley')
const ann = player('ann', 'Ann Berry')
const cat = player('cat', 'Cat Jones')
const players = [sam, ann, cat]

// Given out of order on purpose: settlement follows kick-off, not array order.
const fixtures = [
  fixture('f3', '2026-10-21T18:00:00Z', ['sam', 'ann']),
  fixture('f1', '2026-10-07T18:00:00Z', ['sam', 'ann', 'cat'], { waiting: ['zed'] }),
  fixture('fx', '2026-10-10T18:00:00Z', ['sam', 'ann', 'cat'], { status: 'cancelled' }),
  fixture('f2', '2026-10-14T18:00:00Z', ['sam', 'ann'], { waiting: ['cat'] }),
]
const now = '2026-10-15T00:00:00Z'

describe("computeLedger, charging on the roster (the 'rostered' setting)", () => {
  it('charges rostered players of fixtures that are not cancelled, not the waiting list', () => {
    const l = computeLedger({ players, fixtures, payments: [], now, chargeWhen: 'rostered' })
    expect(l.players.sam!.chargedPence).toBe(1500)
    expect(l.players.cat!.chargedPence).toBe(500)
    expect(l.fixtures.fx).toBeUndefined()
    expect(l.fixtures.f2).not.toHaveProperty('cat')
  })

  it('settles the oldest fixtures first, leaving a part-paid one', () => {
    const payments = [payment('t1', '2026-10-08T10:00:00Z', [{ playerId: 'sam', amountPence: 750 }])]
    const l = computeLedger({ players, fixtures, payments, now, chargeWhen: 'rostered' })
    expect(l.fixtures.f1!.sam).toEqual({ status: 'paid', paidPence: 500 })
    expect(l.fixtures.f2!.sam).toEqual({ status: 'part-paid', paidPence: 250 })
    expect(l.fixtures.f3!.sam).toEqual({ status: 'unpaid', paidPence: 0 })
    expect(l.players.sam).toEqual({
      playerId: 'sam', chargedPence: 1500, paidPence: 750, owesPence: 750, lastPaymentAt: '2026-10-08T10:00:00Z', dueNextPence: 0, dueNextFixtures: [],
      unpaidFixtures: [
        { fixtureId: 'f2', kickoffAt: '2026-10-14T18:00:00Z', outstandingPence: 250 },
        { fixtureId: 'f3', kickoffAt: '2026-10-21T18:00:00Z', outstandingPence: 500 },
      ],
    })
  })

  it('breaks equal kick-offs by fixture id', () => {
    const same = [fixture('b', '2026-10-07T18:00:00Z', ['sam']), fixture('a', '2026-10-07T18:00:00Z', ['sam'])]
    const l = computeLedger({ players, fixtures: same, payments: [payment('t', '2026-10-01T00:00:00Z', [{ playerId: 'sam', amountPence: 500 }])], now })
    expect(l.fixtures.a!.sam!.status).toBe('paid')
    expect(l.fixtures.b!.sam!.status).toBe('unpaid')
  })

  it('only matched, not declined payments count', () => {
    const alloc = [{ playerId: 'ann', amountPence: 500 }]
    const payments = [
      payment('m', '2026-10-01T00:00:00Z', alloc),
      payment('s', '2026-10-02T00:00:00Z', alloc, { status: 'suggested' }),
      payment('u', '2026-10-03T00:00:00Z', alloc, { status: 'unmatched' }),
      payment('i', '2026-10-04T00:00:00Z', alloc, { status: 'ignored' }),
      payment('r', '2026-10-05T00:00:00Z', alloc, { status: 'reversed' }),
      payment('d', '2026-10-06T00:00:00Z', alloc, { declined: true }),
    ]
    const l = computeLedger({ players, fixtures, payments, now, chargeWhen: 'rostered' })
    expect(l.players.ann!.paidPence).toBe(500)
    expect(l.players.ann!.lastPaymentAt).toBe('2026-10-01T00:00:00Z')
    expect(l.organiser.receivedPence).toBe(500)
  })

  it('a split payment credits each player; overpaying leaves them in credit', () => {
    const payments = [payment('split', '2026-10-08T00:00:00Z', [{ playerId: 'cat', amountPence: 1500 }, { playerId: 'ann', amountPence: 500 }], { rule: 'split' })]
    const l = computeLedger({ players, fixtures, payments, now, chargeWhen: 'rostered' })
    expect(l.players.cat!.owesPence).toBe(-1000)
    expect(l.players.cat!.unpaidFixtures).toEqual([])
    expect(l.players.ann!.owesPence).toBe(1000)
  })

  it('the organiser position counts pitch costs of fixtures kicked off by now', () => {
    const payments = [payment('p', '2026-10-08T00:00:00Z', [{ playerId: 'sam', amountPence: 2000 }])]
    const l = computeLedger({ players, fixtures, payments, now: new Date(now), chargeWhen: 'rostered' })
    // f1 and f2 have kicked off; fx is cancelled; f3 is in the future.
    expect(l.organiser).toEqual({ pitchCostsPence: 9000, receivedPence: 2000, outOfPocketPence: 7000 })
  })
})

describe('whoOwes', () => {
  it('sorts by amount owed, then name', () => {
    const l = computeLedger({ players, fixtures, payments: [payment('p', '2026-10-08T00:00:00Z', [{ playerId: 'sam', amountPence: 2000 }])], now, chargeWhen: 'rostered' })
    const rows = whoOwes(l, players)
    expect(rows.map((r) => [r.name, r.owesPence])).toEqual([['Ann Berry', 1500], ['Cat Jones', 500], ['Sam Whitley', -500]])
    const tie = whoOwes(computeLedger({ players, fixtures: [fixture('f', now, ['sam', 'cat', 'ann'])], payments: [], now, chargeWhen: 'rostered' }), players)
    expect(tie.map((r) => r.name)).toEqual(['Ann Berry', 'Cat Jones', 'Sam Whitley'])
  })
})

describe('charging once the game is played (the default)', () => {
  it('owes only games played; games to come are due next, apart', () => {
    const l = computeLedger({ players, fixtures, payments: [], now })
    // f1 and f2 have kicked off; f3 (21 Oct) is next week's.
    expect(l.players.sam).toMatchObject({ chargedPence: 1000, owesPence: 1000, dueNextPence: 500 })
    expect(l.players.sam!.unpaidFixtures.map((u) => u.fixtureId)).toEqual(['f1', 'f2'])
    expect(l.players.sam!.dueNextFixtures).toEqual([{ fixtureId: 'f3', kickoffAt: '2026-10-21T18:00:00Z', outstandingPence: 500 }])
    expect(l.players.cat).toMatchObject({ chargedPence: 500, dueNextPence: 0 })
    expect(l.fixtures.f3).toEqual({ sam: { status: 'due', paidPence: 0 }, ann: { status: 'due', paidPence: 0 } })
  })

  it('a game marked played counts even before its kick-off; a cancelled one never does', () => {
    const f = [fixture('early', '2026-10-21T18:00:00Z', ['sam'], { status: 'played' }), fixture('off', '2026-10-01T18:00:00Z', ['sam'], { status: 'cancelled' })]
    const l = computeLedger({ players, fixtures: f, payments: [], now })
    expect(l.players.sam).toMatchObject({ chargedPence: 500, dueNextPence: 0 })
    const nowMs = Date.parse(now)
    expect(isCharged(fixture('x', '2026-10-14T18:00:00Z', []), 'played', nowMs)).toBe(true)
    expect(isCharged(fixture('x', '2026-10-16T18:00:00Z', []), 'played', nowMs)).toBe(false)
    expect(isCharged(fixture('x', '2026-10-16T18:00:00Z', []), 'rostered', nowMs)).toBe(true)
    expect(isCharged(fixture('x', '2026-10-01T18:00:00Z', [], { status: 'cancelled' }), 'rostered', nowMs)).toBe(false)
  })

  it('credit left after the games played covers games due next, oldest first', () => {
    const payments = [payment('p', '2026-10-08T00:00:00Z', [{ playerId: 'sam', amountPence: 1250 }])]
    const l = computeLedger({ players, fixtures, payments, now })
    expect(l.players.sam).toMatchObject({ chargedPence: 1000, paidPence: 1250, owesPence: -250, dueNextPence: 500 })
    expect(l.players.sam!.dueNextFixtures).toEqual([{ fixtureId: 'f3', kickoffAt: '2026-10-21T18:00:00Z', outstandingPence: 250 }])
    expect(l.fixtures.f3!.sam).toEqual({ status: 'part-paid', paidPence: 250 })
  })

  it('whoOwesNow follows the settings', () => {
    const d = { players, fixtures, payments: [] }
    expect(whoOwesNow({ ...d, settings: { chargeWhen: 'played' } }, now).find((r) => r.playerId === 'sam')!.owesPence).toBe(1000)
    expect(whoOwesNow({ ...d, settings: { chargeWhen: 'rostered' } }, now).find((r) => r.playerId === 'sam')!.owesPence).toBe(1500)
    expect(whoOwesNow(d, now).find((r) => r.playerId === 'sam')!.owesPence).toBe(1000)
  })
})

describe('waitingPayments', () => {
  it("lists inbox payments under each candidate, never decided, ignored or declined ones", () => {
    const inbox = [
      payment('s', '2026-10-09T00:00:00Z', [], { status: 'suggested', candidates: ['ann', 'cat'], amountPence: 500, payerName: 'A BERRY' }),
      payment('u', '2026-10-08T00:00:00Z', [], { status: 'unmatched', candidates: ['ann'], amountPence: 1000, payerName: 'BERRY' }),
      payment('i', '2026-10-08T00:00:00Z', [], { status: 'ignored', candidates: ['ann'], amountPence: 500 }),
      payment('d', '2026-10-08T00:00:00Z', [], { status: 'unmatched', candidates: ['ann'], amountPence: 500, declined: true }),
      payment('m', '2026-10-08T00:00:00Z', [{ playerId: 'ann', amountPence: 500 }], { candidates: ['ann'] }),
    ]
    const w = waitingPayments(inbox)
    expect(w.ann).toEqual([
      { paymentId: 'u', amountPence: 1000, payerName: 'BERRY', createdAt: '2026-10-08T00:00:00Z' },
      { paymentId: 's', amountPence: 500, payerName: 'A BERRY', createdAt: '2026-10-09T00:00:00Z' },
    ])
    expect(w.cat!.map((x) => x.paymentId)).toEqual(['s'])
    expect(w.sam).toBeUndefined()
  })
})
