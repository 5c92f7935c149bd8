// What a background sync did that the organiser would want to hear about: payments it matched to
// players, and new ones it left in the inbox for them to check. Worded for a system notification.
import type { Payment, PaymentStatus } from '../../../shared/domain'

export type PaymentStates = Map<string, PaymentStatus>

export function paymentStates(payments: readonly Payment[]): PaymentStates {
  return new Map(payments.map((p) => [p.id, p.status]))
}

const inInbox = (s: PaymentStatus | undefined) => s === 'unmatched' || s === 'suggested'

/** Null when there is nothing worth a notification (nothing matched, nothing new waiting). */
export function syncNotice(before: PaymentStates, payments: readonly Payment[]): { title: string; body: string; matched: number; waiting: number } | null {
  let matched = 0
  let waiting = 0
  for (const p of payments) {
    const was = before.get(p.id)
    // The organiser's own decisions are not news; a credit Monzo declined is not a payment.
    if (p.decided || p.declined) continue
    if (p.status === 'matched' && was !== 'matched') matched++
    else if (inInbox(p.status) && was === undefined) waiting++
  }
  if (matched === 0 && waiting === 0) return null
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`
  const parts: string[] = []
  if (matched > 0) parts.push(`${n(matched, 'payment', 'payments')} matched to players.`)
  if (waiting > 0) parts.push(`${n(waiting, 'new payment is', 'new payments are')} waiting in Payments for you to check.`)
  return { title: 'Subs: payments synced', body: parts.join(' '), matched, waiting }
}
