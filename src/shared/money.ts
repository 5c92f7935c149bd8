// Money is integer pence everywhere; these are the only places it becomes pounds (main, CLI and renderer alike).

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })
const gbpWhole = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})

/** "£12.50", "-£5.00". */
export function formatPence(pence: number): string {
  return gbp.format(pence / 100)
}

/** Prices read better without ".00" in sentences: "£5", but "£5.50". */
export function formatPrice(pence: number): string {
  return pence % 100 === 0 ? gbpWhole.format(pence / 100) : gbp.format(pence / 100)
}

/** A number of pounds for spreadsheets: 1250 -> 12.5. Exact, since pence/100 prints as its shortest decimal. */
export function penceToPounds(pence: number): number {
  return pence / 100
}

/** "10.00" with no currency sign, for URLs. */
export function poundsString(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const abs = Math.abs(pence)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

const POUNDS = /^([+-])?£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/

/**
 * Parses a decimal pounds string ("5.00", "-45", "1,234.5") into pence from its digits,
 * never through a float, so "0.29" is 29 and not 28.999….
 * Returns null when the text is not an amount.
 */
export function parsePoundsToPence(text: string): number | null {
  const m = POUNDS.exec(text.trim())
  if (!m) return null
  const whole = Number(m[2]!.replaceAll(',', ''))
  const fraction = Number((m[3] ?? '').padEnd(2, '0'))
  const pence = whole * 100 + fraction
  if (!Number.isSafeInteger(pence)) return null
  return m[1] === '-' ? -pence : pence
}

/** What a person types as an amount: "5", "4.50", "£5.50". Never negative. */
export function parsePounds(text: string): number | null {
  const pence = parsePoundsToPence(text)
  return pence === null || pence < 0 ? null : pence
}
