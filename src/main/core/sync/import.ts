// Importing a file instead of syncing: whatever Monzo data an organiser has saved. Same judging and
// same upsert as sync, so importing twice (or import then sync) never doubles and says "nothing new".
import type { DataStore } from '../store/data-store'
import { readStatementCsv } from '../ledger/statement-csv'
import { UserError } from '../errors'
import type { SyncCounts } from '../../../shared/sync-summary'
import { applyObserved, matcherFor, rematchInbox, type Observed } from './apply'
import { fromTriage, observeRaw, observeTransaction } from './observe'

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** `{"type":"transaction.created","data":{…}}`: how Monzo's webhooks deliver a transaction. */
const isEvent = (v: unknown): v is { type: string; data: unknown } => isObject(v) && typeof v.type === 'string' && 'data' in v
/** `{"transaction":{…}}`: the body of GET /transactions/{id}. */
const isSingleBody = (v: unknown): v is { transaction: unknown } => isObject(v) && isObject(v.transaction)
const looksLikeTransaction = (v: unknown) => isObject(v) && (typeof v.id === 'string' || ('amount' in v && 'created' in v))

/**
 * The transactions in any JSON an organiser may have: a /transactions body, a single-transaction
 * body, one webhook event, or a list of events (or of transactions). Throws when it is none of them.
 */
export function transactionsInJson(json: unknown): unknown[] {
  if (isObject(json) && Array.isArray(json.transactions)) return json.transactions
  if (isSingleBody(json)) return [json.transaction]
  if (isEvent(json)) {
    if (!json.type.startsWith('transaction.')) throw new Error(`it is a '${json.type}' webhook event, not a transaction`)
    return [json.data]
  }
  if (Array.isArray(json)) {
    if (json.length === 0) throw new Error('the list is empty')
    const out: unknown[] = []
    for (const item of json) {
      if (isEvent(item)) {
        // Other webhook events (a balance change, say) carry no transaction: skip them.
        if (item.type.startsWith('transaction.')) out.push(item.data)
      } else if (isSingleBody(item)) out.push(item.transaction)
      else if (looksLikeTransaction(item)) out.push(item)
      else throw new Error('the list holds something other than transactions or webhook events')
    }
    if (out.length === 0) throw new Error('none of its webhook events is a transaction')
    return out
  }
  throw new Error("there is no 'transactions' list, 'transaction' or webhook 'data' in it")
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // A log of webhook deliveries is often one JSON event per line.
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
    if (lines.length > 1) {
      try {
        return lines.map((l) => JSON.parse(l) as unknown)
      } catch {
        // fall through to the message below
      }
    }
    throw new UserError('That file looks like JSON but is damaged. Nothing was imported: export it again and retry.')
  }
}

export function parseImport(text: string): { observed: Observed[]; source: 'monzo' | 'csv' } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = parseJsonText(trimmed)
    let items: unknown[]
    try {
      items = transactionsInJson(json)
    } catch (e) {
      throw new UserError(
        `That JSON isn't Monzo transactions (${(e as Error).message}). Import a /transactions reply, a single transaction or a webhook capture. Nothing was imported.`,
      )
    }
    const seen = items.map(observeRaw)
    // Not one transaction could be read, and none even has a Monzo id: this is someone else's JSON
    // (another bank's export, say), not Monzo data with the odd bad record. Refuse it whole.
    const first = seen[0]?.observed
    if (first?.kind === 'unreadable' && seen.every((x) => x.observed.kind === 'unreadable' && !x.txId?.startsWith('tx_'))) {
      throw new UserError(`That JSON isn't Monzo transactions (transaction 1: ${first.item.reason}). Nothing was imported.`)
    }
    return { observed: seen.map((x) => x.observed), source: 'monzo' }
  }
  try {
    const rows = readStatementCsv(text)
    return { observed: rows.map((r) => (r.ok ? observeTransaction(r.tx) : fromTriage(r.triage))), source: 'csv' }
  } catch (e) {
    throw new UserError(`${(e as Error).message} Nothing was imported.`)
  }
}

export interface ImportResult extends SyncCounts {
  /** Credits from people in the file (stored or set aside). */
  credits: number
}

export async function importText(store: DataStore, text: string, now: () => Date): Promise<ImportResult> {
  const { observed, source } = parseImport(text)
  return store.update((d) => {
    const counts = applyObserved(d, observed, source, matcherFor(d), now())
    rematchInbox(d, now())
    return { ...counts, credits: observed.filter((o) => o.kind === 'credit' || o.kind === 'other-credit').length }
  })
}
