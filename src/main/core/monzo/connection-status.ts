// What the rest of the app (and the renderer) may know about the Monzo connection.
// Deliberately no field can hold a token, a code or the client secret.
import type { MonzoState } from '../../../shared/views'
import { type MonzoAccount, accountOwnerName } from './schemas'

/** The states are part of what the renderer is shown, so they are declared once, in shared/views. */
export type ConnectionState = MonzoState

export type AccountType = 'uk_retail' | 'uk_retail_joint'

export interface AccountChoice {
  id: string
  /** Owner name(s), e.g. "Sam Whitley & Jo Whitley". */
  name: string
  type: AccountType
  /** "Personal account" / "Joint account": the same words the app uses once connected. */
  label: string
}

export interface ConnectionStatus {
  state: ConnectionState
  accountName: string | null
  accountType: AccountType | null
  /** Present while the user has to pick one. */
  accounts?: AccountChoice[]
  /** The redirect URL to register at developers.monzo.com. */
  redirectUri: string
  clientIdSet: boolean
  /** A client secret is really stored in the vault. */
  secretSet: boolean
  /** When the organiser last completed Connect (ISO), or null when unknown. */
  approvedAt: string | null
  /** When Monzo's 90-day approval runs out (ISO), or null when unknown. */
  reapproveBy: string | null
  /** From day 80 while still syncing: time to re-approve. */
  reapproveSoon: boolean
  /** A sentence for the organiser, when there is something to say. */
  message?: string
}

const SUPPORTED: readonly string[] = ['uk_retail', 'uk_retail_joint']

/** Open personal and joint current accounts, the only ones subs can arrive in. */
export function accountChoices(accounts: readonly MonzoAccount[]): AccountChoice[] {
  return accounts
    .filter((a) => !a.closed && SUPPORTED.includes(a.type))
    .map((a) => ({
      id: a.id,
      name: accountOwnerName(a),
      type: a.type as AccountType,
      label: a.type === 'uk_retail_joint' ? 'Joint account' : 'Personal account',
    }))
}

export function parseAccountChoice(raw: string | undefined): AccountChoice | undefined {
  if (!raw) return undefined
  try {
    const v = JSON.parse(raw) as AccountChoice
    return typeof v.id === 'string' ? v : undefined
  } catch {
    return undefined
  }
}
