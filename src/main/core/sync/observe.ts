// One transaction, as the bank reports it now, judged on its own: a person's credit, a credit by
// another scheme that is kept only if it fits a player, the organiser's own banking, or one Subs
// couldn't read. Sync and import both go through here, so they sort transactions the same way.
import { readCredit, readTransaction, type MonzoTransaction, type ReadCredit } from '../ledger/monzo-transaction'
import { incomeReason, isPersonToPerson, notSubsReason, setAsideReason } from '../ledger/whose-credit'
import { triageJson, type Triage, type UnreadableSeen } from '../ledger/unreadable'

export type Observed =
  /** Faster Payments / Monzo-to-Monzo from someone else: always stored. */
  | { kind: 'credit'; credit: ReadCredit }
  /** A GBP credit by another scheme: stored when it fits a player, else counted as set aside. */
  | { kind: 'other-credit'; credit: ReadCredit; setAsideReason: string }
  | { kind: 'not-subs'; id: string; reason: string }
  | { kind: 'unreadable'; item: UnreadableSeen }

export function observeTransaction(tx: MonzoTransaction): Observed {
  const reason = notSubsReason(tx)
  if (reason) return { kind: 'not-subs', id: tx.id, reason }
  if (isPersonToPerson(tx.scheme)) {
    const credit = readCredit(tx)
    // Wages or a refund from a company by Faster Payments: kept only if it fits a player (promise 9).
    const income = incomeReason(credit.incoming.payerName, credit.incoming.reference)
    return income ? { kind: 'other-credit', credit, setAsideReason: income } : { kind: 'credit', credit }
  }
  return { kind: 'other-credit', credit: readCredit(tx), setAsideReason: setAsideReason(tx.scheme) }
}

export function fromTriage(t: Triage): Observed {
  return t.kind === 'not-subs' ? t : { kind: 'unreadable', item: t.item }
}

export interface ObservedRaw {
  observed: Observed
  /** Created time (ISO) when it could be read: moves the sync cursor. */
  createdAt: string | null
  /** The tx_ id when it could be read: where the next page starts. */
  txId: string | null
}

/** One item of a /transactions page (or an imported file) as it arrived. */
export function observeRaw(raw: unknown): ObservedRaw {
  const r = readTransaction(raw)
  if (r.ok) return { observed: observeTransaction(r.tx), createdAt: new Date(r.tx.created).toISOString(), txId: r.tx.id }
  const t = triageJson(raw, r.reason)
  const item = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const created = typeof item.created === 'string' ? Date.parse(item.created) : NaN
  return {
    observed: fromTriage(t),
    createdAt: Number.isNaN(created) ? null : new Date(created).toISOString(),
    txId: typeof item.id === 'string' && item.id ? item.id : null,
  }
}
