import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { WhoOwesRow } from '../../src/main/core/ledger/balances'
import { describeUnpaid, neutraliseCell, owesCsv } from '../../src/main/core/ledger/owes-csv'

function row(name: string, over: Partial<WhoOwesRow> = {}): WhoOwesRow {
  return {
    playerId: name, name, reference: 'SUBS-X', active: true, chargedPence: 1500, paidPence: 250, owesPence: 1250,
    unpaidFixtures: [
      { fixtureId: 'f2', kickoffAt: '2026-10-07T18:00:00Z', outstandingPence: 250 },
      { fixtureId: 'f3', kickoffAt: '2026-10-14T18:00:00Z', outstandingPence: 500 },
    ],
    dueNextPence: 0, dueNextFixtures: [], lastPaymentAt: '2026-10-08T23:30:00Z', ...over,
  }
}

const en = { dates: { locale: 'en-GB', timeZone: 'Europe/London' } }
const read = (csv: string) => parse(csv, { bom: true, cast: true }) as unknown[][]

describe('owesCsv', () => {
  it('writes a header and one row per player with amounts as numbers in pounds', () => {
    const csv = owesCsv([row('Sam Whitley'), row('Ann Berry', { chargedPence: 500, paidPence: 1000, owesPence: -500, unpaidFixtures: [], lastPaymentAt: null })], en)
    expect(csv.startsWith('\uFEFFplayer,charged,paid,owes,credit,due next,unpaid fixtures,last payment\r\n')).toBe(true)
    expect(csv).toContain('Sam Whitley,15,2.5,12.5,0,0,Wed 7 Oct 2026 (£2.50); Wed 14 Oct 2026 (£5.00),Fri 9 Oct 2026\r\n')
    expect(read(csv)).toEqual([
      ['player', 'charged', 'paid', 'owes', 'credit', 'due next', 'unpaid fixtures', 'last payment'],
      ['Sam Whitley', 15, 2.5, 12.5, 0, 0, 'Wed 7 Oct 2026 (£2.50); Wed 14 Oct 2026 (£5.00)', 'Fri 9 Oct 2026'],
      ['Ann Berry', 5, 10, 0, 5, 0, '', ''],
    ])
  })

  it('writes money paid ahead as a credit, never as a negative amount owed', () => {
    const csv = owesCsv([row('Ann', { owesPence: -500 })], { bom: false, ...en })
    expect(csv.split('\r\n')[1]).toMatch(/^Ann,15,2\.5,0,5,0,/)
    expect(csv).not.toContain('-5')
  })

  it('gives games to come their own column: due next, not owed', () => {
    const csv = owesCsv([row('Sam', { dueNextPence: 550 })], { bom: false, ...en })
    expect(read(csv)[1]!.slice(0, 6)).toEqual(['Sam', 15, 2.5, 12.5, 0, 5.5])
  })

  it.each(['=HYPERLINK("http://x")', '+44 7700', '-1+1', '@SUM(A1)', '\tTab', '\rCR', '\nLF'])(
    'neutralises a name starting %j and reads it back as text',
    (name) => {
      const [, data] = read(owesCsv([row(name)]))
      expect(data![0]).toBe(`'${name}`)
      expect(typeof data![1]).toBe('number')
    },
  )

  it('leaves ordinary text alone and quotes commas and quotes per RFC 4180', () => {
    expect(neutraliseCell('Zoë O’Brien')).toBe('Zoë O’Brien')
    const csv = owesCsv([row('Okafor, "Jon"')], { bom: false })
    expect(csv).toContain('"Okafor, ""Jon"""')
    expect(read(csv)[1]![0]).toBe('Okafor, "Jon"')
  })

  it("describes unpaid fixtures in the app's date style, with the year, in the organiser's locale", () => {
    expect(describeUnpaid(row('x').unpaidFixtures, en.dates)).toBe('Wed 7 Oct 2026 (£2.50); Wed 14 Oct 2026 (£5.00)')
    expect(describeUnpaid(row('x').unpaidFixtures, { locale: 'en-US', timeZone: 'Europe/London' })).toBe(
      'Wed, Oct 7, 2026 (£2.50); Wed, Oct 14, 2026 (£5.00)',
    )
    expect(describeUnpaid([])).toBe('')
  })
})
