// What the renderer is shown: plain data derived in main. No secrets, ever.
import type { Allocation, Fixture, LearnChoice, Payment, Player, Settings, UnreadableTransaction } from './domain'
import type { SyncCounts } from './sync-summary'

export interface FixtureView extends Fixture {
  /** Local wall-clock parts, for forms. */
  date: string
  time: string
  effectiveStatus: 'scheduled' | 'played' | 'cancelled'
  isPast: boolean
  /** Past games read as what happened: "Played · 10 players", "Cancelled". */
  squad: { count: string; state: 'on' | 'short' | 'cancelled' | 'played'; text: string; needed: number }
  /**
   * playerId → paid state for rostered players (from the ledger). 'due': a game to come that isn't
   * charged yet under the charge setting, with no credit covering it.
   */
  paid: Record<string, { status: 'paid' | 'part-paid' | 'unpaid' | 'due'; paidPence: number }>
}

/** An inbox payment that may be this player's (they are among its candidates). */
export interface WaitingPaymentView {
  paymentId: string
  amountPence: number
  payerName: string
  createdAt: string
}

export interface BalanceView {
  playerId: string
  name: string
  reference: string
  chargedPence: number
  paidPence: number
  owesPence: number
  unpaidFixtures: { fixtureId: string; kickoffAt: string; owedPence: number }[]
  /** Games to come, not owed yet under the charge setting ("due next"): their total price. */
  dueNextPence: number
  /** Those games less credit paid in advance: what is still to pay for each. */
  dueNext: { fixtureId: string; kickoffAt: string; owedPence: number }[]
  /** Inbox payments that may be theirs: shown so nobody is chased for money already sent. */
  waiting: WaitingPaymentView[]
  lastPaymentAt: string | null
}

export interface BackupView {
  name: string
  day: string
  sizeBytes: number
  /** When it was taken (ISO), for "Wed 25 Nov, 18:05". */
  takenAt: string
}

export interface RecoveryView {
  reason: string
  movedTo: string
  backups: BackupView[]
}

export type MonzoState =
  | 'not_configured'
  | 'disconnected'
  | 'waiting_for_browser'
  | 'exchanging'
  | 'needs_approval'
  | 'choose_account'
  | 'connected'
  | 'needs_reconnect'
  | 'error'
  /** Connected before, but access was turned off in the Monzo app: Subs checks until it is allowed again. */
  | 'approval_withdrawn'
  /** Monzo's 90-day approval ran out: only a full Reconnect (sign in and approve) brings syncing back. */
  | 'needs_reapproval'

export interface MonzoStatusView {
  state: MonzoState
  clientIdSet: boolean
  secretSet: boolean
  redirectUri: string
  port: number
  accountName: string | null
  accountType: string | null
  accounts: { id: string; name: string; type: string }[]
  message: string | null
  demo: boolean
  /** When the organiser last completed Connect (ISO), or null when Subs doesn't know. */
  approvedAt: string | null
  /** When Monzo's 90-day approval runs out (ISO), or null when unknown. */
  reapproveBy: string | null
  /** From day 80 of the approval while still syncing: time to re-approve ("by reapproveBy"). */
  reapproveSoon: boolean
}

export interface SyncStatusView {
  running: boolean
  lastSyncAt: string | null
  lastError: string | null
  pages: number
  found: number
  message: string | null
  /** What the last sync or import in this session did, counted (see shared/sync-summary.ts). */
  last: { kind: 'sync' | 'import'; at: string; counts: SyncCounts } | null
}

/** One choice offered when assigning a payment: what Subs would remember. */
export interface LearnOptionView {
  choice: LearnChoice
  label: string
  /** What exactly is remembered, in the organiser's words. */
  detail: string
  available: boolean
}

export interface LearnPlanView {
  /** The choice Subs proposes. */
  choice: LearnChoice
  /** Why that one, in a sentence. */
  why: string
  options: LearnOptionView[]
}

/**
 * Inbox payments from one payer that Subs reads the same way: one card, decided all at once.
 * Payments through a shared (pooled) account are never grouped by that account.
 */
export interface InboxGroupView {
  key: string
  payerName: string
  /** Newest first. */
  payments: Payment[]
  totalPence: number
  status: 'unmatched' | 'suggested'
  candidates: string[]
  /** The split Subs suggests for each payment (players in the same order for all of them). */
  split: Allocation[] | null
  explanation: string
  /** The payer is a payment provider or an account shared by several senders. */
  shared: boolean
  /**
   * Who the payer is (their account, else their name): one payer can have several cards when their
   * payments read differently ("footy" and "pizza"). Each payment through a shared account counts alone.
   */
  payerKey: string
}

/** One thing Subs has learned about a player's payers, with what Forget needs. */
export interface LearnedFactView {
  playerId: string
  kind: 'account' | 'name' | 'payer'
  key: string
  label: string
  detail: string
  /** When the organiser taught it, when known (older files don't say). */
  learnedAt: string | null
  /** Other players the same account or payer is linked to: a household, whose payments are split. */
  sharedWith: string[]
}

export interface Snapshot {
  dataFile: string
  demo: boolean
  players: Player[]
  fixtures: FixtureView[]
  payments: Payment[]
  balances: BalanceView[]
  position: { pitchCostsPence: number; receivedPence: number; outOfPocketPence: number }
  settings: Settings
  /** Players who have played or paid: they can be archived, not deleted. */
  playersWithHistory: string[]
  recovery: RecoveryView | null
  monzo: MonzoStatusView
  sync: SyncStatusView
  firstRun: boolean
  /** The inbox, grouped by payer. */
  inbox: InboxGroupView[]
  /** What Subs has learned about each player's payers. */
  learned: LearnedFactView[]
  /** Transactions Subs couldn't read and the organiser hasn't dismissed, newest first. */
  unreadable: UnreadableTransaction[]
  /** Things that happened at start-up the organiser should know, until dismissed. */
  notices: string[]
}
