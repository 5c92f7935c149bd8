import { describe, expect, it } from 'vitest'
import { compactKey, foldText, isTitle, jointSides, nameKey, nameTokens } from '../../src/main/core/matching/normalise'

describe('normalise', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldText('Zoë')).toBe('zoe')
    expect(nameKey('Zoë')).toBe(nameKey('ZOE'))
    expect(nameKey("Siobhán O'Brien")).toBe(nameKey('SIOBHAN OBRIEN'))
    expect(nameKey('Søren Groß')).toBe('gross soren')
  })

  it('drops titles and ignores word order and punctuation', () => {
    expect(nameKey('Mr Jonathan Okafor')).toBe('jonathan okafor')
    expect(nameKey('OKAFOR, JONATHAN')).toBe('jonathan okafor')
    expect(nameKey('Dr. Priya  Raman')).toBe(nameKey('raman priya'))
    expect(nameKey('Mx Sam Lee')).toBe(nameKey('Miss Sam Lee'))
    expect(nameTokens('OKAFOR J')).toEqual(['okafor', 'j'])
  })

  it('keeps a title when it is the whole name', () => {
    expect(nameTokens('Dr')).toEqual(['dr'])
    expect(isTitle('Mrs.')).toBe(true)
    expect(isTitle('Miles')).toBe(false)
  })

  it('compacts references', () => {
    expect(compactKey('Subs-Ashc')).toBe('subsashc')
    expect(compactKey(' subs ashc ')).toBe(compactKey('SUBSASHC'))
  })

  it('splits joint account names only at a joining word', () => {
    expect(jointSides('Sam Whitley & Jo Whitley')).toEqual(['Sam Whitley', 'Jo Whitley'])
    expect(jointSides('A Smith and B Smith')).toEqual(['A Smith', 'B Smith'])
    expect(jointSides('Alexandra Sanders')).toEqual([])
  })
})
