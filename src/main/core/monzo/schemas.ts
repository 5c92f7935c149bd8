// Shapes of the Monzo responses Subs relies on. Loose objects: Monzo adds fields over time,
// and an unknown field must never break a sync.
import { z } from 'zod'

// Monzo adds fields over time and leaves others null, empty or absent, so those are fine; but a
// known field of the wrong type means the reply isn't what Subs understands, and the sync stops
// cleanly rather than guess (promise 4).
const text = z.string().nullish()
const flag = z.boolean().nullish()

export const counterpartySchema = z.looseObject({
  name: text,
  preferred_name: text,
  sort_code: text,
  account_number: text,
  user_id: text,
  account_id: text,
})

/** One transaction as Monzo sends it (see ../shared/monzo-samples). The one home of its shape. */
export const transactionSchema = z.looseObject({
  id: z.string().min(1),
  amount: z.number().int(),
  currency: z.string(),
  // Sync keys its cursor on this time, so one that doesn't parse makes the reply unreadable.
  created: z.string().min(1).refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
  settled: text,
  description: text,
  notes: text,
  metadata: z.record(z.string(), z.string()).nullish(),
  is_load: flag,
  merchant: z.unknown().optional(),
  scheme: text,
  counterparty: counterpartySchema.nullish(),
  decline_reason: text,
  originator: flag,
})
export type MonzoTransaction = z.output<typeof transactionSchema>

/**
 * A /transactions page: a list, each item judged on its own (ledger/read-transaction.ts), so one
 * transaction Subs can't read is set aside instead of failing the page (issue 12).
 */
export const transactionsPageSchema = z.object({ transactions: z.array(z.unknown()) })

export const accountSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  description: z.string().default(''),
  created: z.string().optional(),
  closed: z.boolean().default(false),
  currency: z.string().optional(),
  owners: z
    .array(z.looseObject({ user_id: z.string(), preferred_name: z.string().optional(), preferred_first_name: z.string().optional() }))
    .default([]),
  account_number: z.string().optional(),
  sort_code: z.string().optional(),
})
export type MonzoAccount = z.output<typeof accountSchema>
export const accountsResponseSchema = z.object({ accounts: z.array(accountSchema) })

export const balanceSchema = z.looseObject({
  balance: z.number().int(),
  total_balance: z.number().int().optional(),
  currency: z.string(),
  spend_today: z.number().int().optional(),
})
export type MonzoBalance = z.output<typeof balanceSchema>

export const whoamiSchema = z.looseObject({
  authenticated: z.boolean(),
  client_id: z.string(),
  user_id: z.string(),
})
export type MonzoWhoami = z.output<typeof whoamiSchema>

export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
  user_id: z.string().optional(),
  client_id: z.string().optional(),
})

/** Who an account belongs to, as a person would say it ("Sam Whitley & Jo Whitley"). */
export function accountOwnerName(a: MonzoAccount): string {
  const names = a.owners.map((o) => o.preferred_name).filter((n): n is string => !!n)
  return names.length ? names.join(' & ') : a.description
}
