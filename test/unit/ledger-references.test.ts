// References from where the payer wrote them (issue 11, point 4). A bank transfer's reference is in
// metadata.notes and description, which only the payer sets; top-level notes starts as the same text
// but the account holder can overwrite it in the Monzo app. Monzo-to-Monzo: description is the
// sender's name, their message is metadata.notes, or notes as first seen when a record has none.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCredit, referenceAndAnnotation } from '../../src/main/core/ledger/monzo-transaction'
import { transactionSchema } from '../../src/main/core/monzo/schemas'
import { sample as samplePath } from '../helpers/samples'

const samples = JSON.parse(readFileSync(samplePath('transactions.json'), 'utf8')).transactions as Record<string, unknown>[]
const sample = (id: string, over: Record<string, unknown> = {}) => transactionSchema.parse({ ...samples.find((t) => t.id === id)!, ...over })

const read = (id: string, over: Record<string, unknown> = {}, stored: { reference: string } | null = null) =>
  referenceAndAnnotation(readCredit(sample(id, over)), stored)

describe('the payer’s reference and the organiser’s annotation', () => {
  it('Faster Payment as it arrives: reference from metadata.notes/description, no annotation', () => {
    expect(read('tx_0000AbC1fps0001')).toEqual({ reference: 'FOOTY WED', annotation: null })
  })

  it('Faster Payment the organiser annotated in the Monzo app: the reference stays, the note is theirs', () => {
    expect(read('tx_0000AbC1fps0004', { notes: 'Paid for Dave too' })).toEqual({ reference: 'SUBS-LUKEM', annotation: 'Paid for Dave too' })
  })

  it('Faster Payment whose only text is in notes: the payer wrote nothing, so notes is the organiser’s', () => {
    expect(read('tx_0000AbC1fps0004', { description: '', metadata: { faster_payment: 'true' }, notes: 'cash to follow' })).toEqual({
      reference: '',
      annotation: 'cash to follow',
    })
  })

  it('an annotation over two lines keeps its line break; the same words in other case are not an annotation', () => {
    expect(read('tx_0000AbC1fps0004', { notes: 'Paid for\nDave  too' }).annotation).toBe('Paid for\nDave too')
    expect(read('tx_0000AbC1fps0004', { notes: 'subs-lukem ' }).annotation).toBeNull()
  })

  it('Monzo-to-Monzo with metadata.notes: the message is the payer’s even if notes changes later', () => {
    expect(read('tx_0000AbC1p2p0003')).toEqual({ reference: 'football x2', annotation: null })
    expect(read('tx_0000AbC1p2p0003', { notes: 'Sam paid for Jo' })).toEqual({ reference: 'football x2', annotation: 'Sam paid for Jo' })
  })

  it('Monzo-to-Monzo without metadata.notes: notes as first seen is the payer’s message, a later notes is the organiser’s', () => {
    const first = read('tx_0000AbC1p2p0002', { notes: 'footy wed' })
    expect(first).toEqual({ reference: 'footy wed', annotation: null })
    expect(read('tx_0000AbC1p2p0002', { notes: 'Owes £5 more' }, { reference: first.reference })).toEqual({
      reference: 'footy wed',
      annotation: 'Owes £5 more',
    })
  })

  it('Monzo-to-Monzo with an empty description: the sender’s name comes from counterparty', () => {
    expect(readCredit(sample('tx_0000AbC1p2p0002', { description: '' })).incoming.payerName).toBe('Priya Raman')
  })
})
