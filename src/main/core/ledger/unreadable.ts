// A transaction Subs can't read: set it aside with its reason instead of failing the whole sync or
// import (issue 12), but only keep it when it might be money a person sent. What can be read is
// enough to tell a card spend or a pot transfer, and those are never stored (promise 9).
import { createHash } from 'node:crypto'
import type { UnreadableTransaction } from '../../../shared/domain'
import { notSubsReason, type CreditFacts } from './whose-credit'

/** Each unreadable transaction's text is kept to this many characters ("4 kB"). */
export const RAW_LIMIT = 4096
/** The list keeps at most this many; the oldest go first (dismissed ones before the rest). */
export const UNREADABLE_LIMIT = 200

export type UnreadableSeen = Pick<UnreadableTransaction, 'id' | 'reason' | 'raw' | 'createdAt' | 'amountPence' | 'payerName' | 'pending'>

export type Triage = { kind: 'not-subs'; id: string; reason: string } | { kind: 'unreadable'; item: UnreadableSeen }

export function capRaw(text: string): string {
  return text.length <= RAW_LIMIT ? text : `${text.slice(0, RAW_LIMIT - 1)}…`
}

const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** The decision fields that have the type Subs expects; the rest are left out, not guessed. */
function facts(t: Record<string, unknown>): CreditFacts {
  return {
    amount: typeof t.amount === 'number' && Number.isInteger(t.amount) ? t.amount : undefined,
    currency: str(t.currency),
    decline_reason: str(t.decline_reason),
    is_load: typeof t.is_load === 'boolean' ? t.is_load : undefined,
    scheme: str(t.scheme),
    merchant: t.merchant,
    originator: typeof t.originator === 'boolean' ? t.originator : undefined,
    metadata: t.metadata !== null && typeof t.metadata === 'object' ? (t.metadata as Record<string, unknown>) : undefined,
  }
}

function stableId(text: string): string {
  return `unreadable_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`
}

function safeJson(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw)
  } catch {
    return String(raw)
  }
}

/** A JSON transaction that failed to read, with the reason why. */
export function triageJson(raw: unknown, reason: string): Triage {
  const t = obj(raw)
  // Older records carry the account's balance; it says nothing about who paid, so it isn't kept.
  const { account_balance: _balance, ...kept } = t
  const text = safeJson(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? kept : raw)
  const id = str(t.id) || stableId(text)
  const notSubs = notSubsReason(facts(t))
  if (notSubs) return { kind: 'not-subs', id, reason: notSubs }
  const created = str(t.created)
  const createdMs = created ? Date.parse(created) : NaN
  const cp = obj(t.counterparty)
  const settled = t.settled
  return {
    kind: 'unreadable',
    item: {
      id,
      reason,
      raw: capRaw(text),
      createdAt: Number.isNaN(createdMs) ? null : new Date(createdMs).toISOString(),
      amountPence: typeof t.amount === 'number' && Number.isInteger(t.amount) ? t.amount : null,
      payerName: (str(cp.name) || str(cp.preferred_name) || str(t.description) || '').trim().slice(0, 120),
      pending: settled === undefined || settled === null || settled === '',
    },
  }
}

/** A statement row that failed to read. `facts` are what could be read of it. */
export function triageRow(line: string, reason: string, id: string, f: CreditFacts & { payerName?: string }): Triage {
  const key = id || stableId(line)
  const notSubs = notSubsReason(f)
  if (notSubs) return { kind: 'not-subs', id: key, reason: notSubs }
  return {
    kind: 'unreadable',
    item: {
      id: key,
      reason,
      raw: capRaw(line),
      createdAt: null,
      amountPence: typeof f.amount === 'number' ? f.amount : null,
      payerName: (f.payerName ?? '').trim().slice(0, 120),
      // A statement doesn't say whether a payment is pending.
      pending: false,
    },
  }
}
