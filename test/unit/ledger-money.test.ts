import { describe, expect, it } from 'vitest'
import { formatPence, formatPrice, parseMoney, parsePounds, parsePoundsToPence, penceToPounds, poundsString } from '../../src/shared/money'
import { formatDay, formatDayTime, formatTime } from '../../src/shared/dates'
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

describe('parseMoney: the one parser behind every money field', () => {
  it.each([
    ['5', 500], ['5.5', 550], ['5.50', 550], ['£5', 500], ['£1,045.00', 104500], [' 12 ', 1200], ['0.29', 29], ['1045', 104500], ['£ 4.99', 499],
  ])('accepts %j as %i pence', (text, pence) => {
    expect(parseMoney(text)).toEqual({ ok: true, pence })
    expect(parsePounds(text)).toBe(pence)
  })

  it.each([
    ['5,00', /dot for pence: 5\.00/],
    ['5,5', /dot for pence: 5\.50/],
    ['4.999', /two digits/],
    ['abc', /amount in pounds, like 5 or 5\.50/],
    ['', /Enter an amount/],
    ['-5', /negative/],
    ['£-5', /negative/],
    ['1,04.00', /thousands/],
    ['5.', /amount in pounds/],
    ['$5', /amount in pounds/],
    ['5 pounds', /amount in pounds/],
    ['+5', /amount in pounds/],
  ])('refuses %j with a reason', (text, reason) => {
    const r = parseMoney(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
    expect(parsePounds(text)).toBeNull()
  })
})

describe('dates: one style everywhere', () => {
  const gb = { locale: 'en-GB', timeZone: 'Europe/London' }
  const now = new Date('2026-12-20T12:00:00Z')
  it('adds the year only when it is not this year, with the same separators', () => {
    expect(formatDay('2026-12-30T19:00:00Z', gb, { now })).toBe('Wed 30 Dec')
    expect(formatDay('2027-01-06T19:00:00Z', gb, { now })).toBe('Wed 6 Jan 2027')
    expect(formatDay('2026-12-30T19:00:00Z', gb, { now, year: 'always' })).toBe('Wed 30 Dec 2026')
    expect(formatDay('2027-01-06T19:00:00Z', { locale: 'en-US', timeZone: 'Europe/London' }, { now })).toBe('Wed, Jan 6, 2027')
    expect(formatDay('not a date', gb)).toBe('')
  })

  it('gives times as the locale writes them', () => {
    expect(formatTime('2026-12-30T19:00:00Z', gb)).toBe('19:00')
    expect(formatTime('2026-12-30T19:00:00Z', { locale: 'en-US', timeZone: 'Europe/London' })).toBe('7:00 PM')
    expect(formatDayTime('2026-07-01T18:00:00Z', gb, { now })).toBe('Wed 1 Jul, 19:00')
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
