// What a careful organiser would accept for each transaction, and what they do when they look at it.
import type { SimTransaction } from '../../src/main/core/monzo/simulator'

export type Label =
  /** Certain: Subs should credit this player, whole. Counts for recall. */
  | { kind: 'credit'; player: string }
  /** Clear enough that a credit to this player is right, unclear enough that the inbox is fine too. */
  | { kind: 'either'; player: string }
  /**
   * Certain only once the organiser has taught Subs this payer (by an earlier decision, with the
   * learning choice Subs proposed). Until then the inbox, with this player suggested.
   */
  | { kind: 'learned'; player: string }
  /** The organiser has to look. `ok`: suggestions that make sense. `split`: the split that is right. */
  | { kind: 'inbox'; ok: string[]; split?: Record<string, number> }
  /** Not subs: must never be credited (set aside, ignored or left in the inbox are all fine). */
  | { kind: 'not-subs'; why: string }
  /** Money going out, never an incoming payment: must never be stored. */
  | { kind: 'outgoing' }

/** What the organiser does with it when it waits in their inbox. */
export type Decision = { assign: string } | { split: Record<string, number> } | { ignore: true }

export interface Case {
  tx: SimTransaction
  label: Label
  /** Absent: the organiser can't tell either and leaves it. */
  decision?: Decision
  /** Why the label is what it is, in a phrase. */
  why: string
  /** Where Subs meets it. */
  source: 'api' | 'joint-csv'
  /** Still pending at the first sync; settled before the second. */
  pendingAtFirstSync?: boolean
  /** Declined by Monzo after the first sync saw it pending. */
  declinedLater?: string
  /** The organiser annotates it in the Monzo app between the syncs (top-level notes overwritten). */
  annotatedLater?: string
}

export const C = (player: string): Label => ({ kind: 'credit', player })
export const E = (player: string): Label => ({ kind: 'either', player })
export const L = (player: string): Label => ({ kind: 'learned', player })
export const I = (ok: string[], split?: Record<string, number>): Label => ({ kind: 'inbox', ok, split })
export const N = (why: string): Label => ({ kind: 'not-subs', why })
export const OUT: Label = { kind: 'outgoing' }

/** The decision a careful organiser makes for a label when the payment waits in the inbox. */
export function defaultDecision(label: Label): Decision | undefined {
  switch (label.kind) {
    case 'credit':
    case 'either':
    case 'learned':
      return { assign: label.player }
    case 'inbox':
      return label.split ? { split: label.split } : undefined
    case 'not-subs':
      return { ignore: true }
    default:
      return undefined
  }
}
