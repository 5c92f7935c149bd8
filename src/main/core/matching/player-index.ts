import type { PayerIdentity, Player } from '../../../shared/domain'
import { allowedTypos, deletions } from './edit-distance'
import { compactKey, foldText, isGeneration, joinParticles, nameKey, nameTokens } from './normalise'
import { formIsLong, initialsAgree, nameForms, type NameForm } from './name-forms'

/** One way a player may be named: their own name, an accepted bank name, or a payer who pays for them. */
export interface NameEntry {
  playerId: string
  key: string
  /** Tokens as written, and with particles joined ("o", "briain", "obriain"): what the hint maps index. */
  tokens: string[]
  /** The name's tokens as written, and with particles joined: each a way to compare word by word. */
  variants: string[][]
  via: 'name' | 'alias' | 'payer'
  text: string
  generation: boolean
}

interface Formed {
  entry: NameEntry
  form: NameForm
}

/**
 * Everything the matcher looks up, built once per player list so matching a payment is a handful
 * of map reads rather than a scan over every player.
 */
export interface PlayerIndex {
  players: Map<string, Player>
  /** Position in (name, id) order: every list of candidates is sorted by it, so output is deterministic. */
  rank: Map<string, number>
  /** Accounts remembered as a player's own. */
  byIdentity: Map<string, string[]>
  /** Accounts remembered as paying for a player (a parent, partner, company). */
  byPayerIdentity: Map<string, string[]>
  byReference: Map<string, string[]>
  /** The reference without its prefix ("ashc" for SUBS-ASHC), which payers sometimes type alone. */
  byCode: Map<string, string[]>
  longestReference: number
  /** Exact (order-free) name keys of names and accepted bank names. */
  byName: Map<string, NameEntry[]>
  byWords: Map<string, Formed[]>
  byRotation: Map<string, Formed[]>
  /** Learned payer names, looked up the same ways but kept apart: they are not the player's own name. */
  payerByName: Map<string, NameEntry[]>
  payerByWords: Map<string, Formed[]>
  payerByRotation: Map<string, Formed[]>
  byToken: Map<string, NameEntry[]>
  /** A name word with one letter deleted (or none) -> the names containing that word. */
  byWordDeletion: Map<string, NameEntry[]>
  /** A player's first name -> players, for references such as "for priya" or "kofis subs". */
  byFirstName: Map<string, string[]>
  /** A player's surname -> players: written alone in a reference, only a suggestion. */
  bySurname: Map<string, string[]>
  /** A player's full own name as forms, for finding it written inside a reference. */
  ownByWords: Map<string, Formed[]>
  ownByRotation: Map<string, Formed[]>
}

export function identityKey(identity: PayerIdentity): string {
  return identity.kind === 'bank'
    ? `bank:${identity.sortCode.replace(/\D/g, '')}:${identity.accountNumber.replace(/\D/g, '')}`
    : `monzo:${identity.userId.trim()}`
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

function entry(playerId: string, text: string, via: NameEntry['via']): NameEntry | null {
  const key = nameKey(text)
  if (!key) return null
  const raw = nameTokens(text)
  const joined = joinParticles(raw)
  const variants = joined.join(' ') === raw.join(' ') ? [raw] : [raw, joined]
  return { playerId, key, tokens: [...new Set([...raw, ...joined])], variants, via, text, generation: raw.some(isGeneration) }
}

function nameEntries(player: Player): NameEntry[] {
  const out: NameEntry[] = []
  const add = (text: string, via: NameEntry['via']) => {
    const e = entry(player.id, text, via)
    if (e && !out.some((x) => x.key === e.key && x.via === e.via)) out.push(e)
  }
  add(player.name, 'name')
  for (const a of player.aliases) add(a, 'alias')
  return out
}

export function compareByName(a: Player, b: Player): number {
  const an = foldText(a.name)
  const bn = foldText(b.name)
  if (an !== bn) return an < bn ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function indexForms(e: NameEntry, byWords: Map<string, Formed[]>, byRotation: Map<string, Formed[]>): void {
  for (const form of nameForms(e.text)) {
    const f = { entry: e, form }
    if (form.wordsKey) push(byWords, form.wordsKey, f)
    for (const r of form.rotations) if (r) push(byRotation, r, f)
  }
}

export function buildIndex(players: readonly Player[]): PlayerIndex {
  const sorted = [...players].sort(compareByName)
  const index: PlayerIndex = {
    players: new Map(sorted.map((p) => [p.id, p])),
    rank: new Map(sorted.map((p, i) => [p.id, i])),
    byIdentity: new Map(),
    byPayerIdentity: new Map(),
    byReference: new Map(),
    byCode: new Map(),
    longestReference: 0,
    byName: new Map(),
    byWords: new Map(),
    byRotation: new Map(),
    payerByName: new Map(),
    payerByWords: new Map(),
    payerByRotation: new Map(),
    byToken: new Map(),
    byWordDeletion: new Map(),
    byFirstName: new Map(),
    bySurname: new Map(),
    ownByWords: new Map(),
    ownByRotation: new Map(),
  }
  for (const player of sorted) {
    for (const identity of player.identities) push(index.byIdentity, identityKey(identity), player.id)
    for (const link of player.payers ?? []) {
      if (link.identity) push(index.byPayerIdentity, identityKey(link.identity), player.id)
      const e = link.name ? entry(player.id, link.name, 'payer') : null
      if (e) {
        push(index.payerByName, e.key, e)
        indexForms(e, index.payerByWords, index.payerByRotation)
      }
    }
    const ref = compactKey(player.reference)
    if (ref) {
      push(index.byReference, ref, player.id)
      index.longestReference = Math.max(index.longestReference, ref.length)
      const code = ref.startsWith('subs') ? ref.slice(4) : ''
      if (code.length >= 4) push(index.byCode, code, player.id)
    }
    const own = nameTokens(player.name)
    const first = own[0]
    if (first && first.length >= 2) push(index.byFirstName, first, player.id)
    if (own.length > 1) for (const last of new Set([own.at(-1)!, joinParticles(own).at(-1)!])) if (last.length >= 3) push(index.bySurname, last, player.id)
    for (const e of nameEntries(player)) {
      push(index.byName, e.key, e)
      indexForms(e, index.byWords, index.byRotation)
      if (e.via === 'name') indexForms(e, index.ownByWords, index.ownByRotation)
      for (const token of e.tokens) {
        push(index.byToken, token, e)
        for (const variant of deletions(token, allowedTypos(token))) push(index.byWordDeletion, variant, e)
      }
    }
  }
  return index
}

/**
 * Names that certainly are this payer name (see name-forms' sameName), looked up in the given maps:
 * exact keys, the same words in any order, or the words run together, with agreeing initials.
 */
export function lookupSameName(
  name: string,
  maps: { byName?: Map<string, NameEntry[]>; byWords: Map<string, Formed[]>; byRotation: Map<string, Formed[]> },
): NameEntry[] {
  const found = new Set<NameEntry>(maps.byName?.get(nameKey(name)) ?? [])
  const generation = nameTokens(name).some(isGeneration)
  for (const pf of nameForms(name)) {
    if (pf.initials.length > 2) continue
    const hits = [...(maps.byWords.get(pf.wordsKey) ?? []), ...(formIsLong(pf) ? (maps.byRotation.get(pf.compact) ?? []) : [])]
    for (const { entry: e, form: nf } of hits) {
      if (nf.wordCount < 2 && pf.wordCount < 2) continue
      if (e.generation !== generation) continue
      if (initialsAgree(pf.initials, nf.initials)) found.add(e)
    }
  }
  return [...found]
}

/** Distinct player ids in deterministic order: active players first, then by name and id. */
export function orderIds(index: PlayerIndex, ids: Iterable<string>): string[] {
  const rankOf = (id: string) => index.rank.get(id) ?? Number.MAX_SAFE_INTEGER
  const activeOf = (id: string) => (index.players.get(id)?.active === false ? 1 : 0)
  const unique = [...new Set(ids)]
  return unique.length < 2 ? unique : unique.sort((a, b) => activeOf(a) - activeOf(b) || rankOf(a) - rankOf(b))
}

/** Where active players fit, inactive (archived) ones are not considered. */
export function preferActive(index: PlayerIndex, ids: string[]): string[] {
  const active = ids.filter((id) => index.players.get(id)?.active !== false)
  return active.length > 0 ? active : ids
}
