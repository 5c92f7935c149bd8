import type { PayerIdentity } from '../../../shared/domain'
import { compactKey, foldText, jointSides } from './normalise'
import { identityKey, lookupSameName, type NameEntry, type PlayerIndex } from './player-index'

export function byIdentity(index: PlayerIndex, identity: PayerIdentity | null): string[] {
  return identity ? (index.byIdentity.get(identityKey(identity)) ?? []) : []
}

/**
 * Players whose reference appears in the text as whole words, however it was split:
 * "subs ashc", "SUBSASHC", "Subs-Ashc wed" all contain SUBS-ASHC; "SUBS-ASHC2" does not.
 */
export function byReference(index: PlayerIndex, text: string): string[] {
  const words = foldText(text).split(' ').filter(Boolean)
  const found: string[] = []
  for (let i = 0; i < words.length; i++) {
    let joined = ''
    for (let j = i; j < words.length; j++) {
      joined += words[j]
      if (joined.length > index.longestReference) break
      for (const id of index.byReference.get(joined) ?? []) if (!found.includes(id)) found.push(id)
    }
  }
  return found
}

/** Players whose reference code alone ("ASHC" without "SUBS") is a word of the text: a hint only. */
export function byCodeAlone(index: PlayerIndex, text: string): string[] {
  const found: string[] = []
  for (const word of foldText(text).split(' ')) {
    for (const id of index.byCode.get(compactKey(word)) ?? []) if (!found.includes(id)) found.push(id)
  }
  return found
}

export interface NameMatch {
  entries: NameEntry[]
  /** Set when the name was a joint account's and matched side by side. */
  joint: boolean
}

/**
 * The player's name or an accepted bank name, however the bank wrote it (see name-forms); joint
 * accounts side by side.
 */
export function byName(index: PlayerIndex, payerName: string): NameMatch {
  const maps = { byName: index.byName, byWords: index.byWords, byRotation: index.byRotation }
  const whole = lookupSameName(payerName, maps)
  if (whole.length > 0) return { entries: whole, joint: false }
  const entries = jointSides(payerName).flatMap((side) => lookupSameName(side, maps))
  return { entries, joint: entries.length > 0 }
}

/** Players a learned payer ("MRS A OKAFOR pays for Jonathan") pays for, by the name their bank shows. */
export function byPayerName(index: PlayerIndex, payerName: string): string[] {
  const maps = { byName: index.payerByName, byWords: index.payerByWords, byRotation: index.payerByRotation }
  return [...new Set(lookupSameName(payerName, maps).map((e) => e.playerId))]
}
