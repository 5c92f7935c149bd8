import { editDistance } from './edit-distance'
import { compactKey, nameTokens } from './normalise'
import type { PlayerIndex } from './player-index'

const PREFIX = 'SUBS-'
// Digits that cannot be misread as letters (no 0/O, 1/I/L).
const SAFE_DIGITS = ['2', '3', '4', '5', '6', '7', '8', '9']
/**
 * Codes at least this many edits apart (compared compacted, with the matcher's edit distance): one
 * dropped, added, changed or swapped keystroke never turns one player's code into another's.
 */
export const MIN_CODE_DISTANCE = 2

function letters(word: string): string {
  return word.replace(/[^a-z]/g, '').toUpperCase()
}

/** Letter codes to try, most natural first: initial + surname ("ZOBR"), then longer variants. */
function codeCandidates(name: string): string[] {
  const words = nameTokens(name).map(letters).filter(Boolean)
  const first = words[0] ?? ''
  const last = words.length > 1 ? words[words.length - 1]! : ''
  const all = words.join('')
  const out: string[] = []
  if (last) {
    out.push(first[0] + last.slice(0, 3), first[0] + last.slice(0, 4), first.slice(0, 2) + last.slice(0, 3))
    out.push(first.slice(0, 3) + last.slice(0, 2), first.slice(0, 2) + last.slice(0, 2))
  }
  out.push(all.slice(0, 4), all.slice(0, 5))
  const usable = out.filter((c) => c.length >= 4 && c.length <= 5)
  // Very short or non-Latin names still need a code.
  if (usable.length === 0) usable.push((all + 'PLYR').slice(0, 4))
  return [...new Set(usable)]
}

/** The base followed by every string of `n` safe digits, in order ("JSMI22", "JSMI23", …). */
function* withDigits(base: string, n: number): Generator<string> {
  if (n === 0) {
    yield base
    return
  }
  for (const d of SAFE_DIGITS) yield* withDigits(base + d, n - 1)
}

/**
 * Two codes a single typo apart (compared the way the matcher reads them: case and punctuation
 * ignored): "SUBS-JSMI" and "SUBS-JSMIT".
 */
export function isNearCode(a: string, b: string): boolean {
  const x = compactKey(a)
  const y = compactKey(b)
  return x !== '' && y !== '' && editDistance(x, y, MIN_CODE_DISTANCE) < MIN_CODE_DISTANCE
}

/** Players `a` and `b`'s codes are one typo apart (or the same). */
export function codesNear(index: PlayerIndex, a: string, b: string): boolean {
  const ra = index.players.get(a)?.reference ?? ''
  const rb = index.players.get(b)?.reference ?? ''
  return isNearCode(ra, rb)
}

/**
 * A short reference for a new player, e.g. "Zoë O'Brien" -> "SUBS-ZOBR", at least two typos away
 * from every reference already in use (compared the way the matcher compares them), so a slip of
 * one key can't pay for someone else. Existing codes are never changed.
 */
export function makeReference(name: string, existingRefs: Iterable<string>): string {
  const taken = [...new Set([...existingRefs].map(compactKey).filter(Boolean))]
  const free = (code: string) => {
    const key = compactKey(PREFIX + code)
    return taken.every((t) => editDistance(key, t, MIN_CODE_DISTANCE) >= MIN_CODE_DISTANCE)
  }
  const codes = codeCandidates(name)
  const found = codes.find(free)
  if (found) return PREFIX + found
  const base = codes[0]!.slice(0, 4)
  for (let n = 1; n <= 4; n++) for (const code of withDigits(base, n)) if (free(code)) return PREFIX + code
  // Thousands of people with one name: fall back to counting, still two typos from every other code.
  for (let n = 10_000; ; n++) if (free(base + n)) return PREFIX + base + n
}
