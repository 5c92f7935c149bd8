// Deterministic transaction histories: player payments (Faster Payments, Monzo-to-Monzo and the odd
// Bacs standing order, shaped like monzo-samples/transactions.json) mixed with everything that is NOT
// a player payment, so matching and filtering are exercised on realistic data.
//
// Real records vary more than the samples (issue 12), and every history carries those variants:
// `created` with 0 to 3 fractional digits; extra fields (attachments, categories, labels, fees,
// atm_fees_detailed, amount_is_pending, dedupe_id…); older records without account_id, updated or
// originator; merchant as an id, an expanded object or null; counterparty {}, absent, or
// {number, user_id}; settled "" while pending, card spends and top-ups included; local_currency other
// than GBP on card spends abroad; an empty description on a Monzo-to-Monzo payment; notes with a
// newline; and the organiser's own note overwriting a Faster Payment's top-level notes.
import { bankDetails } from './players'
import { type Rng, createRng } from './prng'
import type { SimPlayer, SimTransaction, SimTransactionBody } from './types'

export interface GenerateOptions {
  players: readonly SimPlayer[]
  count: number
  /** How many of `count` are incoming player payments. */
  paymentCount: number
  /** First transaction time (ISO string or epoch ms). */
  start: string | number
  /** Last transaction time; defaults to start + count × 3 hours. */
  end?: string | number
  seed?: number
  accountId?: string
  /** How many of the newest transactions are still pending (settled ""). */
  pendingTail?: number
}

export const DEFAULT_ACCOUNT_ID = 'acc_00009OrgAniSeR'

const DAY = 86_400_000
/** Card spends and top-ups this recent are still pending, as at Monzo (cards settle a day or two later). */
const CARD_SETTLES_MS = 2 * DAY

const FREE_TEXT = ['FOOTY WED', 'football', '5 a side', 'subs', 'footy x2', 'wednesday football', 'pitch money']
/** What an organiser types over a payment's notes in the Monzo app. */
const ANNOTATIONS = ['Paid for Dave too', 'Late, chased on WhatsApp', 'Covers two weeks', 'Sorted at the pitch']
const MERCHANTS = [
  ['merch_0000Tesco', 'TESCO STORES 2041 LONDON GBR', 'groceries', 'Tesco', '🛒'],
  ['merch_0000Pret', 'PRET A MANGER LONDON GBR', 'eating_out', 'Pret A Manger', '🥪'],
  ['merch_0000Tfl', 'TFL TRAVEL CH TFL.GOV.UK/CP GBR', 'transport', 'Transport for London', '🚇'],
  ['merch_0000Powerleague', 'POWERLEAGUE SHOREDITCH LONDON GBR', 'entertainment', 'Powerleague', '⚽'],
  ['merch_0000Amazon', 'AMAZON.CO.UK*AB12CD34E LONDON GBR', 'shopping', 'Amazon', '📦'],
] as const

const toMs = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t))

/** Monzo writes created times with 0 to 3 fractional digits ("…:18Z", "…:18.1Z", "…:18.482Z"). */
export function withFractionDigits(ms: number, digits: number): string {
  const iso = new Date(ms).toISOString()
  return digits >= 3 ? iso : `${iso.slice(0, digits === 0 ? 19 : 20 + digits)}Z`
}

export function generateTransactions(o: GenerateOptions): SimTransaction[] {
  const rng = createRng(o.seed ?? 1)
  const accountId = o.accountId ?? DEFAULT_ACCOUNT_ID
  const start = toMs(o.start)
  const end = o.end === undefined ? start + o.count * 3 * 3600_000 : toMs(o.end)
  const step = o.count > 1 ? (end - start) / (o.count - 1) : 0
  const tag = (o.seed ?? 1).toString(36).padStart(4, '0').slice(-4)
  const pendingFrom = o.count - (o.pendingTail ?? 0)
  const out: SimTransaction[] = []
  for (let i = 0; i < o.count; i++) {
    const id = `tx_0000${tag}${i.toString(36).padStart(8, '0')}`
    // Jitter stays inside the step so created times remain in order, and never past `end` (Monzo
    // doesn't list transactions from the future).
    const createdMs = Math.min(end, Math.round(start + i * step + rng.next() * step * 0.5))
    const settledAt = new Date(createdMs + rng.int(0, 20) * 3600_000).toISOString()
    // Payments are spread evenly so the exact paymentCount is hit whatever the seed.
    const isPayment = Math.floor(((i + 1) * o.paymentCount) / o.count) > Math.floor((i * o.paymentCount) / o.count)
    const body = isPayment && o.players.length ? playerPayment(rng, o.players, i) : other(rng, o.players, i)
    const cardOrTopUp = body.scheme === 'mastercard' || body.scheme === 'topup'
    const pending = i >= pendingFrom || (cardOrTopUp && end - createdMs < CARD_SETTLES_MS)
    const tx: SimTransaction = { ...body, id, account_id: accountId, created: withFractionDigits(createdMs, i % 4), settled: pending ? '' : settledAt }
    // Some of the oldest records are from before Monzo added account_id, updated and originator.
    if (accountId === DEFAULT_ACCOUNT_ID && i % 7 === 3 && i < o.count / 4) {
      delete tx.account_id
      delete tx.originator
      tx.account_balance = rng.int(0, 200_000)
    } else {
      Object.assign(tx, modernExtras(rng, body, createdMs, pending))
    }
    out.push(tx)
  }
  return out
}

/** Fields today's records carry that Subs never reads. */
function modernExtras(rng: Rng, b: SimTransactionBody, createdMs: number, pending: boolean): Record<string, unknown> {
  const card = b.scheme === 'mastercard'
  return {
    updated: new Date(createdMs + rng.int(50, 900)).toISOString(),
    user_id: '',
    fees: {},
    labels: null,
    attachments: card && rng.chance(0.1) ? [{ id: `attach_${rng.int(1e6, 9e6)}`, type: 'image/jpeg', url: 'https://example.invalid/receipt.jpg' }] : null,
    international: null,
    categories: { [b.category]: b.amount },
    atm_fees_detailed: null,
    amount_is_pending: pending && card,
    can_be_excluded_from_breakdown: b.amount < 0,
    can_be_made_subscription: card,
    can_split_the_bill: b.amount < 0,
    can_add_to_tab: false,
    can_match_transactions_in_categorization: card,
    parent_account_id: '',
  }
}

function common(amount: number, extra: Partial<SimTransactionBody>): SimTransactionBody {
  return {
    amount, currency: 'GBP', description: '', notes: '', metadata: {}, category: 'general', is_load: false,
    merchant: null, scheme: '', counterparty: {}, originator: false, include_in_spending: false,
    local_amount: amount, local_currency: 'GBP', ...extra,
  }
}

function playerPayment(rng: Rng, players: readonly SimPlayer[], i: number): SimTransactionBody {
  const p = rng.pick(players)
  const amount = rng.chance(0.85) ? 500 : rng.pick([1000, 1500, 450])
  const roll = rng.next()
  const note = roll < 0.6 && p.reference ? p.reference : roll < 0.85 ? rng.pick(FREE_TEXT) : ''
  const shown = p.bankName ?? p.name
  if (p.monzoUserId) {
    const acct = `acc_${p.monzoUserId.slice(5)}`
    // A message typed over two lines keeps its newline.
    const message = note && i % 5 === 3 ? `${note}\ncheers` : note
    const counterparty: Record<string, string> =
      i % 5 === 1
        ? { number: `+4477009${String(i % 100000).padStart(5, '0')}`, user_id: p.monzoUserId } // older records: no name
        : { name: shown, preferred_name: shown, user_id: p.monzoUserId, account_id: acct }
    return common(amount, {
      // Some Monzo-to-Monzo payments arrive with an empty description: the name is only in counterparty.
      description: i % 5 === 2 ? '' : shown, notes: message, category: 'general', scheme: 'p2p_payment',
      metadata: { p2p_initiator: 'p2p', p2p_transfer_id: `p2p_${i.toString(36)}`, ...(message ? { notes: message } : {}) },
      counterparty,
      dedupe_id: `p2p-payment:${acct}:${i.toString(36)}`,
    })
  }
  const bank = p.sortCode && p.accountNumber ? { sortCode: p.sortCode, accountNumber: p.accountNumber } : bankDetails(p.name)
  // A bank always sends some reference; with none typed, it is usually the payer's name.
  const reference = note || shown.toUpperCase().slice(0, 18)
  if (i % 11 === 6) {
    // A standing order set up at the player's bank arrives by Bacs, a day late and without metadata.notes.
    return common(amount, {
      description: reference, notes: reference, category: 'transfers', scheme: 'bacs',
      metadata: { bacs_payment_id: `bacspayment_${i.toString(36)}`, bacs_record_id: `bacsrecord_${i.toString(36)}` },
      counterparty: { name: shown.toUpperCase().slice(0, 18), sort_code: bank.sortCode, account_number: bank.accountNumber },
    })
  }
  const fpid = `FP${String(i).padStart(16, '0')}`
  return common(amount, {
    description: reference,
    // The organiser annotated some in the Monzo app, overwriting notes; the payer's words stay in description and metadata.notes.
    notes: i % 13 === 5 ? rng.pick(ANNOTATIONS) : reference,
    category: rng.pick(['income', 'transfers']), scheme: 'payport_faster_payments',
    metadata: { faster_payment: 'true', fps_fpid: fpid, notes: reference, trn: `TRN${String(i).padStart(10, '0')}` },
    counterparty: { name: shown, sort_code: bank.sortCode, account_number: bank.accountNumber },
    dedupe_id: `com.monzo.fps:9200:${fpid}:INBOUND`,
  })
}

function cardSpend(rng: Rng, i: number): SimTransactionBody {
  const [merchant, description, category, name, emoji] = rng.pick(MERCHANTS)
  const amount = -rng.int(150, 6000)
  const abroad = i % 5 === 0
  return common(amount, {
    description, category, scheme: 'mastercard', originator: true, include_in_spending: true,
    // With expand[]=merchant a client gets the whole merchant; without, its id.
    merchant: i % 3 === 0 ? { id: merchant, group_id: `grp_${merchant.slice(6)}`, name, category, emoji, logo: '', online: false, atm: false, address: { city: 'London', country: 'GBR' } } : merchant,
    metadata: { mcc: '5814', mastercard_lifecycle_id: `lc_${i.toString(36)}` },
    ...(abroad ? { local_amount: Math.round(amount * 1.17), local_currency: 'EUR' } : {}),
  })
}

function other(rng: Rng, players: readonly SimPlayer[], i: number): SimTransactionBody {
  const r = rng.next()
  if (r < 0.5) return cardSpend(rng, i)
  if (r < 0.58) {
    const topUp = common(rng.pick([1000, 2000, 5000]), { description: 'Top up', category: 'mondo', scheme: 'topup', is_load: true })
    delete topUp.counterparty
    return topUp
  }
  if (r < 0.68) {
    const pot = 'pot_0000FootballPot'
    return common(rng.chance(0.5) ? 4500 : -4500, { description: pot, category: 'transfers', scheme: 'uk_retail_pot', metadata: { pot_id: pot } })
  }
  if (r < 0.75) {
    const [merchant, description, category] = rng.pick(MERCHANTS)
    return common(rng.int(100, 3000), { description: `${description} REFUND`, merchant, category, scheme: 'mastercard', include_in_spending: true })
  }
  if (r < 0.82) {
    const p = players.length ? rng.pick(players) : { name: 'Someone Else', monzoUserId: 'user_0000Someone' }
    const shown = p.bankName ?? p.name
    return common(500, {
      description: shown, scheme: 'p2p_payment', metadata: { p2p_initiator: 'p2p' },
      counterparty: { name: shown, user_id: p.monzoUserId ?? 'anonuser_declined' }, decline_reason: 'OTHER',
    })
  }
  if (r < 0.85) {
    return common(rng.int(500, 2000), {
      description: 'M Keller', notes: 'Fussball', metadata: { notes: 'Fussball' }, currency: 'EUR', local_currency: 'EUR',
      category: 'transfers', scheme: 'sepa', counterparty: { name: 'M Keller' },
    })
  }
  if (r < 0.88) {
    // Salary by Bacs: an employer Monzo knows carries a merchant, and payday is flagged.
    return common(250_000, {
      description: 'ACME WIDGETS PAYROLL', category: 'income', scheme: 'bacs', merchant: 'merch_0000AcmeWidgets',
      metadata: { payday: 'true', bacs_payment_id: `bacspayment_s${i.toString(36)}` },
      counterparty: { name: 'ACME WIDGETS LTD', sort_code: '401016', account_number: '01533886' },
    })
  }
  if (r < 0.91) {
    const interest = common(rng.int(20, 400), { description: 'Interest', category: 'income', scheme: 'account_interest' })
    delete interest.counterparty
    return interest
  }
  if (r < 0.93) {
    // Someone else's money by CHAPS (a deposit returned): a person's credit that is nobody's subs.
    return common(rng.pick([50_000, 120_000]), {
      description: 'DEPOSIT RETURN 22 ELM RD', notes: 'DEPOSIT RETURN 22 ELM RD', category: 'income', scheme: 'chaps',
      counterparty: { name: 'KESTREL LETTINGS LTD', sort_code: '600011', account_number: '77665544' },
    })
  }
  if (r < 0.95) {
    // From the organiser's own joint account: Monzo marks transfers between your own accounts "internal".
    return common(rng.pick([2000, 4500]), {
      description: 'Alex Organiser & Robin Organiser', scheme: 'p2p_payment', category: 'transfers',
      metadata: { p2p_initiator: 'internal', p2p_transfer_id: `p2p_int${i.toString(36)}` },
      counterparty: { name: 'Alex Organiser & Robin Organiser', user_id: 'anonuser_0000JoInT', account_id: 'acc_00009JoInTacc' },
    })
  }
  // An outgoing bank transfer (paying the pitch, say): negative, so never a player payment.
  return common(-4500, {
    description: 'POWERLEAGUE BOOKING', notes: 'POWERLEAGUE BOOKING', scheme: 'payport_faster_payments', originator: true,
    metadata: { faster_payment: 'true', notes: 'POWERLEAGUE BOOKING' }, category: 'transfers',
    counterparty: { name: 'POWERLEAGUE LTD', sort_code: '401160', account_number: `${40000000 + i}` },
  })
}
