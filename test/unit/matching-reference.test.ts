import { describe, expect, it } from 'vitest'
import { isNearCode, makeReference } from '../../src/main/core/matching/reference'
import { editDistance } from '../../src/main/core/matching/edit-distance'
import { compactKey } from '../../src/main/core/matching/normalise'

describe('makeReference', () => {
  it('uses the first initial and the start of the surname, accents stripped', () => {
    expect(makeReference("Zoë O'Brien", [])).toBe('SUBS-ZOBR')
    expect(makeReference('Jonathan Okafor', [])).toBe('SUBS-JOKA')
    expect(makeReference('Mr Luke Morrison', [])).toBe('SUBS-LMOR')
  })

  it('is 4–5 uppercase ASCII letters after SUBS-', () => {
    for (const name of ['Priya', 'Al Li', 'Bo', '张伟', 'Åsa Öberg-Ng']) {
      expect(makeReference(name, [])).toMatch(/^SUBS-[A-Z]{4,5}$/)
    }
  })

  it('varies the letters before resorting to digits, comparing like the matcher does', () => {
    // JOKAF and JOOKA are one keystroke from JOKA: skipped.
    expect(makeReference('Jonathan Okafor', ['subs joka'])).toBe('SUBS-JONOK')
    const taken = ['SUBS-JOKA', 'SUBS-JOKAF', 'SUBS-JOOKA', 'SUBS-JONOK', 'SUBS-JOOK', 'SUBS-JONA', 'SUBS-JONAT']
    const next = makeReference('Jonathan Okafor', taken)
    expect(next).toMatch(/^SUBS-JOKA[2-9]{2}$/)
    for (const t of taken) expect(editDistance(compactKey(next), compactKey(t))).toBeGreaterThanOrEqual(2)
  })

  it('keeps every new code at least two typos from every code in use, so one slip never pays for someone else', () => {
    // Brothers: SUBS-JSMIT would be SUBS-JSMI with one extra key.
    const josh = makeReference('Josh Smith', ['SUBS-JSMI'])
    expect(josh).not.toBe('SUBS-JSMIT')
    expect(isNearCode(josh, 'SUBS-JSMI')).toBe(false)
    expect(isNearCode('SUBS-JSMIT', 'subs jsmi')).toBe(true)
    expect(isNearCode('SUBS-SWHI', 'SUBS-DWHI')).toBe(true)
    expect(isNearCode('SUBS-JSMI', 'SUBS-JSIM')).toBe(true) // two keys swapped
    // A squad built one player at a time: every pair of codes is two typos apart or more.
    const refs: string[] = []
    for (const name of ['Jamie Smith', 'Josh Smith', 'John Smith', 'Jo Smith', 'Dan Whitfield', 'Sam Whitley', 'Dan Whitley', 'Sam Whitfield', 'Tom Harris', 'Tom Harrison', 'Tim Harris']) {
      refs.push(makeReference(name, refs))
    }
    for (const [i, a] of refs.entries()) for (const b of refs.slice(i + 1)) expect(isNearCode(a, b), `${a} / ${b}`).toBe(false)
  })

  it('never uses digits that look like letters and stays unique for many namesakes', () => {
    const refs: string[] = []
    for (let i = 0; i < 80; i++) refs.push(makeReference('Sam Lee', refs))
    expect(new Set(refs).size).toBe(80)
    expect(refs.slice(0, 60).every((r) => !/[01]/.test(r))).toBe(true)
  })
})
