import { z } from 'zod'
import type { PayerIdentity } from '../../../shared/domain'
import type { IncomingPayment } from './incoming-payment'
import { transactionSchema, type MonzoTransaction } from '../monzo/schemas'

export type { MonzoTransaction }

export const FASTER_PAYMENT = 'payport_faster_payments'
export const MONZO_TO_MONZO = 'p2p_payment'

/**
 * Schemes by which a person sends money to another person. Anything else (card, pot, top-up,
 * interest, salary by Bacs…) is the organiser's own banking and is never stored (promise 9).
 */
const PERSON_TO_PERSON = new Set([FASTER_PAYMENT, MONZO_TO_MONZO])

/** A /transactions response body -> its transactions. Throws a readable Error when it isn't one. */
export function parseTransactionsBody(body: unknown): MonzoTransaction[] {
  const list = z.object({ transactions: z.array(z.unknown()) }).safeParse(body)
  if (!list.success) {
    throw new Error("This doesn't look like a Monzo transactions list: there is no 'transactions' array")
  }
  return list.data.transactions.map((raw, i) => {
    const tx = transactionSchema.safeParse(raw)
    if (!tx.success) {
      const issue = tx.error.issues[0]
      const where = issue?.path.join('.') || 'the transaction'
      throw new Error(`Transaction ${i + 1} in the list is not readable: ${where} ${issue?.message ?? ''}`.trim())
    }
    return tx.data
  })
}

function meta(tx: MonzoTransaction, key: string): string | undefined {
  const v = tx.metadata?.[key]
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** Why a transaction is not a payment a player could have made, or null when it could be subs. */
export function notSubsReason(tx: MonzoTransaction): string | null {
  if (tx.amount <= 0) return 'money out'
  if (tx.currency !== 'GBP') return `not in pounds (${tx.currency})`
  if (tx.decline_reason) return `declined (${tx.decline_reason})`
  if (tx.is_load) return 'a top-up'
  if (tx.scheme === 'uk_retail_pot' || meta(tx, 'pot_id')) return 'a pot transfer'
  if (tx.merchant) return 'a card refund or merchant credit'
  if (tx.originator) return 'sent by the organiser'
  if (!PERSON_TO_PERSON.has(tx.scheme ?? '')) return `not a bank transfer (${tx.scheme || 'no scheme'})`
  return null
}

export function isSubsCandidate(tx: MonzoTransaction): boolean {
  return notSubsReason(tx) === null
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim()
}

/** Joins the places a payer's reference can appear, once each (FPS repeats it in three fields). */
function joinDistinct(parts: Array<string | null | undefined>): string {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of parts) {
    const c = clean(part)
    const key = c.toLowerCase()
    if (c && !seen.has(key)) {
      seen.add(key)
      out.push(c)
    }
  }
  return out.join(' · ')
}

function identityOf(tx: MonzoTransaction): PayerIdentity | null {
  const cp = tx.counterparty
  const sortCode = (cp?.sort_code ?? '').replace(/\D/g, '')
  const accountNumber = (cp?.account_number ?? '').replace(/\D/g, '')
  if (sortCode && accountNumber) return { kind: 'bank', sortCode, accountNumber }
  // FPS senders get a per-sender "anonuser_" id that is not a Monzo account: never an identity.
  const userId = clean(cp?.user_id)
  if (tx.scheme === MONZO_TO_MONZO && userId && !userId.startsWith('anonuser_')) return { kind: 'monzo', userId }
  return null
}

function isoOrNull(s: string | null | undefined): string | null {
  if (!s) return null
  const ms = Date.parse(s)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** Keeps only what matching and the ledger need from a credit that passed isSubsCandidate. */
export function toIncomingPayment(tx: MonzoTransaction): IncomingPayment {
  const cp = tx.counterparty
  const p2p = tx.scheme === MONZO_TO_MONZO
  // Monzo-to-Monzo puts the sender's name in description; other banks' payments put their reference there.
  const payerName = p2p
    ? clean(tx.description) || clean(cp?.name) || clean(cp?.preferred_name)
    : clean(cp?.name) || clean(cp?.preferred_name)
  const reference = p2p
    ? joinDistinct([tx.notes, meta(tx, 'notes')])
    : joinDistinct([tx.notes, meta(tx, 'notes'), tx.description])
  return {
    id: tx.id,
    amountPence: tx.amount,
    createdAt: isoOrNull(tx.created) ?? tx.created,
    settledAt: isoOrNull(tx.settled),
    payerName,
    reference,
    identity: identityOf(tx),
    scheme: tx.scheme ?? '',
  }
}
