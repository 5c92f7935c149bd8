// Wire shapes the simulator serves: exactly the JSON Monzo sends (snake_case, amounts in pence).

/** A transaction's content; SimTransaction adds where and when. */
export interface SimTransactionBody {
  amount: number
  currency: string
  description: string
  notes: string
  metadata: Record<string, string>
  category: string
  is_load: boolean
  /** A merchant id, the expanded merchant object, or null. */
  merchant: string | Record<string, unknown> | null
  scheme: string
  /** {} for card spends, absent on some records, {number, user_id} on older Monzo-to-Monzo ones. */
  counterparty?: Record<string, string>
  decline_reason?: string
  dedupe_id?: string
  /** Older records have none. */
  originator?: boolean
  include_in_spending: boolean
  local_amount?: number
  local_currency?: string
  /** Fields Subs doesn't read but real records carry: attachments, categories, labels, fees… */
  [extra: string]: unknown
}

export interface SimTransaction extends SimTransactionBody {
  id: string
  /** Older records have none; the simulator files those under the default account. */
  account_id?: string
  /** RFC 3339 with 0 to 3 fractional digits, as Monzo writes it. */
  created: string
  /** "" while pending. */
  settled: string
  /** Older records have none. */
  updated?: string
}

export interface SimOwner {
  user_id: string
  preferred_name: string
  preferred_first_name: string
}

export interface SimAccount {
  id: string
  closed: boolean
  created: string
  description: string
  type: 'uk_retail' | 'uk_retail_joint' | 'uk_prepaid' | string
  currency: string
  country_code: string
  owners: SimOwner[]
  account_number?: string
  sort_code?: string
}

export interface SimPlayer {
  name: string
  /** Their payment reference, e.g. SUBS-ASHC. */
  reference?: string
  /** What their bank shows as the payer, e.g. "J OKAFOR". Defaults to the name. */
  bankName?: string
  sortCode?: string
  accountNumber?: string
  /** Set for players who pay Monzo-to-Monzo. */
  monzoUserId?: string
}

export interface SimClient {
  clientId: string
  clientSecret: string
  /** When set, the authorise page refuses any other redirect_uri. */
  redirectUri?: string
  /** Only confidential clients get refresh tokens (as at Monzo). */
  confidential?: boolean
}

export interface SimUser {
  userId: string
  name: string
}
