// Money is integer pence everywhere; it becomes £ only at the edge.
const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

export function formatPence(pence: number): string {
  return gbp.format(pence / 100)
}

/** "5", "5.5", "£5.50" → 550. Returns null for anything that isn't an amount of money. */
export function parsePounds(text: string): number | null {
  const m = /^\s*£?\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'))
}
