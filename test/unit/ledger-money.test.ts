import { describe, expect, it } from 'vitest'
import { formatPence, formatPrice, parsePoundsToPence, penceToPounds, poundsString } from '../../src/shared/money'
import { ukDate, ukDayLabel, ukLocalToIso } from '../../src/main/core/ledger/uk-time'

describe('money', () => {
  it.each([
    ['5.00', 500], ['0.29', 29], ['-45.00', -4500], ['12.5', 1250], ['7', 700], ['1,234.56', 123456], ['£3.10', 310], ['+0.01', 1],
  ])('parses %j as %i pence without float drift', (text, pence) => {
    expect(parsePoundsToPence(text)).toBe(pence)
  })

  it.each(['', 'abc', '1.234', '1,23.00', '5.', '--5'])('rejects %j', (text) => {
    expect(parsePoundsToPence(text)).toBeNull()
  })

  it('formats', () => {
    expect(formatPence(1250)).toBe('£12.50')
    expect(formatPrice(500)).toBe('£5')
    expect(formatPrice(650)).toBe('£6.50')
    expect(poundsString(1000)).toBe('10.00')
    expect(poundsString(5)).toBe('0.05')
    expect(penceToPounds(1999)).toBe(19.99)
  })
})

describe('uk-time', () => {
  it('converts wall-clock UK time and rejects impossible ones', () => {
    expect(ukLocalToIso(2026, 10, 7, 19, 0, 0)).toBe('2026-10-07T18:00:00.000Z')
    expect(ukLocalToIso(2026, 1, 7, 19, 0, 0)).toBe('2026-01-07T19:00:00.000Z')
    expect(ukLocalToIso(2026, 2, 29, 19, 0, 0)).toBeNull()
    expect(ukLocalToIso(2026, 1, 7, 24, 0, 0)).toBeNull()
  })

  it('labels dates in UK time', () => {
    expect(ukDate('2026-07-14T23:30:00Z')).toBe('2026-07-15')
    expect(ukDate('2026-12-14T23:30:00Z')).toBe('2026-12-14')
    expect(ukDayLabel('2026-10-07T18:00:00Z')).toBe('Wed 7 Oct')
    expect(ukDayLabel('2026-10-13T23:30:00Z')).toBe('Wed 14 Oct')
  })
})
