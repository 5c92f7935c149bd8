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

/**
 * Optimal-string-alignment distance (a swap of two neighbours counts as one typo). With `max`, any
 * distance above it comes back as `max + 1` as soon as that is certain (the matcher only asks "within
 * one typo?", millions of times in a large season). Three rolling rows, no allocation per cell.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const cols = b.length + 1
  let before = new Int32Array(cols)
  let prev = new Int32Array(cols)
  let row = new Int32Array(cols)
  for (let j = 0; j < cols; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1)
      row[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    const spare = before
    before = prev
    prev = row
    row = spare
  }
  const d = prev[b.length]!
  return d > max ? max + 1 : d
}
