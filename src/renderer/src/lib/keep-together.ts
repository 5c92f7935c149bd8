// Pieces of a sentence that must not break across lines: a quoted reference ('SUBS-OGRA'), a sort
// code and account (20-45-12 ····0000), an amount (£15.00) or a date ("Fri 20 Nov"). The text comes
// from main as one string; this marks those pieces so the renderer can keep each on one line.

export interface TextPart {
  text: string
  /** Keep on one line. */
  whole: boolean
}

// Quoted words up to 40 characters (longer ones may wrap: a whole line of reference is rare and
// would otherwise overflow), sort codes with an optional masked account, money, and short dates.
const PIECES = /'[^'\n]{1,40}'|“[^”\n]{1,40}”|\d{2}-\d{2}-\d{2}(?: [·•.]+\d{2,8})?|-?£[\d,]+(?:\.\d{2})?|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2,4}(?: \d{4})?/g

export function keepTogether(text: string): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const m of text.matchAll(PIECES)) {
    const start = m.index ?? 0
    if (start > at) parts.push({ text: text.slice(at, start), whole: false })
    parts.push({ text: m[0], whole: true })
    at = start + m[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), whole: false })
  return parts
}
