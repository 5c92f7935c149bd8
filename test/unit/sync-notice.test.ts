import { describe, expect, it } from 'vitest'
import type { Payment } from '../../src/shared/domain'
import { paymentStates, syncNotice } from '../../src/main/core/sync/notice'

function pay(id: string, status: Payment['status'], over: Partial<Payment> = {}): Payment {
  return {
    id, source: 'monzo', amountPence: 500, createdAt: '2026-11-20T10:00:00Z', settledAt: null, payerName: 'X', reference: '', identity: null,
    scheme: 'p2p_payment', status, allocations: [], rule: null, candidates: [], explanation: '', decided: false, declined: false, updatedAt: '', ...over,
  }
}

describe('syncNotice', () => {
  it('counts payments the sync matched and new ones it left in the inbox', () => {
    const before = paymentStates([pay('old-inbox', 'unmatched'), pay('old-match', 'matched')])
    const after = [
      pay('old-inbox', 'matched'), // matched on this sync (e.g. re-matched after a new bank name)
      pay('old-match', 'matched'),
      pay('new-1', 'matched'),
      pay('new-2', 'suggested'),
      pay('new-3', 'unmatched'),
    ]
    expect(syncNotice(before, after)).toEqual({
      title: 'Subs: payments synced',
      body: '2 payments matched to players. 2 new payments are waiting in Payments for you to check.',
      matched: 2,
      waiting: 2,
    })
  })

  it("is silent about the organiser's own decisions, declined credits, old inbox items and a sync with nothing new", () => {
    const before = paymentStates([pay('a', 'unmatched'), pay('b', 'unmatched')])
    expect(syncNotice(before, [pay('a', 'matched', { decided: true }), pay('b', 'unmatched'), pay('c', 'unmatched', { declined: true })])).toBeNull()
    expect(syncNotice(before, [pay('a', 'unmatched'), pay('n', 'suggested')])!.body).toBe('1 new payment is waiting in Payments for you to check.')
  })
})
