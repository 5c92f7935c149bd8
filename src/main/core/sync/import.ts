// Importing a file instead of syncing: a /transactions JSON body, or the Monzo app's CSV export.
// Same filter and same upsert as sync, so importing twice (or import then sync) never doubles.
import type { DataStore } from '../store/data-store'
import { parseTransactionsBody } from '../ledger/monzo-transaction'
import { parseStatementCsv } from '../ledger/statement-csv'
import { UserError } from '../errors'
import { applyObserved, matcherFor, rematchInbox, type ApplyCounts, type Observed } from './apply'
import { classify } from './engine'

export function parseImport(text: string): { observed: Observed[]; source: 'monzo' | 'csv' } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch {
      throw new UserError("That file looks like JSON but is damaged. Nothing was imported: export it again and retry.")
    }
    let txs
    try {
      txs = parseTransactionsBody(json)
    } catch (e) {
      throw new UserError(`That JSON isn't a Monzo transactions list (${(e as Error).message}). Nothing was imported.`)
    }
    return { observed: txs.map(classify), source: 'monzo' }
  }
  try {
    return { observed: parseStatementCsv(text).map((incoming) => ({ kind: 'credit', incoming })), source: 'csv' }
  } catch (e) {
    throw new UserError(`${(e as Error).message} Nothing was imported.`)
  }
}

export async function importText(store: DataStore, text: string, now: () => Date): Promise<ApplyCounts & { credits: number }> {
  const { observed, source } = parseImport(text)
  return store.update((d) => {
    const counts = applyObserved(d, observed, source, matcherFor(d), now())
    rematchInbox(d, now())
    return { ...counts, credits: observed.filter((o) => o.kind === 'credit').length }
  })
}
