// The history every crash child's simulator serves: fixed dates, so each child (and the
// parent's reference run) sees exactly the same transactions.
import { generateTransactions, type SimTransaction } from '../../src/main/core/monzo/simulator'
import { squad } from './seed'

export function crashHistory(): SimTransaction[] {
  return generateTransactions({
    players: squad(20), count: 1000, paymentCount: 350, start: '2025-01-06T09:00:00Z', end: '2025-05-30T21:00:00Z', seed: 77,
  })
}
