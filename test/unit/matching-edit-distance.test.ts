import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { editDistance } from '../../src/main/core/matching/edit-distance'

/** The textbook optimal-string-alignment table, kept here as the reference the fast version must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'j', 'o', 'n'), maxLength: 9 })

describe('editDistance', () => {
  it('counts a swap of neighbours, a substitution, an insertion and a deletion as one typo each', () => {
    expect(editDistance('jonathan', 'jonathan')).toBe(0)
    expect(editDistance('jonathan', 'jonahtan')).toBe(1)
    expect(editDistance('raman', 'ramen')).toBe(1)
    expect(editDistance('okafor', 'okafoor')).toBe(1)
    expect(editDistance('subsjsmit', 'subsjsmi')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('agrees with the full table on any pair of words', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b)), { numRuns: 2000 })
  })

  it('with a bound, gives the distance when within it and bound + 1 otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = reference(a, b)
        return editDistance(a, b, max) === (full <= max ? full : max + 1)
      }),
      { numRuns: 4000 },
    )
  })
})
