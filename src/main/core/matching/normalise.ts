// Banks print names their own way: "MR J OKAFOR", "Okafor Jonathan", "ZOE OBRIEN".
// Everything that compares names or references goes through here so they agree on what "same" means.
import { remembered } from './remembered'

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

// The same payer names and references are folded many times while matching one payment.
const foldedShort = remembered((text) => fold(text), 4096)

/** Lower case, accents and apostrophes gone, every other non-alphanumeric run a single space. */
export function foldText(text: string): string {
  return text.length > 200 ? fold(text) : foldedShort(text)
}

function fold(text: string): string {
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

/**
 * The words of a person's name, without titles ("Mr", "Dr"…), in the order written. Initials run
 * together at the end of a surname-first bank name ("OKONKWO TC", "SMITH JD", as HSBC and others
 * print them) are split into single initials.
 */
export function nameTokens(name: string): string[] {
  const tokens = foldText(name).split(' ').filter(Boolean)
  const untitled = tokens.filter((t) => !TITLES.has(t))
  const out = untitled.length > 0 ? untitled : tokens
  const last = out.at(-1)
  if (out.length >= 2 && last && areRunTogetherInitials(last) && out.slice(0, -1).some((t) => t.length > 1)) {
    return [...out.slice(0, -1), ...last.split('')]
  }
  return out
}

/** Vowel-less two- or three-letter surnames and suffixes that are not initials. */
const NOT_INITIALS = new Set(['ng', 'st', 'mc', 'jr', 'sr', 'snr', 'jnr', 'ltd', 'plc', 'llp', 'llc', 'cwm'])

/** "tc", "jd", "mrb": two or three letters with no vowel (nor y) are initials, not a name. */
function areRunTogetherInitials(token: string): boolean {
  return /^[b-df-hj-np-tv-xz]{2,3}$/.test(token) && !NOT_INITIALS.has(token)
}

/** Order-free key: "Okafor, Jonathan" and "MR JONATHAN OKAFOR" both give "jonathan okafor". */
export function nameKey(name: string): string {
  return [...nameTokens(name)].sort().join(' ')
}

/** A payment reference with case, spaces and punctuation gone: "Subs ashc" -> "subsashc". */
export function compactKey(text: string): string {
  return foldText(text).replaceAll(' ', '')
}

/**
 * Joint accounts arrive as "Sam Whitley & Jo Whitley"; each side is a person. A side written with
 * one word shares the last side's surname: "S & J WHITLEY" is "S WHITLEY" and "J WHITLEY".
 */
export function jointSides(name: string): string[] {
  const sides = name
    .split(/\s*(?:&|\+|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => nameTokens(s).length > 0 && !nameTokens(s).every((t) => TITLES.has(t)))
  if (sides.length < 2) return []
  const last = nameTokens(sides[sides.length - 1]!)
  const surname = last.length > 1 ? last[last.length - 1]! : ''
  return sides.map((s, i) => (i < sides.length - 1 && surname && nameTokens(s).length === 1 ? `${s} ${surname}` : s))
}

// Particles that banks and people write either apart or run into the surname: "Ó Briain" /
// "OBRIAIN", "Mac Giolla" / "MACGIOLLA", "van der Berg" / "VANDERBERG", "Al-Hassan" / "ALHASSAN".
const PARTICLES = new Set([
  'o', 'mac', 'mc', 'ni', 'nic', 'ua', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das',
  'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'st', 'al', 'el', 'bin', 'ibn', 'ap', 'fitz',
])

// Particles people abbreviate: "Ruben vd Berg", "R v.d. Berg" for van der / van den / van de Berg.
// A Map, not an object: a name word such as "constructor" must not find Object's own properties.
const ABBREVIATED_PARTICLES = new Map<string, string[][]>([
  ['vd', [['van', 'der'], ['van', 'den'], ['van', 'de']]],
  ['vdr', [['van', 'der']]],
  ['vdn', [['van', 'den']]],
])

/**
 * The name's tokens with an abbreviated particle written out, once per reading ("ruben vd berg" ->
 * "ruben van der berg", "ruben van den berg", …); empty when there is none. "v d" counts as "vd"
 * only between two words.
 */
export function expandParticles(tokens: readonly string[]): string[][] {
  for (let i = 1; i < tokens.length - 1; i++) {
    const span = tokens[i] === 'v' && tokens[i + 1] === 'd' ? 2 : 1
    const options = ABBREVIATED_PARTICLES.get(span === 2 ? 'vd' : tokens[i]!)
    // Between a word and the surname: "ruben vd berg", not "vd berg" nor "j v d smith".
    if (!options || i + span >= tokens.length || tokens[i - 1]!.length < 2 || tokens[i + span]!.length < 2) continue
    return options.map((o) => [...tokens.slice(0, i), ...o, ...tokens.slice(i + span)])
  }
  return []
}

// "SNR" is the player's father, not the player: a name carrying one is never the same person.
const GENERATIONS = new Set(['snr', 'sr', 'senior', 'jnr', 'jr', 'junior'])

export function isGeneration(token: string): boolean {
  return GENERATIONS.has(token)
}

/** A particle joined to the word after it ("o briain" -> "obriain"), for comparing and indexing. */
export function joinParticles(tokens: readonly string[]): string[] {
  const out: string[] = []
  let carry = ''
  for (const t of tokens) {
    if (PARTICLES.has(t)) {
      carry += t
      continue
    }
    out.push(carry + t)
    carry = ''
  }
  if (carry) out.push(carry)
  return out
}

/**
 * The name's words run together, once for each rotation: "Seán Ó Briain" gives "seanobriain" and
 * "obriainsean", so "SEAN OBRIAIN" and "OBRIAIN SEAN" both meet it however the particle was written.
 */
export function compactRotations(tokens: readonly string[]): string[] {
  // A real name has a handful of words; pasted text gets one form, keeping this linear in its size.
  if (tokens.length > MAX_NAME_TOKENS) return [tokens.join('')]
  const out = new Set<string>()
  for (let i = 0; i < tokens.length; i++) out.add([...tokens.slice(i), ...tokens.slice(0, i)].join(''))
  return [...out]
}

/** More words than any person's name: such text is compared as written, never rearranged. */
export const MAX_NAME_TOKENS = 6

/** A one-letter token: an initial ("J OKAFOR") or a particle written alone ("O BRIEN"). */
export function isInitial(token: string): boolean {
  return token.length === 1 && /[a-z]/.test(token)
}

/** Companies and firms: "EVANS PLUMBING LTD" pays for Chris, it isn't Chris. */
const COMPANY_WORDS = new Set(['ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'cic', 'co', 'company', 'services', 'solutions', 'consulting', 'group', 'trading', 'holdings', 'partners', 'associates', 'enterprises'])

export function isCompanyName(name: string): boolean {
  return foldText(name).split(' ').some((t) => COMPANY_WORDS.has(t))
}
