import { z } from 'zod'
import type { PayerIdentity } from '../../../shared/domain'
import type { IncomingPayment } from './incoming-payment'
import { transactionSchema, type MonzoTransaction } from '../monzo/schemas'
import { FASTER_PAYMENT, MONZO_TO_MONZO, isPersonToPerson, notSubsReason } from './whose-credit'

export type { MonzoTransaction }
export { FASTER_PAYMENT, MONZO_TO_MONZO, notSubsReason }

export type ReadResult = { ok: true; tx: MonzoTransaction } | { ok: false; reason: string }

function describeValue(v: unknown): string {
  if (v === undefined) return 'missing'
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v)
  if (Array.isArray(v)) return 'a list'
  if (v !== null && typeof v === 'object') return 'an object'
  return String(v)
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
}

/** Fields every transaction must have; the others may be missing or null. */
const REQUIRED = new Set(['id', 'amount', 'currency', 'created'])

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined
  return v
}

/** One transaction as Monzo sent it -> the transaction, or why Subs can't read it (in words). */
export function readTransaction(raw: unknown): ReadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: `it is ${describeValue(raw)}, not a transaction` }
  const parsed = transactionSchema.safeParse(raw)
  if (parsed.success) return { ok: true, tx: parsed.data }
  const issues = parsed.error.issues
  const first = issues[0]!
  const where = first.path.map(String).join('.') || 'the transaction'
  const value = describeValue(valueAt(raw, first.path))
  const expected = first.code === 'invalid_type' ? EXPECTED[String(first.expected)] : undefined
  const optional = !REQUIRED.has(String(first.path[0])) && first.path[0] !== 'metadata'
  const what = expected ? `${where} is ${value} (expected ${expected}${optional ? ' or nothing' : ''})` : `${where} is ${value}: ${first.message}`
  return { ok: false, reason: issues.length > 1 ? `${what}, and ${issues.length - 1} more` : what }
}

/**
 * A /transactions response body -> its readable transactions. Throws a readable Error when the
 * body isn't a transactions list at all; single unreadable transactions are the caller's to set aside.
 */
export function parseTransactionsBody(body: unknown): MonzoTransaction[] {
  const list = z.object({ transactions: z.array(z.unknown()) }).safeParse(body)
  if (!list.success) {
    throw new Error("This doesn't look like a Monzo transactions list: there is no 'transactions' array")
  }
  return list.data.transactions.flatMap((raw) => {
    const r = readTransaction(raw)
    return r.ok ? [r.tx] : []
  })
}

/** A Faster Payment or Monzo-to-Monzo credit from someone else: a payment a player could have made. */
export function isSubsCandidate(tx: MonzoTransaction): boolean {
  return notSubsReason(tx) === null && isPersonToPerson(tx.scheme)
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim()
}

function meta(tx: MonzoTransaction, key: string): string {
  const v = tx.metadata?.[key]
  return typeof v === 'string' ? clean(v) : ''
}

/** Joins the places a payer's reference can appear, once each (FPS repeats it). */
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

/**
 * Where the payer's own words are (issue 11): a bank transfer's reference sits in metadata.notes
 * and description, which the account holder can't edit; top-level notes starts as the same text but
 * the account holder can overwrite it in the Monzo app. A Monzo-to-Monzo description is the sender's
 * name, so their message is metadata.notes or, when a record has none, notes as first seen.
 */
function payerReference(tx: MonzoTransaction): { reference: string; fromNotes: boolean } {
  if (tx.scheme === MONZO_TO_MONZO) {
    const written = meta(tx, 'notes')
    return written ? { reference: written, fromNotes: false } : { reference: clean(tx.notes), fromNotes: true }
  }
  return { reference: joinDistinct([meta(tx, 'notes'), tx.description]), fromNotes: false }
}

/** Keeps only what matching and the ledger need from a credit (promise 9). */
export function toIncomingPayment(tx: MonzoTransaction): IncomingPayment {
  const cp = tx.counterparty
  const p2p = tx.scheme === MONZO_TO_MONZO
  // Monzo-to-Monzo puts the sender's name in description; other banks' payments put their reference there.
  const payerName = p2p
    ? clean(tx.description) || clean(cp?.name) || clean(cp?.preferred_name)
    : clean(cp?.name) || clean(cp?.preferred_name)
  return {
    id: tx.id,
    amountPence: tx.amount,
    createdAt: isoOrNull(tx.created) ?? tx.created,
    settledAt: isoOrNull(tx.settled),
    payerName,
    reference: payerReference(tx).reference,
    identity: identityOf(tx),
    scheme: tx.scheme ?? '',
  }
}

/** A credit as read now, with what sync needs to tell the payer's words from the organiser's note. */
export interface ReadCredit {
  incoming: IncomingPayment
  /** Top-level notes as Monzo reports them now (may be the organiser's annotation). */
  notes: string
  /** The payer's reference could only be taken from notes (Monzo-to-Monzo without metadata.notes). */
  referenceFromNotes: boolean
}

export function readCredit(tx: MonzoTransaction): ReadCredit {
  return { incoming: toIncomingPayment(tx), notes: (tx.notes ?? '').trim(), referenceFromNotes: payerReference(tx).fromNotes }
}

const same = (a: string, b: string) => clean(a).toLowerCase() === clean(b).toLowerCase()

/**
 * The payer's reference to keep and the organiser's annotation to show. What the payer wrote first
 * stands: when the reference could only come from notes, a later notes is the account holder's
 * annotation, not a new reference, so it never re-matches the payment.
 */
export function referenceAndAnnotation(c: ReadCredit, stored: { reference: string } | null): { reference: string; annotation: string | null } {
  const reference = c.referenceFromNotes && stored ? stored.reference : c.incoming.reference
  const notes = c.notes.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim()
  if (!clean(notes)) return { reference, annotation: null }
  const payerParts = reference.split(' · ')
  const annotation = same(notes, reference) || payerParts.some((p) => same(notes, p)) ? null : notes.slice(0, 500)
  return { reference, annotation }
}
