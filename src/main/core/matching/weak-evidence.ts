import { allowedTypos, deletions, editDistance } from './edit-distance'
import { joinParticles, jointSides, nameTokens } from './normalise'
import { isShortFormOf } from './short-forms'
import type { NameEntry, PlayerIndex } from './player-index'

/** A weaker hint: worth suggesting, never worth crediting. Higher score = closer fit. */
export interface Hint {
  playerId: string
  score: number
  why: string
  /** Through the player's own name, an accepted bank name, or a learned payer's name. */
  via: NameEntry['via']
  /** Only the surname is shared ("MRS S WALSH" for Kieran Walsh): family, perhaps, never the player. */
  family?: boolean
}

/**
 * "J OKAFOR", "Okafor J", "Jonathan", "Okafor": the payer's whole words are all words of the
 * player's name and each initial stands for one of the remaining words.
 */
function partialName(index: PlayerIndex, payerName: string): Hint[] {
  const hints: Hint[] = []
  const raw = nameTokens(payerName)
  for (const tokens of raw.join(' ') === joinParticles(raw).join(' ') ? [raw] : [raw, joinParticles(raw)]) {
    const words = tokens.filter((t) => t.length > 1)
    const initials = tokens.filter((t) => t.length === 1)
    if (words.length === 0) continue
    for (const entry of index.byToken.get(words[0]!) ?? []) {
      for (const variant of entry.variants) {
        if (!words.every((w) => variant.includes(w))) continue
        const rest = variant.filter((t) => !words.includes(t))
        const coversFullName = rest.length === 0
        if (!coversFullName && !initialsFit(initials, rest)) continue
        if (coversFullName && initials.length === 0) continue // an exact name: strong evidence, not a hint
        const withInitial = initials.length > 0 && !coversFullName
        hints.push({
          playerId: entry.playerId,
          score: coversFullName ? 3 : withInitial ? 3 : words.length > 1 ? 2 : 1,
          why: withInitial ? 'initial and surname' : coversFullName ? 'name with a middle initial' : 'part of the name',
          via: entry.via,
        })
        break
      }
    }
  }
  return hints
}

/** The first initial stands for one of the remaining words; later ones may be middle names Subs doesn't know. */
function initialsFit(initials: string[], rest: string[]): boolean {
  const left = [...rest]
  for (const [i, initial] of initials.entries()) {
    const at = left.findIndex((t) => t.startsWith(initial))
    if (at < 0) {
      if (i === 0) return false
      continue
    }
    left.splice(at, 1)
  }
  return true
}

/**
 * Names one or two typos away ("Jonathon Okafor", "Priya Ramen"): same number of words, each word
 * equal to one of the player's or a typo away from it, at most two typos in all.
 */
function nearSpelling(index: PlayerIndex, payerName: string): Hint[] {
  const words = nameTokens(payerName)
  const found = new Set<NameEntry>()
  for (const word of words) {
    for (const variant of deletions(word, allowedTypos(word))) {
      for (const entry of index.byWordDeletion.get(variant) ?? []) if (entry.variants.some((v) => v.length === words.length)) found.add(entry)
    }
  }
  const hints: Hint[] = []
  for (const entry of found) {
    const typos = Math.min(...entry.variants.filter((v) => v.length === words.length).map((v) => typosBetween(words, v)))
    if (typos > 0 && typos <= 2) hints.push({ playerId: entry.playerId, score: 3 - typos, why: 'a near spelling of the name', via: entry.via })
  }
  return hints
}

/** Pairs each payer word with the closest unused name word; Infinity when some word has no partner. */
function typosBetween(words: string[], tokens: string[]): number {
  const left = [...tokens]
  let total = 0
  for (const word of words) {
    let best = -1
    let bestDistance = Infinity
    for (let i = 0; i < left.length; i++) {
      const allowed = Math.min(allowedTypos(word), allowedTypos(left[i]!))
      const d = left[i] === word ? 0 : allowed === 0 ? Infinity : editDistance(word, left[i]!, allowed)
      if (d < bestDistance && d <= allowed) {
        best = i
        bestDistance = d
      }
    }
    if (best < 0) return Infinity
    total += bestDistance
    left.splice(best, 1)
  }
  return total
}

/** The reason a short-form hint gives (learning reads it to propose "this account is X's"). */
export const SHORT_FORM = 'a short form of the name'

/**
 * A short or long form of the first name with the same surname: "JONNY OKAFOR", "MATTHEW REID",
 * "OLIVER BENNETT", "OLUWAFEMI ADEYEMI" for Jonathan Okafor, Matt Reid, Ollie Bennett and Femi
 * Adeyemi (see short-forms). Could be a brother: a hint.
 */
function shortForm(index: PlayerIndex, payerName: string): Hint[] {
  const words = nameTokens(payerName).filter((t) => t.length > 1)
  if (words.length !== 2) return []
  const hints: Hint[] = []
  for (const [first, last] of [words, [...words].reverse()] as const) {
    for (const entry of index.byToken.get(last!) ?? []) {
      if (entry.via !== 'name') continue
      const own = entry.variants[0]!
      const given = own[0]!
      if (own.length < 2 || own.at(-1) !== last) continue
      if (isShortFormOf(first!, given)) hints.push({ playerId: entry.playerId, score: 2, why: SHORT_FORM, via: 'name' })
    }
  }
  return hints
}

/**
 * The payer's name carries a player's surname and nothing that makes it the player ("MRS S WALSH",
 * "SMITH, KATE"): a parent, partner or sibling, perhaps. The weakest hint: worth a suggestion.
 */
function sameSurname(index: PlayerIndex, payerName: string): Hint[] {
  const raw = nameTokens(payerName)
  const words = new Set([...raw, ...joinParticles(raw)].filter((t) => t.length >= 3))
  const hints: Hint[] = []
  for (const w of words) {
    for (const playerId of index.bySurname.get(w) ?? []) hints.push({ playerId, score: 0.5, why: 'the same surname', via: 'name', family: true })
  }
  return hints
}

/** Weak hints from the payer's name, each side of a joint account on its own too. */
export function nameHints(index: PlayerIndex, payerName: string): Hint[] {
  const names = [payerName, ...jointSides(payerName)]
  return names.flatMap((n) => [...partialName(index, n), ...nearSpelling(index, n), ...shortForm(index, n), ...sameSurname(index, n)])
}

/** The best hint per player, strongest first, then active players, then by name. */
export function rankHints(index: PlayerIndex, hints: Hint[]): Hint[] {
  const best = new Map<string, Hint>()
  for (const h of hints) {
    const prev = best.get(h.playerId)
    if (!prev || h.score > prev.score) best.set(h.playerId, h)
  }
  const inactive = (id: string) => (index.players.get(id)?.active === false ? 1 : 0)
  const rank = (id: string) => index.rank.get(id) ?? Number.MAX_SAFE_INTEGER
  return [...best.values()].sort(
    (a, b) => b.score - a.score || inactive(a.playerId) - inactive(b.playerId) || rank(a.playerId) - rank(b.playerId),
  )
}
