import { stringify } from 'csv-stringify/sync'
import type { UnpaidFixture, WhoOwesRow } from './balances'
import { formatPence, penceToPounds } from '../../../shared/money'
import { ukDate, ukDayLabel } from './uk-time'

export const OWES_CSV_HEADER = ['player', 'charged', 'paid', 'owes', 'unpaid fixtures', 'last payment'] as const

/** "Wed 7 Oct (£5.00); Wed 14 Oct (£2.50)". */
export function describeUnpaid(unpaid: readonly Pick<UnpaidFixture, 'kickoffAt' | 'outstandingPence'>[]): string {
  return unpaid.map((u) => `${ukDayLabel(u.kickoffAt)} (${formatPence(u.outstandingPence)})`).join('; ')
}

/**
 * A spreadsheet runs a cell starting = + - @ (or tab/CR/LF, which some apps strip first) as a
 * formula, and player names are typed by anyone. A leading apostrophe makes it plain text (promise 8).
 * Only text is neutralised: amounts stay numbers, negative ones included.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value
}

export interface OwesCsvOptions {
  /** A UTF-8 byte order mark, so Excel shows "Zoë" rather than "ZoÃ«". Default true. */
  bom?: boolean
}

/** One row per player; amounts in pounds as numbers (12.5), dates as YYYY-MM-DD in UK time. */
export function owesCsv(rows: readonly WhoOwesRow[], options: OwesCsvOptions = {}): string {
  const records = rows.map((r) => [
    neutraliseCell(r.name),
    penceToPounds(r.chargedPence),
    penceToPounds(r.paidPence),
    penceToPounds(r.owesPence),
    neutraliseCell(describeUnpaid(r.unpaidFixtures)),
    r.lastPaymentAt ? ukDate(r.lastPaymentAt) : '',
  ])
  return stringify([[...OWES_CSV_HEADER], ...records], {
    bom: options.bom ?? true,
    record_delimiter: 'windows', // RFC 4180: CRLF
  })
}
