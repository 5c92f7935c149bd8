import { compactKey, nameTokens } from './normalise'

const PREFIX = 'SUBS-'
// Digits that cannot be misread as letters (no 0/O, 1/I/L).
const SAFE_DIGITS = ['2', '3', '4', '5', '6', '7', '8', '9']

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

/**
 * A short reference for a new player, e.g. "Zoë O'Brien" -> "SUBS-ZOBR", unique against the
 * references already in use (compared the way the matcher compares them: case and punctuation ignored).
 */
export function makeReference(name: string, existingRefs: Iterable<string>): string {
  const taken = new Set<string>()
  for (const ref of existingRefs) taken.add(compactKey(ref))
  const free = (code: string) => !taken.has(compactKey(PREFIX + code))
  const codes = codeCandidates(name)
  const found = codes.find(free)
  if (found) return PREFIX + found
  const base = codes[0]!.slice(0, 4)
  for (const d of SAFE_DIGITS) if (free(base + d)) return PREFIX + base + d
  for (const a of SAFE_DIGITS) for (const b of SAFE_DIGITS) if (free(base + a + b)) return PREFIX + base + a + b
  // 64 people with one name: fall back to counting, which is still unique.
  for (let n = 100; ; n++) if (free(base + n)) return PREFIX + base + n
}
