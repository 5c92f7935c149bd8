// Deterministic transaction histories: player payments (Faster Payments and Monzo-to-Monzo,
// shaped exactly like monzo-samples/transactions.json) mixed with everything that is NOT a
// player payment, so matching and filtering are exercised on realistic data.
import { bankDetails } from './players'
import { type Rng, createRng } from './prng'
import type { SimPlayer, SimTransaction } from './types'

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

const FREE_TEXT = ['FOOTY WED', 'football', '5 a side', 'subs', 'footy x2', 'wednesday football', 'pitch money']
const MERCHANTS = [
  ['merch_0000Tesco', 'TESCO STORES 2041 LONDON GBR', 'groceries'],
  ['merch_0000Pret', 'PRET A MANGER LONDON GBR', 'eating_out'],
  ['merch_0000Tfl', 'TFL TRAVEL CH TFL.GOV.UK/CP GBR', 'transport'],
  ['merch_0000Powerleague', 'POWERLEAGUE SHOREDITCH LONDON GBR', 'entertainment'],
  ['merch_0000Amazon', 'AMAZON.CO.UK*AB12CD34E LONDON GBR', 'shopping'],
] as const

const toMs = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t))

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
    // Jitter stays inside the step so created times remain strictly increasing.
    const createdMs = Math.round(start + i * step + rng.next() * step * 0.5)
    const created = new Date(createdMs).toISOString()
    const settledAt = new Date(createdMs + rng.int(0, 20) * 3600_000).toISOString()
    const base = { id, account_id: accountId, created, settled: i >= pendingFrom ? '' : settledAt }
    // Payments are spread evenly so the exact paymentCount is hit whatever the seed.
    const isPayment = Math.floor(((i + 1) * o.paymentCount) / o.count) > Math.floor((i * o.paymentCount) / o.count)
    const tx = isPayment && o.players.length ? playerPayment(rng, o.players, i) : other(rng, o.players, i)
    out.push({ ...tx, ...base })
  }
  return out
}

type Body = Omit<SimTransaction, 'id' | 'account_id' | 'created' | 'settled'>

function common(amount: number, extra: Partial<Body>): Body {
  return {
    amount, currency: 'GBP', description: '', notes: '', metadata: {}, category: 'general', is_load: false,
    merchant: null, scheme: '', counterparty: {}, originator: false, include_in_spending: false,
    local_amount: amount, local_currency: 'GBP', ...extra,
  }
}

function playerPayment(rng: Rng, players: readonly SimPlayer[], i: number): Body {
  const p = rng.pick(players)
  const amount = rng.chance(0.85) ? 500 : rng.pick([1000, 1500, 450])
  const roll = rng.next()
  const note = roll < 0.6 && p.reference ? p.reference : roll < 0.85 ? rng.pick(FREE_TEXT) : ''
  const shown = p.bankName ?? p.name
  if (p.monzoUserId) {
    const acct = `acc_${p.monzoUserId.slice(5)}`
    return common(amount, {
      description: shown, notes: note, category: 'general', scheme: 'p2p_payment',
      metadata: { p2p_initiator: 'p2p', p2p_transfer_id: `p2p_${i.toString(36)}`, ...(note ? { notes: note } : {}) },
      counterparty: { name: shown, preferred_name: shown, user_id: p.monzoUserId, account_id: acct },
      dedupe_id: `p2p-payment:${acct}:${i.toString(36)}`,
    })
  }
  const bank = p.sortCode && p.accountNumber ? { sortCode: p.sortCode, accountNumber: p.accountNumber } : bankDetails(p.name)
  const fpid = `FP${String(i).padStart(16, '0')}`
  // A bank always sends some reference; with none typed, it is usually the payer's name.
  const reference = note || shown.toUpperCase().slice(0, 18)
  return common(amount, {
    description: reference, notes: reference, category: rng.pick(['income', 'transfers']), scheme: 'payport_faster_payments',
    metadata: { faster_payment: 'true', fps_fpid: fpid, notes: reference, trn: `TRN${String(i).padStart(10, '0')}` },
    counterparty: { name: shown, sort_code: bank.sortCode, account_number: bank.accountNumber },
    dedupe_id: `com.monzo.fps:9200:${fpid}:INBOUND`,
  })
}

function other(rng: Rng, players: readonly SimPlayer[], i: number): Body {
  const r = rng.next()
  if (r < 0.55) {
    const [merchant, description, category] = rng.pick(MERCHANTS)
    const amount = -rng.int(150, 6000)
    return common(amount, { description, merchant, category, scheme: 'mastercard', originator: true, include_in_spending: true })
  }
  if (r < 0.65) return common(rng.pick([1000, 2000, 5000]), { description: 'Top up', category: 'mondo', scheme: 'topup', is_load: true })
  if (r < 0.77) {
    const pot = 'pot_0000FootballPot'
    return common(rng.chance(0.5) ? 4500 : -4500, { description: pot, category: 'transfers', scheme: 'uk_retail_pot', metadata: { pot_id: pot } })
  }
  if (r < 0.85) {
    const [merchant, description, category] = rng.pick(MERCHANTS)
    return common(rng.int(100, 3000), { description: `${description} REFUND`, merchant, category, scheme: 'mastercard', include_in_spending: true })
  }
  if (r < 0.93) {
    const p = players.length ? rng.pick(players) : { name: 'Someone Else', monzoUserId: 'user_0000Someone' }
    const shown = p.bankName ?? p.name
    return common(500, {
      description: shown, scheme: 'p2p_payment', metadata: { p2p_initiator: 'p2p' },
      counterparty: { name: shown, user_id: p.monzoUserId ?? 'anonuser_declined' }, decline_reason: 'OTHER',
    })
  }
  if (r < 0.97) {
    return common(rng.int(500, 2000), {
      description: 'M Keller', notes: 'Fussball', metadata: { notes: 'Fussball' }, currency: 'EUR', local_currency: 'EUR',
      category: 'transfers', scheme: 'sepa', counterparty: { name: 'M Keller' },
    })
  }
  // An outgoing bank transfer (paying the pitch, say): negative, so never a player payment.
  return common(-4500, {
    description: 'POWERLEAGUE BOOKING', notes: 'POWERLEAGUE BOOKING', scheme: 'payport_faster_payments', originator: true,
    metadata: { faster_payment: 'true', notes: 'POWERLEAGUE BOOKING' }, category: 'transfers',
    counterparty: { name: 'POWERLEAGUE LTD', sort_code: '401160', account_number: `${40000000 + i}` },
  })
}
