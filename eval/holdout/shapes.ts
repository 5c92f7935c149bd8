// Builders for the exact JSON Monzo sends (GET /transactions, as in ../shared/monzo-samples) and the
// Monzo app's CSV statement export. The corpus is written with these so every case has the real
// shape: where the payer's name sits, where their reference sits, what the organiser's annotation
// overwrites. Values are invented; shapes are not.
import { stringify } from 'csv-stringify/sync'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'

export const MAIN_ACCOUNT = 'acc_00009OrgAniSeR'
export const JOINT_ACCOUNT = 'acc_00009JoInTacc'

/** A payer as their bank presents them. */
export interface BankPayer { kind: 'bank'; name: string; sortCode: string; accountNumber: string }
export interface MonzoPayer { kind: 'monzo'; name: string; userId: string }
export type Payer = BankPayer | MonzoPayer

export const bank = (name: string, sortCode: string, accountNumber: string): BankPayer => ({ kind: 'bank', name, sortCode, accountNumber })
export const monzo = (name: string, userId: string): MonzoPayer => ({ kind: 'monzo', name, userId })

let seq = 0
const nextId = (prefix: string) => `tx_0000Hd${prefix}${(++seq).toString(36).padStart(6, '0')}`

interface Base {
  at: string
  /** Settled time; '' while pending. Defaults to a few hours after `at`. */
  settled?: string
  account?: string
  id?: string
}

function settledAfter(at: string, hours: number): string {
  return new Date(Date.parse(at) + hours * 3600_000).toISOString()
}

function base(b: Base, prefix: string, amount: number): Pick<SimTransaction, 'id' | 'account_id' | 'amount' | 'currency' | 'created' | 'settled' | 'local_amount' | 'local_currency'> {
  return {
    id: b.id ?? nextId(prefix),
    account_id: b.account ?? MAIN_ACCOUNT,
    amount,
    currency: 'GBP',
    created: b.at,
    settled: b.settled ?? settledAfter(b.at, 9),
    local_amount: amount,
    local_currency: 'GBP',
  }
}

/**
 * An incoming Faster Payment from another bank. `ref` is what the payer typed (banks cap it at 18
 * characters and many upper-case it); `annotation` is what the organiser later wrote over `notes`
 * in the Monzo app.
 */
export function fps(b: Base & { from: BankPayer; ref: string; amount: number; annotation?: string; category?: string }): SimTransaction {
  const ref = b.ref.slice(0, 18)
  const fpid = `FP${b.at.replace(/\D/g, '').slice(2, 14)}${String(++seq).padStart(6, '0')}`
  return {
    ...base(b, 'fps', b.amount),
    description: ref,
    notes: b.annotation ?? ref,
    metadata: { faster_payment: 'true', fps_fpid: fpid, notes: ref, trn: `TRN${fpid.slice(2, 14)}` },
    category: b.category ?? 'income',
    is_load: false,
    merchant: null,
    scheme: 'payport_faster_payments',
    counterparty: { name: b.from.name, sort_code: b.from.sortCode, account_number: b.from.accountNumber, user_id: `anonuser_${fpid.slice(-8)}` },
    dedupe_id: `com.monzo.fps:9200:${fpid}:INBOUND`,
    originator: false,
    include_in_spending: false,
  }
}

/** An incoming Monzo-to-Monzo payment: `description` is the sender's name, their message is in notes. */
export function p2p(b: Base & { from: MonzoPayer; note: string; amount: number; annotation?: string; declineReason?: string }): SimTransaction {
  const acct = `acc_${b.from.userId.slice(5)}`
  const tid = `p2p_0000${(++seq).toString(36).padStart(8, '0')}`
  const tx: SimTransaction = {
    ...base({ ...b, settled: b.settled ?? b.at }, 'p2p', b.amount),
    description: b.from.name,
    notes: b.annotation ?? b.note,
    metadata: { p2p_initiator: 'p2p', p2p_transfer_id: tid, ...(b.note ? { notes: b.note } : {}) },
    category: 'general',
    is_load: false,
    merchant: null,
    scheme: 'p2p_payment',
    counterparty: { name: b.from.name, preferred_name: b.from.name, user_id: b.from.userId, account_id: acct },
    dedupe_id: `p2p-payment:${acct}:${MAIN_ACCOUNT}:${tid.slice(-6)}`,
    originator: false,
    include_in_spending: false,
  }
  if (b.declineReason) {
    tx.decline_reason = b.declineReason
    tx.settled = ''
  }
  return tx
}

/** A BACS credit: salaries, expenses, HMRC. */
export function bacs(b: Base & { from: BankPayer; ref: string; amount: number; merchant?: string; payday?: boolean }): SimTransaction {
  return {
    ...base(b, 'bac', b.amount),
    description: b.ref,
    notes: '',
    metadata: { bacs_payment_id: `bacspayment_${(++seq).toString(36)}`, bacs_record_id: `bacsrecord_${seq.toString(36)}`, ...(b.payday ? { payday: 'true' } : {}) },
    category: 'income',
    is_load: false,
    merchant: b.merchant ?? null,
    scheme: 'bacs',
    counterparty: { name: b.from.name, sort_code: b.from.sortCode, account_number: b.from.accountNumber },
    originator: false,
    include_in_spending: false,
  }
}

/** A card spend (negative) or a card refund (positive): a merchant is set. */
export function card(b: Base & { merchant: string; description: string; amount: number; category?: string }): SimTransaction {
  return {
    ...base(b, 'crd', b.amount),
    description: b.description,
    notes: '',
    metadata: { mcc: '7941', mastercard_lifecycle_id: `mclc_${(++seq).toString(36)}` },
    category: b.category ?? 'entertainment',
    is_load: false,
    merchant: b.merchant,
    scheme: 'mastercard',
    counterparty: {},
    originator: b.amount < 0,
    include_in_spending: true,
  }
}

/** Money moved out of (positive) or into (negative) one of the organiser's pots. */
export function pot(b: Base & { potId: string; amount: number }): SimTransaction {
  return {
    ...base({ ...b, settled: b.settled ?? b.at }, 'pot', b.amount),
    description: b.potId,
    notes: '',
    metadata: { pot_id: b.potId, pot_account_id: `acc_${b.potId.slice(4)}`, trigger: 'user' },
    category: 'transfers',
    is_load: false,
    merchant: null,
    scheme: 'uk_retail_pot',
    counterparty: {},
    originator: false,
    include_in_spending: false,
  }
}

export function topup(b: Base & { amount: number }): SimTransaction {
  return {
    ...base({ ...b, settled: b.settled ?? b.at }, 'top', b.amount),
    description: 'Top up',
    notes: '',
    metadata: {},
    category: 'mondo',
    is_load: true,
    merchant: null,
    scheme: 'topup',
    counterparty: {},
    originator: false,
    include_in_spending: false,
  }
}

/** Monthly interest or a cashback reward from Monzo itself: no counterparty. */
export function fromMonzo(b: Base & { kind: 'interest' | 'cashback'; amount: number }): SimTransaction {
  return {
    ...base(b, b.kind === 'interest' ? 'int' : 'cbk', b.amount),
    description: b.kind === 'interest' ? 'Interest' : 'Cashback',
    notes: '',
    metadata: b.kind === 'interest' ? { interest_payout_id: `intpay_${(++seq).toString(36)}` } : { reward_id: `rew_${(++seq).toString(36)}` },
    category: b.kind === 'interest' ? 'income' : 'general',
    is_load: false,
    merchant: null,
    scheme: b.kind === 'interest' ? 'account_interest' : 'monzo_rewards',
    counterparty: {},
    originator: false,
    include_in_spending: false,
  }
}

/** The organiser paying someone by bank transfer (negative). */
export function outgoing(b: Base & { to: BankPayer; ref: string; amount: number }): SimTransaction {
  return {
    ...base({ ...b, settled: b.settled ?? b.at }, 'out', -Math.abs(b.amount)),
    description: b.ref,
    notes: b.ref,
    metadata: { faster_payment: 'true', notes: b.ref },
    category: 'transfers',
    is_load: false,
    merchant: null,
    scheme: 'payport_faster_payments',
    counterparty: { name: b.to.name, sort_code: b.to.sortCode, account_number: b.to.accountNumber },
    originator: true,
    include_in_spending: true,
  }
}

/** A credit in another currency (as in monzo-samples). */
export function foreign(b: Base & { from: string; note: string; amount: number; currency: string }): SimTransaction {
  return {
    ...base(b, 'fx', b.amount),
    currency: b.currency,
    local_currency: b.currency,
    description: b.from,
    notes: b.note,
    metadata: { notes: b.note },
    category: 'transfers',
    is_load: false,
    merchant: null,
    scheme: 'sepa',
    counterparty: { name: b.from },
    originator: false,
    include_in_spending: false,
  }
}

// ---- The Monzo app's CSV statement export ----

export const CSV_HEADER = [
  'Transaction ID', 'Date', 'Time', 'Type', 'Name', 'Emoji', 'Category', 'Amount', 'Currency', 'Local amount', 'Local currency',
  'Notes and #tags', 'Address', 'Receipt', 'Description', 'Category split', 'Money Out', 'Money In',
]

const TYPE: Record<string, string> = {
  payport_faster_payments: 'Faster payment',
  p2p_payment: 'Monzo-to-Monzo',
  mastercard: 'Card payment',
  uk_retail_pot: 'Pot transfer',
  bacs: 'Bacs (Direct Credit)',
  account_interest: 'Account interest',
  monzo_rewards: 'Monzo Rewards',
  topup: 'Top up',
  sepa: 'Faster payment',
}

/** Names the app shows for merchants and pots (the API gives ids). */
export const DISPLAY_NAMES: Record<string, { name: string; emoji?: string; address?: string }> = {
  merch_0000Powerleague: { name: 'Powerleague', emoji: '⚽', address: 'Shoreditch' },
  merch_0000Tesco: { name: 'Tesco', emoji: '🍏', address: '2041 London' },
  merch_0000Amazon: { name: 'Amazon', emoji: '📦', address: '' },
  pot_0000FootballPot: { name: 'Football Pot' },
  pot_0000HolidayPot: { name: 'Holiday Pot' },
}

const pounds = (pence: number) => (pence / 100).toFixed(2)
const titleCase = (s: string) => (s ? s[0].toUpperCase() + s.slice(1).replace(/_/g, ' ') : s)

function londonParts(iso: string): { date: string; time: string } {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  })
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]))
  return { date: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}:${p.second}` }
}

/** One statement row, as the Monzo app exports it. Declined transactions are not exported. */
export function csvRow(tx: SimTransaction): string[] {
  const { date, time } = londonParts(tx.created)
  const merchant = typeof tx.merchant === 'string' ? DISPLAY_NAMES[tx.merchant] : undefined
  const potName = tx.scheme === 'uk_retail_pot' ? DISPLAY_NAMES[tx.description]?.name : undefined
  const name =
    tx.scheme === 'mastercard' ? (merchant?.name ?? tx.description)
    : potName ?? (tx.counterparty?.name ?? (tx.scheme === 'account_interest' || tx.scheme === 'monzo_rewards' ? 'Monzo' : ''))
  const description = tx.scheme === 'uk_retail_pot' ? (potName ?? tx.description) : tx.description
  return [
    tx.id, date, time, TYPE[tx.scheme] ?? tx.scheme, name, merchant?.emoji ?? '', titleCase(tx.category), pounds(tx.amount), tx.currency,
    pounds(tx.local_amount ?? tx.amount), tx.local_currency ?? tx.currency, tx.notes, merchant?.address ?? '', '', description, '',
    tx.amount < 0 ? pounds(tx.amount) : '', tx.amount > 0 ? pounds(tx.amount) : '',
  ]
}

export function statementCsv(txs: readonly SimTransaction[], opts: { bom?: boolean; crlf?: boolean; trailingBlankLine?: boolean } = {}): string {
  const rows = txs.filter((t) => !t.decline_reason).map(csvRow)
  let text = stringify([CSV_HEADER, ...rows], { record_delimiter: opts.crlf ? 'windows' : 'unix' })
  if (opts.trailingBlankLine) text += opts.crlf ? '\r\n' : '\n'
  return (opts.bom ? '\uFEFF' : '') + text
}
