import { describe, expect, it } from 'vitest'
import { makeReference } from '../../src/main/core/matching/reference'

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
    expect(makeReference('Jonathan Okafor', ['subs joka'])).toBe('SUBS-JOKAF')
    const taken = ['SUBS-JOKA', 'SUBS-JOKAF', 'SUBS-JOOKA', 'SUBS-JONOK', 'SUBS-JOOK', 'SUBS-JONA', 'SUBS-JONAT']
    const next = makeReference('Jonathan Okafor', taken)
    expect(taken).not.toContain(next)
    expect(next).toMatch(/^SUBS-JOKA[2-9]$/)
  })

  it('never uses digits that look like letters and stays unique for many namesakes', () => {
    const refs: string[] = []
    for (let i = 0; i < 80; i++) refs.push(makeReference('Sam Lee', refs))
    expect(new Set(refs).size).toBe(80)
    expect(refs.slice(0, 60).every((r) => !/[01]/.test(r))).toBe(true)
  })
})
