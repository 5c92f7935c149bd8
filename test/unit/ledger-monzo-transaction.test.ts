import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  isSubsCandidate,
  notSubsReason,
  parseTransactionsBody,
  readTransaction,
  toIncomingPayment,
} from '../../src/main/core/ledger/monzo-transaction'
import { transactionSchema } from '../../src/main/core/monzo/schemas'
import { sample } from '../helpers/samples'

const body = JSON.parse(readFileSync(sample('transactions.json'), 'utf8'))
const all = parseTransactionsBody(body)
const tx = (id: string) => all.find((t) => t.id === id)!

const base = {
  id: 'tx_x', amount: 500, currency: 'GBP', created: '2026-10-07T18:00:00Z', settled: '', description: 'Priya Raman',
  notes: '', metadata: {}, is_load: false, merchant: null, scheme: 'p2p_payment', counterparty: { name: 'Priya Raman', user_id: 'user_1' },
  originator: false,
}
const parse = (over: Record<string, unknown>) => transactionSchema.parse({ ...base, ...over })

describe('which transactions can be subs', () => {
  it('keeps exactly the four incoming transfers in the sample', () => {
    expect(all.filter(isSubsCandidate).map((t) => t.id)).toEqual([
      'tx_0000AbC1fps0001', 'tx_0000AbC1p2p0002', 'tx_0000AbC1p2p0003', 'tx_0000AbC1fps0004',
    ])
  })

  it.each([
    ['tx_0000AbC1card005', /money out/],
    ['tx_0000AbC1rfnd006', /card refund/],
    ['tx_0000AbC1load007', /top-up/],
    ['tx_0000AbC1pot0008', /pot/],
    ['tx_0000AbC1decl009', /declined/],
    ['tx_0000AbC1eur0010', /EUR/],
  ])('drops %s', (id, reason) => {
    expect(isSubsCandidate(tx(id))).toBe(false)
    expect(notSubsReason(tx(id))).toMatch(reason)
  })

  it.each([
    [{ amount: 0 }, /money out/],
    [{ scheme: 'payport_faster_payments', metadata: { pot_id: 'pot_1' } }, /pot/],
    [{ originator: true }, /sent by you/],
    [{ scheme: 'mastercard', merchant: null }, /card/],
    [{ scheme: 'account_interest' }, /interest/],
  ])('drops %j', (over, reason) => {
    expect(notSubsReason(parse(over))).toMatch(reason)
    expect(isSubsCandidate(parse(over))).toBe(false)
  })

  it.each([[{ scheme: 'bacs' }], [{ scheme: 'chaps' }], [{ scheme: null }]])(
    'another scheme %j is not a Faster Payment or Monzo-to-Monzo, but not ruled out either',
    (over) => {
      expect(notSubsReason(parse(over))).toBeNull()
      expect(isSubsCandidate(parse(over))).toBe(false)
    },
  )

  it('tolerates missing and null fields and unknown extras', () => {
    const t = transactionSchema.parse({ id: 'tx_1', amount: 500, currency: 'GBP', created: '2026-10-07T18:00:00Z', scheme: 'payport_faster_payments', counterparty: null, metadata: null, notes: null, brand_new_field: { a: 1 } })
    expect(isSubsCandidate(t)).toBe(true)
    expect(toIncomingPayment(t)).toMatchObject({ payerName: '', reference: '', identity: null, settledAt: null })
  })

  it('refuses a known field of the wrong type rather than guessing', () => {
    const base = { id: 'tx_1', amount: 500, currency: 'GBP', created: '2026-10-07T18:00:00Z' }
    for (const over of [{ notes: 7 }, { counterparty: 'Ash' }, { metadata: { notes: 5 } }, { created: 'yesterday' }, { is_load: 'no' }]) {
      expect(transactionSchema.safeParse({ ...base, ...over }).success).toBe(false)
    }
  })

  it('rejects a body that is not a transactions list, saying so; an unreadable transaction only drops out', () => {
    expect(() => parseTransactionsBody({ accounts: [] })).toThrow(/transactions/)
    expect(parseTransactionsBody({ transactions: [{ id: 'tx_1' }, { ...base, id: 'tx_2' }] }).map((t) => t.id)).toEqual(['tx_2'])
  })

  it.each([
    [{ settled: true }, /^settled is true \(expected text or nothing\)$/],
    [{ metadata: { notes: 5 } }, /^metadata\.notes is 5 \(expected text\)$/],
    [{ amount: '500' }, /^amount is "500" \(expected a number\)$/],
    [{ created: 'last Tuesday' }, /^created is "last Tuesday": is not a date$/],
    [{ counterparty: 'Ash', notes: 7 }, /, and 1 more$/],
  ])('says in words why %j is unreadable', (over, reason) => {
    const r = readTransaction({ ...base, ...over })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
  })

  it('an item that is not an object is unreadable, not a crash', () => {
    expect(readTransaction('tx_1')).toEqual({ ok: false, reason: 'it is "tx_1", not a transaction' })
    expect(readTransaction(null)).toMatchObject({ ok: false })
  })
})

describe('toIncomingPayment', () => {
  it('Faster Payment: counterparty name, de-duplicated reference, bank identity, no anonuser identity', () => {
    expect(toIncomingPayment(tx('tx_0000AbC1fps0001'))).toEqual({
      id: 'tx_0000AbC1fps0001', amountPence: 500, createdAt: '2026-10-07T18:02:11.482Z', settledAt: '2026-10-08T07:00:00.000Z',
      payerName: 'Mr Jonathan Okafor', reference: 'FOOTY WED', identity: { kind: 'bank', sortCode: '040004', accountNumber: '12345678' },
      scheme: 'payport_faster_payments',
    })
  })

  it('Faster Payment without sort code: anonuser_ is never an identity', () => {
    const t = parse({ scheme: 'payport_faster_payments', counterparty: { name: 'A B', user_id: 'anonuser_1' } })
    expect(toIncomingPayment(t).identity).toBeNull()
  })

  it('Faster Payment: metadata.notes and description are both kept, once each', () => {
    const t = parse({ scheme: 'payport_faster_payments', description: 'SUBS-ASHC', notes: 'wed footy', metadata: { notes: 'WED FOOTY' }, counterparty: { name: 'A CARTER' } })
    expect(toIncomingPayment(t).reference).toBe('WED FOOTY · SUBS-ASHC')
  })

  it('Monzo-to-Monzo: description is the sender, notes the reference, user id the identity', () => {
    expect(toIncomingPayment(tx('tx_0000AbC1p2p0003'))).toMatchObject({
      payerName: 'Sam Whitley & Jo Whitley', reference: 'football x2', identity: { kind: 'monzo', userId: 'user_0000Whitley' },
    })
    expect(toIncomingPayment(parse({ description: '', counterparty: { preferred_name: 'Pri R', user_id: 'user_2' } })).payerName).toBe('Pri R')
  })

  it('an empty settled time is null; nothing else of the transaction is kept', () => {
    const p = toIncomingPayment(tx('tx_0000AbC1fps0004'))
    expect(p.settledAt).toBeNull()
    expect(Object.keys(p).sort()).toEqual(['amountPence', 'createdAt', 'id', 'identity', 'payerName', 'reference', 'scheme', 'settledAt'])
  })
})
