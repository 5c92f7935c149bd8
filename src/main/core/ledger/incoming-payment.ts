import type { Payment } from '../../../shared/domain'

/**
 * What a bank credit contributes to a Payment before matching: who sent it, what they wrote,
 * and nothing else about the organiser's account (promise 9). The sync engine adds source,
 * status and the matcher's verdict.
 */
export type IncomingPayment = Pick<
  Payment,
  'id' | 'amountPence' | 'createdAt' | 'settledAt' | 'payerName' | 'reference' | 'identity' | 'scheme'
>
