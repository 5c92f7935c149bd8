import { stringify } from 'csv-stringify/sync'
import type { UnpaidFixture, WhoOwesRow } from './balances'
import { formatPence, penceToPounds } from '../../../shared/money'
import { formatDay, type DateStyle } from '../../../shared/dates'

// "owes" and "credit" are both zero or more: a spreadsheet reader shouldn't have to know that
// "-5" owed means five pounds paid in advance. "due next" is games to come, not yet owed.
export const OWES_CSV_HEADER = ['player', 'charged', 'paid', 'owes', 'credit', 'due next', 'unpaid fixtures', 'last payment'] as const

/** The app's date style, with the year: a file outlives the season. */
const csvDay = (iso: string, dates: DateStyle) => formatDay(iso, dates, { year: 'always' })

/** "Wed 7 Oct 2026 (£5.00); Wed 14 Oct 2026 (£2.50)". */
export function describeUnpaid(unpaid: readonly Pick<UnpaidFixture, 'kickoffAt' | 'outstandingPence'>[], dates: DateStyle = {}): string {
  return unpaid.map((u) => `${csvDay(u.kickoffAt, dates)} (${formatPence(u.outstandingPence)})`).join('; ')
}

/**
 * A spreadsheet runs a cell starting = + - @ (or tab/CR/LF, which some apps strip first) as a
 * formula, and player names are typed by anyone. A leading apostrophe makes it plain text (promise 8).
 * Only text is neutralised: amounts stay numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value
}

export interface OwesCsvOptions {
  /** A UTF-8 byte order mark, so Excel shows "Zoë" rather than "ZoÃ«". Default true. */
  bom?: boolean
  /** The organiser's locale (and zone) for dates, as the app shows them. */
  dates?: DateStyle
}

/** One row per player; amounts in pounds as numbers (12.5), dates in the app's style. */
export function owesCsv(rows: readonly WhoOwesRow[], options: OwesCsvOptions = {}): string {
  const dates = options.dates ?? {}
  const records = rows.map((r) => [
    neutraliseCell(r.name),
    penceToPounds(r.chargedPence),
    penceToPounds(r.paidPence),
    penceToPounds(Math.max(0, r.owesPence)),
    penceToPounds(Math.max(0, -r.owesPence)),
    penceToPounds(r.dueNextPence),
    neutraliseCell(describeUnpaid(r.unpaidFixtures, dates)),
    r.lastPaymentAt ? csvDay(r.lastPaymentAt, dates) : '',
  ])
  return stringify([[...OWES_CSV_HEADER], ...records], {
    bom: options.bom ?? true,
    record_delimiter: 'windows', // RFC 4180: CRLF
  })
}
