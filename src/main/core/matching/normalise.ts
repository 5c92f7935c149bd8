// Banks print names their own way: "MR J OKAFOR", "Okafor Jonathan", "ZOE OBRIEN".
// Everything that compares names or references goes through here so they agree on what "same" means.

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'prof', 'sir', 'rev'])

// Letters NFD does not decompose into a base letter plus an accent.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** Lower case, accents and apostrophes gone, every other non-alphanumeric run a single space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’‘`´]/g, '') // O'Brien == OBrien == OBRIEN
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function isTitle(word: string): boolean {
  return TITLES.has(foldText(word))
}

/** The words of a person's name, without titles ("Mr", "Dr"…), in the order written. */
export function nameTokens(name: string): string[] {
  const tokens = foldText(name).split(' ').filter(Boolean)
  const untitled = tokens.filter((t) => !TITLES.has(t))
  return untitled.length > 0 ? untitled : tokens
}

/** Order-free key: "Okafor, Jonathan" and "MR JONATHAN OKAFOR" both give "jonathan okafor". */
export function nameKey(name: string): string {
  return [...nameTokens(name)].sort().join(' ')
}

/** A payment reference with case, spaces and punctuation gone: "Subs ashc" -> "subsashc". */
export function compactKey(text: string): string {
  return foldText(text).replaceAll(' ', '')
}

/** Joint accounts arrive as "Sam Whitley & Jo Whitley"; each side is a person. */
export function jointSides(name: string): string[] {
  const sides = name
    .split(/\s*(?:&|\+|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => nameTokens(s).length > 0)
  return sides.length > 1 ? sides : []
}
