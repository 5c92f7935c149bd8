import { parse } from 'csv-parse/sync'
import type { IncomingPayment } from './incoming-payment'
import { parsePoundsToPence } from '../../../shared/money'
import {
  FASTER_PAYMENT,
  MONZO_TO_MONZO,
  isSubsCandidate,
  toIncomingPayment,
  type MonzoTransaction,
} from './monzo-transaction'
import { triageRow, type Triage } from './unreadable'
import { ukLocalToIso } from './uk-time'

// The Monzo app's statement export names the scheme in words. Mapping it onto the API's scheme
// lets one set of rules (whose-credit.ts) and one field mapping serve both sources.
const SCHEME_BY_TYPE: Record<string, string> = {
  'faster payment': FASTER_PAYMENT,
  'monzo-to-monzo': MONZO_TO_MONZO,
  'pot transfer': 'uk_retail_pot',
  'pot-savings': 'uk_retail_pot',
  'card payment': 'mastercard',
  'top up': 'topup',
  'bacs (direct credit)': 'bacs',
  'direct debit': 'bacs',
  interest: 'account_interest',
  'account interest': 'account_interest',
  monzo_paid: 'monzo_paid',
  overdraft: 'overdraft',
  flex: 'monzo_flex',
  'monzo flex': 'monzo_flex',
  'cash deposit': 'uk_cash_deposits_paypoint',
  'monzo rewards': 'monzo_rewards',
}

const REQUIRED = ['Transaction ID', 'Date', 'Time', 'Type', 'Name', 'Amount', 'Currency'] as const

type Row = Record<string, string>

function notStatement(why: string): Error {
  return new Error(`This doesn't look like a Monzo statement export: ${why}`)
}

function readRows(text: string): { record: Row; raw: string }[] {
  try {
    return parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      trim: true,
      raw: true,
    }) as { record: Row; raw: string }[]
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    throw notStatement(`the file could not be read as CSV (${detail})`)
  }
}

function toIso(date: string, time: string, line: number): string {
  const d = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date)
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time)
  if (!d) throw notStatement(`row ${line} has the date '${date}', not dd/mm/yyyy`)
  if (!t) throw notStatement(`row ${line} has the time '${time}', not hh:mm:ss`)
  const iso = ukLocalToIso(Number(d[3]), Number(d[2]), Number(d[1]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0))
  if (!iso) throw notStatement(`row ${line} has an impossible date or time '${date} ${time}'`)
  return iso
}

function schemeOf(row: Row): string {
  const type = (row['Type'] ?? '').toLowerCase()
  return SCHEME_BY_TYPE[type] ?? `statement:${type}`
}

function toTransaction(row: Row, line: number): MonzoTransaction {
  const id = row['Transaction ID'] ?? ''
  if (!id) throw notStatement(`row ${line} has no transaction ID`)
  const amount = parsePoundsToPence(row['Amount'] ?? '')
  if (amount === null) throw notStatement(`row ${line} has the amount '${row['Amount']}', which is not a number of pounds`)
  const type = (row['Type'] ?? '').toLowerCase()
  const notes = row['Notes and #tags'] ?? ''
  const name = row['Name'] ?? ''
  const scheme = schemeOf(row)
  return {
    id,
    amount,
    currency: row['Currency'] ?? '',
    created: toIso(row['Date'] ?? '', row['Time'] ?? '', line),
    // The export does not say when a payment settled.
    settled: null,
    // As in the API, a Monzo-to-Monzo description is the sender's name; the export's Name column is too.
    description: scheme === MONZO_TO_MONZO ? name : (row['Description'] ?? ''),
    notes,
    counterparty: { name },
    scheme,
    is_load: type === 'top up',
  }
}

export type StatementItem = { ok: true; tx: MonzoTransaction } | { ok: false; triage: Triage }

/**
 * A Monzo statement CSV export (as text) -> each row read on its own. A row Subs can't read is set
 * aside (unless what can be read shows it isn't a person's credit); a file none of whose rows can be
 * read isn't understood, and throws an Error saying what is wrong.
 */
export function readStatementCsv(text: string): StatementItem[] {
  if (text.trim() === '') throw notStatement('the file is empty')
  const rows = readRows(text)
  const header = rows.length > 0 ? Object.keys(rows[0]!.record) : parseHeaderOnly(text)
  for (const column of REQUIRED) {
    if (!header.includes(column)) throw notStatement(`the column '${column}' is missing`)
  }
  let firstError: Error | null = null
  // Line numbers as a spreadsheet shows them: the header is row 1.
  const items = rows.map(({ record, raw }, i): StatementItem => {
    try {
      return { ok: true, tx: toTransaction(record, i + 2) }
    } catch (e) {
      firstError ??= e as Error
      const reason = (e as Error).message.replace(/^This doesn't look like a Monzo statement export: /, '')
      const amount = parsePoundsToPence(record['Amount'] ?? '') ?? undefined
      const facts = { amount, currency: record['Currency'] || undefined, scheme: schemeOf(record), payerName: record['Name'] ?? '' }
      return { ok: false, triage: triageRow(raw.trim(), reason, record['Transaction ID'] ?? '', facts) }
    }
  })
  if (firstError && items.every((x) => !x.ok)) throw firstError
  return items
}

/** The credits in a statement that are Faster Payments or Monzo-to-Monzo from someone else. */
export function parseStatementCsv(text: string): IncomingPayment[] {
  return readStatementCsv(text)
    .flatMap((x) => (x.ok ? [x.tx] : []))
    .filter(isSubsCandidate)
    .map(toIncomingPayment)
}

function parseHeaderOnly(text: string): string[] {
  const [first] = parse(text, { bom: true, to_line: 1, trim: true }) as string[][]
  return first ?? []
}
