import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseStatementCsv } from '../../src/main/core/ledger/statement-csv'
import { sample as samplePath } from '../helpers/samples'

const sample = readFileSync(samplePath('statement-export.csv'), 'utf8')
const HEADER = 'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In'
const row = (id: string, date: string, time: string, type: string, name: string, amount: string, notes = '', currency = 'GBP') =>
  `${id},${date},${time},${type},${name},,General,${amount},${currency},${amount},${currency},${notes},,,${notes || name},,,${amount}`

describe('parseStatementCsv', () => {
  it('keeps the transfers in the sample and drops the card payment and pot transfer', () => {
    const payments = parseStatementCsv(sample)
    expect(payments.map((p) => p.id)).toEqual(['tx_0000AbC1fps0001', 'tx_0000AbC1p2p0002', 'tx_0000AbC1fps0004'])
    expect(payments[0]).toEqual({
      id: 'tx_0000AbC1fps0001', amountPence: 500, createdAt: '2026-10-07T17:02:11.000Z', settledAt: null,
      payerName: 'Mr Jonathan Okafor', reference: 'FOOTY WED', identity: null, scheme: 'payport_faster_payments',
    })
    expect(payments[1]).toMatchObject({ payerName: 'Priya Raman', reference: '', scheme: 'p2p_payment' })
    expect(payments[2]).toMatchObject({ payerName: 'L MORRISON', reference: 'SUBS-LUKEM' })
  })

  it('converts UK local time to UTC: BST in summer, GMT in winter, across the clock change', () => {
    const csv = [
      HEADER,
      row('tx_a', '15/07/2026', '00:30:00', 'Faster payment', 'A', '5.00'),
      row('tx_b', '15/12/2026', '00:30:00', 'Faster payment', 'B', '5.00'),
      row('tx_c', '25/10/2026', '00:59:59', 'Faster payment', 'C', '5.00'),
      row('tx_d', '25/10/2026', '02:00:00', 'Faster payment', 'D', '5.00'),
      row('tx_e', '29/03/2026', '02:30:00', 'Faster payment', 'E', '5.00'),
    ].join('\n')
    expect(parseStatementCsv(csv).map((p) => p.createdAt)).toEqual([
      '2026-07-14T23:30:00.000Z', '2026-12-15T00:30:00.000Z', '2026-10-24T23:59:59.000Z', '2026-10-25T02:00:00.000Z',
      // 02:30 does not exist on the spring-forward night; it is read as BST.
      '2026-03-29T01:30:00.000Z',
    ])
  })

  it('turns pounds into exact pence and drops money out and other currencies', () => {
    const csv = [
      HEADER,
      row('tx_a', '01/10/2026', '10:00:00', 'Faster payment', 'A', '0.29'),
      row('tx_b', '01/10/2026', '10:00:00', 'Faster payment', 'B', '1234.57'),
      row('tx_c', '01/10/2026', '10:00:00', 'Faster payment', 'C', '-5.00'),
      row('tx_d', '01/10/2026', '10:00:00', 'Faster payment', 'D', '6.00', '', 'EUR'),
      row('tx_e', '01/10/2026', '10:00:00', 'Top up', 'E', '20.00'),
      row('tx_f', '01/10/2026', '10:00:00', 'Bacs (Direct Credit)', 'EMPLOYER LTD', '2000.00'),
    ].join('\r\n')
    expect(parseStatementCsv(csv).map((p) => [p.id, p.amountPence])).toEqual([['tx_a', 29], ['tx_b', 123457]])
  })

  it('accepts a byte order mark and quoted names with commas', () => {
    const csv = '\uFEFF' + HEADER + '\n' + 'tx_q,01/10/2026,10:00:00,Monzo-to-Monzo,"Okafor, Jonathan",,General,5.00,GBP,5.00,GBP,"footy, wed",,,"Okafor, Jonathan",,,5.00'
    expect(parseStatementCsv(csv)).toMatchObject([{ payerName: 'Okafor, Jonathan', reference: 'footy, wed' }])
  })

  it.each([
    ['', /empty/],
    ['Date,Amount\n01/10/2026,5.00', /the column 'Transaction ID' is missing/],
    [HEADER.replace(',Currency,', ',Curr,'), /the column 'Currency' is missing/],
    [HEADER + '\n' + row('tx_a', '2026-10-01', '10:00:00', 'Faster payment', 'A', '5.00'), /row 2 has the date '2026-10-01'/],
    [HEADER + '\n' + row('tx_a', '31/02/2026', '10:00:00', 'Faster payment', 'A', '5.00'), /impossible date/],
    [HEADER + '\n' + row('tx_a', '01/10/2026', '10:00:00', 'Faster payment', 'A', '£five'), /amount '£five'/],
    [HEADER + '\n' + 'tx_a,01/10/2026', /could not be read as CSV/],
  ])('rejects malformed input %#', (text, message) => {
    expect(() => parseStatementCsv(text)).toThrow(/^This doesn't look like a Monzo statement export/)
    expect(() => parseStatementCsv(text)).toThrow(message)
  })
})
