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

export type MoneyParse = { ok: true; pence: number } | { ok: false; reason: string }

// What a person may type into a money field: "5", "5.5", "5.50", "£5", "£1,045.00". Commas only
// as thousands separators, at most two digits of pence, never negative.
const TYPED = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/

/**
 * The one parser behind every money field (fixtures, settings, cash, splits) and the CLI.
 * Refuses anything it can't read exactly, with a reason to show next to the field.
 */
export function parseMoney(text: string): MoneyParse {
  const t = text.trim()
  if (t === '') return { ok: false, reason: 'Enter an amount, like 5 or 5.50.' }
  if (/^[-−]/.test(t) || /^£\s*[-−]/.test(t)) return { ok: false, reason: "The amount can't be negative." }
  const m = TYPED.exec(t)
  if (!m) {
    const bare = t.replace(/^£\s*/, '')
    if (/^\d+,\d{1,2}$/.test(bare)) return { ok: false, reason: `Use a dot for pence: ${bare.replace(',', '.')}${/,\d$/.test(bare) ? '0' : ''}.` }
    if (/^[\d,]*\.\d{3,}$/.test(bare)) return { ok: false, reason: 'Pence can only have two digits, like 4.99.' }
    if (/^[\d,]+(\.\d*)?$/.test(bare) && bare.includes(',')) return { ok: false, reason: 'Commas only go between thousands, like 1,045.00.' }
    return { ok: false, reason: 'Type an amount in pounds, like 5 or 5.50.' }
  }
  const whole = Number(m[1]!.replaceAll(',', ''))
  const pence = whole * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(pence)) return { ok: false, reason: 'That amount is too large.' }
  return { ok: true, pence }
}

/** What a person types as an amount ("5", "4.50", "£5.50"), or null: see parseMoney for why. */
export function parsePounds(text: string): number | null {
  const r = parseMoney(text)
  return r.ok ? r.pence : null
}
