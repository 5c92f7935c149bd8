// Near spellings ("Jonathon" for "Jonathan", "Ramen" for "Raman") are found word by word through a
// deletion index (SymSpell-style), so a lookup costs a few map reads instead of a scan over every player.

/** Longer than any real name word: such "words" (pasted text, hostile input) must match exactly,
 * which also keeps the deletion index and edit distances linear in the input. */
const MAX_FUZZY_WORD = 30

/** One typo per word of five letters or more; shorter words ("Jon", "Li") must be exact. */
export function allowedTypos(word: string): number {
  return word.length >= 5 && word.length <= MAX_FUZZY_WORD ? 1 : 0
}

/** Every string made by deleting up to `depth` characters of `s` (including s itself). */
export function deletions(s: string, depth: number): Set<string> {
  const out = new Set<string>([s])
  let frontier = [s]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1)
        if (!out.has(v)) {
          out.add(v)
          next.push(v)
        }
      }
    }
    frontier = next
  }
  return out
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one typo). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0)
    row[0] = i
    return row
  })
  for (let j = 0; j < cols; j++) d[0]![j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
    }
  }
  return d[a.length]![b.length]!
}
