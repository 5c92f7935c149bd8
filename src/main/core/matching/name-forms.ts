// The ways one person's name is written by banks: titles, word order, middle initials, particles
// apart or joined ("Ó Briain" / "OBRIAIN"), double-barrelled names with or without the hyphen.
// A "form" is the name's full words plus its initials; two names are the same person's when a pair
// of their forms has the same words (in any order, or run together) and initials that don't disagree.
import { compactRotations, expandParticles, isGeneration, isInitial, joinParticles, nameKey, nameTokens } from './normalise'

export interface NameForm {
  /** Full words (two letters or more), sorted and joined: order-free. */
  wordsKey: string
  /** The full words run together in the order written. */
  compact: string
  /** Every rotation of `compact`, so a surname written first still meets it. */
  rotations: string[]
  wordCount: number
  initials: string[]
}

function form(tokens: string[]): NameForm {
  const words = tokens.filter((t) => !isInitial(t))
  const compact = words.join('')
  return {
    wordsKey: [...words].sort().join(' '),
    compact,
    rotations: compactRotations(words),
    wordCount: words.length,
    initials: tokens.filter(isInitial),
  }
}

/** The name as written, with its particles joined to the next word, and with "vd" written out. */
export function nameForms(name: string): NameForm[] {
  const tokens = nameTokens(name)
  if (tokens.length === 0) return []
  const out: NameForm[] = []
  const add = (f: NameForm) => {
    if (!out.some((x) => x.wordsKey === f.wordsKey && x.initials.length === f.initials.length)) out.push(f)
  }
  for (const t of [tokens, ...expandParticles(tokens)]) {
    add(form(t))
    add(form(joinParticles(t)))
  }
  return out
}

/** Neither side's initials contradict the other's: one set is contained in the other (or is empty). */
export function initialsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const left = [...long]
  for (const i of short) {
    const at = left.indexOf(i)
    if (at < 0) return false
    left.splice(at, 1)
  }
  return true
}

/**
 * A payer name that certainly names this person: the same words in any order or run together, with
 * at most two middle initials the other side doesn't contradict. "MR JONATHAN A OKAFOR",
 * "OKAFOR JONATHAN", "SEAN OBRIAIN" for "Seán Ó Briain". Never "J OKAFOR" (could be anyone in the
 * family) and never a name with "SNR"/"JNR" the player's own name lacks.
 */
export function sameName(payer: string, name: string): boolean {
  if (nameKey(payer) === nameKey(name) && nameKey(name) !== '') return true
  const payerTokens = nameTokens(payer)
  const nameTokensList = nameTokens(name)
  if (payerTokens.some(isGeneration) !== nameTokensList.some(isGeneration)) return false
  for (const pf of nameForms(payer)) {
    if (pf.initials.length > 2) continue
    for (const nf of nameForms(name)) {
      if (nf.wordCount < 2 && pf.wordCount < 2) continue
      const words = pf.wordsKey === nf.wordsKey || (formIsLong(pf) && nf.rotations.includes(pf.compact))
      if (words && initialsAgree(pf.initials, nf.initials)) return true
    }
  }
  return false
}

/** Run-together words are trusted only when there is enough of them to be a whole name. */
export function formIsLong(f: NameForm): boolean {
  return f.wordCount >= 2 || f.compact.length >= 8
}

/**
 * Could these two names be the same account holder, as banks print them? "J OKAFOR" and
 * "MR JONATHAN A OKAFOR" could; "A OKAFOR" and "JONATHAN OKAFOR" could not, nor "JOHN SMITH" and
 * "THE CURRENCY CLOUD LTD". Used to tell a pooled account (many senders behind one account number)
 * from one person's account.
 */
export function couldBeSameHolder(a: string, b: string): boolean {
  const ta = joinParticles(nameTokens(a))
  const tb = joinParticles(nameTokens(b))
  if (ta.length === 0 || tb.length === 0) return true
  if (sameName(a, b)) return true
  // Either may be the one written with initials: "MR LEWIS J GRANT" and "L J GRANT" have as many words.
  return fitsWithin(ta, tb) || fitsWithin(tb, ta)
}

/** Every full word of `short` is a word of `long`, and each of its initials starts one of the rest. */
function fitsWithin(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false
  const left = [...long]
  for (const t of short.filter((x) => !isInitial(x))) {
    const at = left.indexOf(t)
    if (at < 0) return false
    left.splice(at, 1)
  }
  for (const initial of short.filter(isInitial)) {
    const at = left.findIndex((t) => t.startsWith(initial))
    if (at < 0) return false
    left.splice(at, 1)
  }
  return true
}
