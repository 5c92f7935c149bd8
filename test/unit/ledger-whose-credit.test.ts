// Nothing a person sent disappears; the organiser's own banking never gets in (issue 12, rule 2).
// Shapes follow real Monzo records: an employer's Bacs salary carries a merchant and payday,
// interest comes as account_interest, own-account moves are p2p with p2p_initiator "internal".
import { describe, expect, it } from 'vitest'
import { transactionSchema } from '../../src/main/core/monzo/schemas'
import { observeTransaction } from '../../src/main/core/sync/observe'
import { setAsideReason } from '../../src/main/core/ledger/whose-credit'

const credit = (over: Record<string, unknown>) =>
  transactionSchema.parse({
    id: 'tx_1', amount: 500, currency: 'GBP', created: '2026-10-07T18:00:00Z', settled: '2026-10-08T07:00:00Z',
    description: 'SUBS-LUKEM', notes: 'SUBS-LUKEM', metadata: {}, is_load: false, merchant: null,
    counterparty: { name: 'L MORRISON', sort_code: '200000', account_number: '87654321' }, originator: false, ...over,
  })

describe('whose credit it is', () => {
  it.each([
    ['payport_faster_payments', 'credit'],
    ['p2p_payment', 'credit'],
    ['bacs', 'other-credit'],
    ['chaps', 'other-credit'],
    ['faster_payments', 'other-credit'],
    ['a_scheme_monzo_adds_next_year', 'other-credit'],
  ])('a GBP credit from a person by %s is %s', (scheme, kind) => {
    expect(observeTransaction(credit({ scheme })).kind).toBe(kind)
  })

  it('an old record with no scheme at all is another-scheme credit (kept if it fits a player)', () => {
    expect(observeTransaction(credit({ scheme: undefined })).kind).toBe('other-credit')
  })

  it.each([
    ['a Bacs salary (employer merchant)', { scheme: 'bacs', merchant: 'merch_0000AbD7equcJuM3NmEzRJ', amount: 251817 }, /business/],
    ['a Bacs salary flagged payday', { scheme: 'bacs', metadata: { payday: 'true' }, amount: 251817 }, /salary/],
    ['interest', { scheme: 'account_interest', description: 'Interest for October 2026', counterparty: undefined }, /interest/],
    ['interest flagged as a payout', { scheme: 'monzo_interest', metadata: { interest_payout: 'true' }, counterparty: undefined }, /interest/],
    ['a transfer from the organiser\u2019s own joint account', { scheme: 'p2p_payment', metadata: { p2p_initiator: 'internal' } }, /own accounts/],
    ['Monzo paying something back', { scheme: 'monzo_paid' }, /from Monzo/],
    ['a Monzo reward (cashback)', { scheme: 'monzo_rewards', counterparty: undefined }, /reward from Monzo/],
    ['a Flex payout', { scheme: 'monzo_flex' }, /Flex/],
    ['a card credit without a merchant', { scheme: 'mastercard' }, /card/],
    ['money the organiser sent', { scheme: 'bacs', originator: true }, /sent by you/],
    ['a pot', { scheme: 'uk_retail_pot' }, /pot/],
    ['a Bacs credit in euros', { scheme: 'bacs', currency: 'EUR' }, /EUR/],
  ])('%s stays out', (_label, over, reason) => {
    const o = observeTransaction(credit(over))
    expect(o.kind).toBe('not-subs')
    if (o.kind === 'not-subs') expect(o.reason).toMatch(reason)
  })

  it('says why an unmatched credit by another scheme was set aside', () => {
    expect(setAsideReason('bacs')).toBe('Bacs credit that fits no player')
    expect(setAsideReason('chaps')).toBe('CHAPS payment that fits no player')
    expect(setAsideReason(null)).toBe('credit with no payment scheme that fits no player')
    expect(setAsideReason('statement:bank transfer')).toBe("'bank transfer' credit in the statement that fits no player")
  })
})

describe('a company paying by Faster Payments', () => {
  const fpsFrom = (name: string, ref: string) =>
    observeTransaction(credit({ scheme: 'payport_faster_payments', description: ref, notes: ref, metadata: { notes: ref }, counterparty: { name, sort_code: '401160', account_number: '12345678' } }))

  it.each([
    ['ACME PAYROLL LTD', 'SALARY NOV'],
    ['HMRC', 'TAX REFUND'],
    ['J SMITH', 'November wages'],
    ['DWP', 'UC NOV'],
  ])('%s, "%s", is kept only if it fits a player', (name, ref) => {
    const o = fpsFrom(name, ref)
    expect(o.kind).toBe('other-credit')
    if (o.kind === 'other-credit') expect(o.setAsideReason).toMatch(/fits no player/)
  })

  it.each([
    ['WISE PAYMENTS LIMITED', 'R VAN DER BERG FOOTY'],
    ['THE CURRENCY CLOUD LTD', 'FOOTBALL'],
    ['Priya Raman', 'footy'],
    ['MR J OKAFOR', 'SUBS-JOKA'],
    // A player's own company paying their subs: ordinary, so it waits in the inbox if nothing fits.
    ['EVANS PLUMBING LTD', 'EVANS PLUMBING'],
  ])('%s, "%s", is a person\u2019s payment (payment providers carry people\u2019s money)', (name, ref) => {
    expect(fpsFrom(name, ref).kind).toBe('credit')
  })
})
