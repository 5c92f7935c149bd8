// Two rules of the sync path that keep the inbox honest: money the organiser moves in from their own
// account at another bank is not subs (issue 12: "the organiser's own transfers stay out"), and an
// automatic credit stands when Monzo only updates the record (pending → settled, or the API's fuller
// version of a statement row): the squad changing since doesn't take back what a player paid.
import { describe, expect, it } from 'vitest'
import { emptyData, type SubsData } from '../../src/main/core/store/schema'
import { applyObserved, matcherFor } from '../../src/main/core/sync/apply'
import { observeTransaction } from '../../src/main/core/sync/observe'
import { isAccountHolder } from '../../src/main/core/ledger/whose-credit'
import { transactionSchema } from '../../src/main/core/monzo/schemas'
import { createPlayer, updatePlayer } from '../../src/main/core/roster/players'

const now = new Date('2026-11-20T12:00:00Z')
const fps = (id: string, name: string, ref: string, over: Record<string, unknown> = {}) =>
  observeTransaction(
    transactionSchema.parse({
      id, amount: 500, currency: 'GBP', created: '2026-11-18T18:00:00Z', settled: '', description: ref, notes: ref,
      metadata: { faster_payment: 'true', notes: ref }, is_load: false, merchant: null, scheme: 'payport_faster_payments',
      counterparty: { name, sort_code: '200000', account_number: '87654321' }, originator: false, ...over,
    }),
  )
const apply = (d: SubsData, obs: ReturnType<typeof fps>[]) => applyObserved(d, obs, 'monzo', matcherFor(d), now)

describe("the organiser's own money from another bank", () => {
  it('is recognised by the account holder\u2019s full name only', () => {
    const holders = ['Gareth Lloyd']
    for (const name of ['GARETH LLOYD', 'Lloyd Gareth', 'MR GARETH LLOYD', 'gareth lloyd']) expect(isAccountHolder(name, holders), name).toBe(true)
    // An initial could be a brother or a daughter; a first name alone could be anyone.
    for (const name of ['G LLOYD', 'MR G LLOYD', 'LLOYD G', 'Gareth', 'Gemma Lloyd', '']) expect(isAccountHolder(name, holders), name).toBe(false)
    // A joint account: either holder, or both.
    const joint = ['Sam Whitley & Jo Whitley']
    for (const name of ['Jo Whitley', 'SAM WHITLEY', 'JO WHITLEY & SAM WHITLEY']) {
      expect(isAccountHolder(name, joint), name).toBe(true)
    }
    expect(isAccountHolder('Tom Whitley', joint)).toBe(false)
    expect(isAccountHolder('Gareth Lloyd', [])).toBe(false)
  })

  it('is counted as not subs and never stored, while a relative with an initial still waits in the inbox', () => {
    const d = emptyData()
    d.sync.holderNames = ['Gareth Lloyd']
    createPlayer(d, { name: 'Tom Harris' }, now)
    const counts = apply(d, [fps('tx_own', 'LLOYD GARETH', 'MOVING MONEY'), fps('tx_bro', 'G LLOYD', 'FOOTBALL'), fps('tx_tom', 'Tom Harris', 'FOOTY')])
    expect(counts).toMatchObject({ notSubs: 1, added: 2 })
    expect(d.payments.map((p) => p.id).sort()).toEqual(['tx_bro', 'tx_tom'])
  })
})

describe('an automatic credit when Monzo updates the record', () => {
  it('stands when only the settlement changed, even if the player was archived since', () => {
    const d = emptyData()
    const { player } = createPlayer(d, { name: 'Ben Carter' }, now)
    apply(d, [fps('tx_1', 'Ben Carter', 'FOOTBALL')])
    expect(d.payments[0]).toMatchObject({ status: 'matched', allocations: [{ playerId: player.id, amountPence: 500 }] })
    updatePlayer(d, player.id, { active: false }, now)
    apply(d, [fps('tx_1', 'Ben Carter', 'FOOTBALL', { settled: '2026-11-19T07:00:00Z' })])
    expect(d.payments[0]).toMatchObject({ status: 'matched', settledAt: '2026-11-19T07:00:00.000Z', allocations: [{ playerId: player.id, amountPence: 500 }] })
  })

  it('is judged again when what says who paid changed (the amount here)', () => {
    const d = emptyData()
    createPlayer(d, { name: 'Ben Carter' }, now)
    apply(d, [fps('tx_1', 'Ben Carter', 'BEN C')])
    expect(d.payments[0]!.status).toBe('matched')
    apply(d, [fps('tx_1', 'Ben Carter', 'BEN C', { amount: 451 })])
    expect(d.payments[0]!.status).toBe('suggested')
    expect(d.payments[0]!.allocations).toEqual([])
  })
})

describe('a declined payment', () => {
  it('stays declined when an older version of it is imported again (a webhook capture of transaction.created)', () => {
    const d = emptyData()
    createPlayer(d, { name: 'Ben Carter' }, now)
    const created = fps('tx_1', 'Ben Carter', 'FOOTBALL')
    apply(d, [created])
    expect(d.payments[0]!.status).toBe('matched')
    const declined = fps('tx_1', 'Ben Carter', 'FOOTBALL', { decline_reason: 'INSUFFICIENT_FUNDS' })
    expect(apply(d, [declined])).toMatchObject({ reversed: 1 })
    expect(d.payments[0]).toMatchObject({ status: 'reversed', declined: true, allocations: [] })
    const counts = apply(d, [created])
    expect(counts).toMatchObject({ unchanged: 1, updated: 0 })
    expect(d.payments[0]).toMatchObject({ status: 'reversed', declined: true, allocations: [] })
  })
})
