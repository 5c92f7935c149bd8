// Transactions per account, kept sorted by (created, id) so paging is a binary search even
// with tens of thousands of rows.
import type { SimTransaction } from './types'
import { DEFAULT_ACCOUNT_ID } from './generate'

interface Row {
  t: number
  /** The account it belongs to, kept apart: older records don't say (no account_id). */
  accountId: string
  tx: SimTransaction
}

export interface ListQuery {
  accountId: string
  sinceTime?: number
  /** Exclusive: rows strictly after this transaction. */
  sinceId?: string
  beforeTime?: number
  limit: number
}

const after = (a: Row, t: number, id: string) => a.t > t || (a.t === t && a.tx.id > id)

export class TransactionsStore {
  private byAccount = new Map<string, Row[]>()
  private byId = new Map<string, Row>()

  constructor(initial: readonly SimTransaction[] = []) {
    for (const tx of initial) this.insertRow(this.row(tx), false)
    for (const rows of this.byAccount.values()) rows.sort((a, b) => a.t - b.t || (a.tx.id < b.tx.id ? -1 : 1))
  }

  get(id: string): SimTransaction | undefined {
    return this.byId.get(id)?.tx
  }

  /** The account a transaction belongs to, whether or not its JSON says so. */
  accountOf(id: string): string | undefined {
    return this.byId.get(id)?.accountId
  }

  count(accountId?: string): number {
    return accountId ? (this.byAccount.get(accountId)?.length ?? 0) : this.byId.size
  }

  all(accountId: string): readonly SimTransaction[] {
    return (this.byAccount.get(accountId) ?? []).map((r) => r.tx)
  }

  add(tx: SimTransaction): void {
    if (this.byId.has(tx.id)) throw new Error(`transaction ${tx.id} already exists`)
    this.insertRow(this.row(tx), true)
  }

  /** Changes a transaction in place (pending → settled, declined later…). `created` is kept. */
  update(id: string, patch: Partial<SimTransaction>): SimTransaction {
    const row = this.byId.get(id)
    if (!row) throw new Error(`no transaction ${id}`)
    const rest: Partial<SimTransaction> = structuredClone(patch)
    delete rest.id
    delete rest.created
    delete rest.account_id
    Object.assign(row.tx, rest)
    return row.tx
  }

  list(q: ListQuery): SimTransaction[] {
    const rows = this.byAccount.get(q.accountId) ?? []
    let from = 0
    if (q.sinceId !== undefined) {
      const anchor = this.byId.get(q.sinceId)!
      from = lowerBound(rows, (r) => after(r, anchor.t, anchor.tx.id))
    } else if (q.sinceTime !== undefined) {
      const since = q.sinceTime
      from = lowerBound(rows, (r) => r.t >= since)
    }
    const out: SimTransaction[] = []
    for (let i = from; i < rows.length && out.length < q.limit; i++) {
      const row = rows[i]!
      if (q.beforeTime !== undefined && row.t >= q.beforeTime) break
      out.push(structuredClone(row.tx))
    }
    return out
  }

  balance(accountId: string, opening: number): number {
    let sum = opening
    for (const r of this.byAccount.get(accountId) ?? []) {
      if (!r.tx.decline_reason && r.tx.currency === 'GBP') sum += r.tx.amount
    }
    return sum
  }

  private row(tx: SimTransaction): Row {
    // A record with no readable created time (only broken test data has one) sorts first.
    const t = Date.parse(tx.created)
    return { t: Number.isNaN(t) ? 0 : t, accountId: tx.account_id ?? DEFAULT_ACCOUNT_ID, tx: structuredClone(tx) }
  }

  private insertRow(row: Row, keepSorted: boolean) {
    let rows = this.byAccount.get(row.accountId)
    if (!rows) this.byAccount.set(row.accountId, (rows = []))
    if (keepSorted) rows.splice(lowerBound(rows, (r) => after(r, row.t, row.tx.id)), 0, row)
    else rows.push(row)
    this.byId.set(row.tx.id, row)
  }
}

/** First index whose row satisfies `pred`, assuming pred is false…false,true…true. */
function lowerBound(rows: Row[], pred: (r: Row) => boolean): number {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (pred(rows[mid]!)) hi = mid
    else lo = mid + 1
  }
  return lo
}
