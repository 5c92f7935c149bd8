// Builders for the evaluation corpus: Monzo transactions shaped exactly as the API sends them (see
// ../shared/monzo-samples), each with the verdict a careful organiser would reach. Labels:
// - credit: the organiser would be certain who paid for what; Subs must credit it by itself.
// - inbox: a careful organiser would stop and think (or choose between people): Subs must not credit it.
//   `suggest` names who should be offered; `split` who a suggested split should cover.
// - not-subs: not money for the game at all: must never be credited (waiting in the inbox is fine).
import type { SimTransaction } from '../../src/main/core/monzo/simulator'

export type Expect =
  | { kind: 'credit'; player: string }
  | { kind: 'inbox'; suggest?: string[]; split?: string[] }
  | { kind: 'not-subs' }

export interface Labelled {
  tx: SimTransaction
  expect: Expect
  /** What a reader should notice about this one. */
  note: string
}

export const ORGANISER_ACCOUNT = 'acc_00009OrgAniSeR'

/** Someone who sends money from another bank (Faster Payments): their bank prints their name its way. */
export interface BankPayer {
  kind: 'bank'
  name: string
  sortCode: string
  accountNumber: string
}

/** Someone paying Monzo-to-Monzo: Monzo shows the name they chose, and a stable user id. */
export interface MonzoPayer {
  kind: 'monzo'
  name: string
  userId: string
}

export type Payer = BankPayer | MonzoPayer

export const bank = (name: string, sortCode: string, accountNumber: string): BankPayer => ({ kind: 'bank', name, sortCode, accountNumber })
export const monzo = (name: string, userId: string): MonzoPayer => ({ kind: 'monzo', name, userId })

export const credit = (player: string): Expect => ({ kind: 'credit', player })
export const inbox = (suggest?: string[], split?: string[]): Expect => ({ kind: 'inbox', suggest, split })
export const notSubs: Expect = { kind: 'not-subs' }

/** The first game of the season, a Wednesday; week n is n-1 weeks later. */
const SEASON_START = Date.UTC(2026, 7, 26, 18, 0, 0)
const DAY = 86_400_000

/** A time in week `week`, `day` days after the game, at `minute` minutes past 18:00 UTC. */
export function when(week: number, day = 0, minute = 20): string {
  return new Date(SEASON_START + ((week - 1) * 7 + day) * DAY + minute * 60_000).toISOString()
}

/** The price each week: £5, then £6 from week 7. */
export const priceOn = (week: number): number => (week >= 7 ? 600 : 500)

let seq = 0
const nextId = (tag: string) => `tx_0000Ev${tag}${(seq++).toString(36).padStart(5, '0')}`

export interface TxOptions {
  /** Still pending when first synced ("settled": ""). */
  pending?: boolean
  account?: string
  tag?: string
}

/** An incoming credit from a person: a Faster Payment or a Monzo-to-Monzo payment. */
export function payment(payer: Payer, created: string, amount: number, reference: string, o: TxOptions = {}): SimTransaction {
  const id = nextId(o.tag ?? 'p')
  const settled = o.pending ? '' : new Date(Date.parse(created) + 3_600_000).toISOString()
  const base = {
    id, account_id: o.account ?? ORGANISER_ACCOUNT, amount, currency: 'GBP', created, settled,
    category: 'transfers', is_load: false, merchant: null, originator: false, include_in_spending: false,
    local_amount: amount, local_currency: 'GBP',
  }
  if (payer.kind === 'monzo') {
    return {
      ...base, description: payer.name, notes: reference, scheme: 'p2p_payment', category: 'general',
      metadata: { p2p_initiator: 'p2p', p2p_transfer_id: `p2p_${id.slice(-8)}`, ...(reference ? { notes: reference } : {}) },
      counterparty: { name: payer.name, preferred_name: payer.name, user_id: payer.userId, account_id: `acc_${payer.userId.slice(5)}` },
      dedupe_id: `p2p-payment:${payer.userId}:${id}`,
    }
  }
  // A bank always sends some reference; with none typed it is the payer's own name (18 characters).
  const ref = reference || payer.name.toUpperCase().slice(0, 18)
  return {
    ...base, description: ref, notes: ref, scheme: 'payport_faster_payments',
    metadata: { faster_payment: 'true', fps_fpid: `FP${id.slice(-10)}`, notes: ref, trn: `TRN${id.slice(-8)}` },
    counterparty: { name: payer.name, sort_code: payer.sortCode, account_number: payer.accountNumber, user_id: `anonuser_${id.slice(-6)}` },
    dedupe_id: `com.monzo.fps:9200:FP${id.slice(-10)}:INBOUND`,
  }
}

const other = (created: string, amount: number, fields: Partial<SimTransaction>): SimTransaction => ({
  id: nextId('o'), account_id: ORGANISER_ACCOUNT, amount, currency: 'GBP', created,
  settled: new Date(Date.parse(created) + 3_600_000).toISOString(), description: '', notes: '', metadata: {},
  category: 'general', is_load: false, merchant: null, scheme: '', counterparty: {}, originator: false,
  include_in_spending: false, local_amount: amount, local_currency: 'GBP', ...fields,
})

/** The organiser's own banking: never a player's payment. */
export const theirOwn = {
  cardSpend: (created: string, amount: number, description: string) =>
    other(created, -amount, { description, merchant: `merch_0000${description.slice(0, 6).replace(/\W/g, '')}`, scheme: 'mastercard', category: 'eating_out', originator: true, include_in_spending: true }),
  cardRefund: (created: string, amount: number, description: string) =>
    other(created, amount, { description: `${description} REFUND`, merchant: `merch_0000${description.slice(0, 6).replace(/\W/g, '')}`, scheme: 'mastercard', category: 'shopping' }),
  topUp: (created: string, amount: number) => other(created, amount, { description: 'Top up', scheme: 'topup', is_load: true, category: 'mondo' }),
  potIn: (created: string, amount: number) =>
    other(created, amount, { description: 'pot_0000FootballPot', scheme: 'uk_retail_pot', category: 'transfers', metadata: { pot_id: 'pot_0000FootballPot' } }),
  potOut: (created: string, amount: number) =>
    other(created, -amount, { description: 'pot_0000FootballPot', scheme: 'uk_retail_pot', category: 'transfers', metadata: { pot_id: 'pot_0000FootballPot' } }),
  salary: (created: string, amount: number) =>
    other(created, amount, { description: 'ACME CONSULTING LTD SALARY', notes: 'SALARY', scheme: 'bacs', category: 'income', counterparty: { name: 'ACME CONSULTING LTD', sort_code: '309634', account_number: '00112233' } }),
  interest: (created: string, amount: number) =>
    other(created, amount, { description: 'Interest', scheme: 'monzo_interest', category: 'income', metadata: { interest_payout: 'true' } }),
  pitchBooking: (created: string, amount: number) =>
    other(created, -amount, { description: 'POWERLEAGUE BOOKING', notes: 'POWERLEAGUE BOOKING', scheme: 'payport_faster_payments', originator: true, counterparty: { name: 'POWERLEAGUE LTD', sort_code: '401160', account_number: '40001234' }, metadata: { faster_payment: 'true', notes: 'POWERLEAGUE BOOKING' } }),
  refundToPlayer: (created: string, amount: number, name: string) =>
    other(created, -amount, { description: name, notes: 'refund overpaid', scheme: 'p2p_payment', originator: true, counterparty: { name, user_id: 'user_0000SomeoneEls' } }),
  euros: (created: string, amount: number) =>
    other(created, amount, { description: 'M Keller', notes: 'Fussball', currency: 'EUR', local_currency: 'EUR', scheme: 'sepa', counterparty: { name: 'M Keller' }, metadata: { notes: 'Fussball' } }),
}

/** A payment Monzo declined as it arrived: never money received. */
export function declined(payer: MonzoPayer, created: string, amount: number, note: string): SimTransaction {
  return { ...payment(payer, created, amount, note, { tag: 'd' }), decline_reason: 'INSUFFICIENT_FUNDS', settled: '' }
}
