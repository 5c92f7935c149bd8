// Domain types shared by main, preload and renderer. Pure TypeScript: no electron, node: or DOM imports.
// Money is always integer pence; times are ISO-8601 strings in UTC.

export type PayerIdentity =
  | { kind: 'bank'; sortCode: string; accountNumber: string }
  | { kind: 'monzo'; userId: string }

export interface Player {
  id: string
  name: string
  /** Names the player's bank may show for them ("J OKAFOR", "Sam Whitley & Jo Whitley"). */
  aliases: string[]
  /** Payer identities learned when the organiser assigned a payment. */
  identities: PayerIdentity[]
  /**
   * Someone else who pays for this player (a parent, partner, company), learned when the organiser
   * said so. Absent in files written before it existed; read as [].
   */
  payers?: PayerLink[]
  /** Short unique payment reference, e.g. SUBS-ASHC. */
  reference: string
  active: boolean
  notes: string
  createdAt: string
}

/** A payer who pays for a player: their account, the name their bank shows, or both. */
export interface PayerLink {
  /** The name their bank shows ('' when only the account is remembered). */
  name: string
  identity: PayerIdentity | null
  learnedAt: string
}

/**
 * What assigning a payment teaches Subs, as the organiser chose it: the account (and its name) is
 * the player's own, the payer pays for the player, or nothing at all.
 */
export type LearnChoice = 'account' | 'payer' | 'once'

/** Stored status. A scheduled fixture whose kick-off has passed is shown as played. */
export type FixtureStatus = 'scheduled' | 'played' | 'cancelled'

export interface Fixture {
  id: string
  /** Kick-off, ISO UTC. */
  kickoffAt: string
  location: string
  pitchCostPence: number
  pricePence: number
  minPlayers: number
  maxPlayers: number
  status: FixtureStatus
  /** Player ids, in the order they joined. */
  roster: string[]
  /** Player ids past max, first in line first. */
  waiting: string[]
  notes: string
  createdAt: string
}

export type PaymentSource = 'monzo' | 'csv' | 'cash'

/** Which rule credited (or suggested) a payment. Recorded so every credit is explainable. */
export type MatchRule =
  | 'identity' // learned sort code + account number, or Monzo user id
  | 'reference' // the player's payment reference in the reference/notes
  | 'name' // payer name equals the player's name or an accepted bank name
  | 'manual' // the organiser assigned it
  | 'split' // the organiser split it across players
  | 'cash' // recorded by hand

export type PaymentStatus = 'matched' | 'suggested' | 'unmatched' | 'ignored' | 'reversed'

export interface Allocation {
  playerId: string
  amountPence: number
}

export interface Payment {
  /** Monzo transaction id (tx_…) for bank payments; generated for cash. */
  id: string
  source: PaymentSource
  amountPence: number
  createdAt: string
  settledAt: string | null
  /** Who the bank says paid (counterparty name, or description for Monzo-to-Monzo). */
  payerName: string
  /** The payer's reference / notes text. */
  reference: string
  identity: PayerIdentity | null
  scheme: string
  status: PaymentStatus
  /** For matched payments: who it is credited to (more than one when split). */
  allocations: Allocation[]
  rule: MatchRule | null
  /** Players the matcher suggests, strongest first. */
  candidates: string[]
  /** A sentence saying why the matcher did what it did. */
  explanation: string
  /** True once the organiser decided (assign, split, ignore): a sync never overrides it. */
  decided: boolean
  /** Set when Monzo declined / reversed a transaction after we first saw it. */
  declined: boolean
  /** What assigning this payment taught Subs about its payer, so Undo can forget it again. */
  learned?: Learned | null
  /** A split Subs suggests (a household account, a joint account, "me + Dev"): one click to accept. */
  split?: Allocation[] | null
  updatedAt: string
  /**
   * The organiser's own note on this payment in the Monzo app (they overwrote its top-level notes).
   * Shown beside the payment; never read as the payer's reference, so it never changes a match.
   */
  annotation?: string | null
}

/**
 * A transaction Subs couldn't read (a known field of an unexpected type): set aside with its
 * reason and shown under "Couldn't read" on Payments, so nothing a person sent is silently lost.
 * Only credits that might be from a person are kept; the organiser's own spending never is.
 */
export interface UnreadableTransaction {
  /** The bank's tx_ id when it could be read; otherwise one made from the text. */
  id: string
  /** What was wrong, in words: "settled is true (expected a time or nothing)". */
  reason: string
  /** The transaction as it arrived (JSON, or a statement row), cut to a few kB. Emptied on dismiss. */
  raw: string
  /** Whatever of these could be read. */
  createdAt: string | null
  amountPence: number | null
  payerName: string
  /** Still pending when last seen: the next sync re-reads from it, in case Monzo corrects it. */
  pending: boolean
  source: 'monzo' | 'csv'
  firstSeenAt: string
  /** The organiser dealt with it: hidden, and remembered so it doesn't come back. */
  dismissed: boolean
}

/**
 * What one assignment taught. `as: 'payer'` means the account/name was remembered as paying for the
 * player (a PayerLink); otherwise as the player's own (identities / aliases). Older files lack `as`.
 */
export interface Learned {
  playerId: string
  identity: boolean
  alias: string | null
  as?: 'account' | 'payer'
}

/**
 * When a player is charged for a game: once it is played (the default: games to come are "due
 * next", not owed), or as soon as they are on the roster (organisers who take money up front).
 */
export type ChargeWhen = 'played' | 'rostered'

export interface Settings {
  defaultPricePence: number
  defaultPitchCostPence: number
  defaultMinPlayers: number
  defaultMaxPlayers: number
  defaultLocation: string
  defaultKickoff: string // HH:MM
  pollMinutes: number
  monzoMeUsername: string
  chargeWhen: ChargeWhen
  /** A system notification after a background sync matched payments or left some in the inbox. */
  notifyAfterSync: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  defaultPricePence: 500,
  defaultPitchCostPence: 4500,
  defaultMinPlayers: 8,
  defaultMaxPlayers: 12,
  defaultLocation: '',
  defaultKickoff: '19:00',
  pollMinutes: 15,
  monzoMeUsername: '',
  chargeWhen: 'played',
  notifyAfterSync: true,
}
