import type { PayerIdentity, Player } from '../../../shared/domain'
import { allowedTypos, deletions } from './edit-distance'
import { compactKey, foldText, nameKey, nameTokens } from './normalise'

/** One way a player may be named: their own name or an accepted bank name. */
export interface NameEntry {
  playerId: string
  key: string
  tokens: string[]
  via: 'name' | 'alias'
  text: string
}

/**
 * Everything the matcher looks up, built once per player list so matching a payment is a handful
 * of map reads rather than a scan over every player.
 */
export interface PlayerIndex {
  players: Map<string, Player>
  /** Position in (name, id) order: every list of candidates is sorted by it, so output is deterministic. */
  rank: Map<string, number>
  byIdentity: Map<string, string[]>
  byReference: Map<string, string[]>
  /** The reference without its prefix ("ashc" for SUBS-ASHC), which payers sometimes type alone. */
  byCode: Map<string, string[]>
  longestReference: number
  byName: Map<string, NameEntry[]>
  byToken: Map<string, NameEntry[]>
  /** A name word with one letter deleted (or none) -> the names containing that word. */
  byWordDeletion: Map<string, NameEntry[]>
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

function nameEntries(player: Player): NameEntry[] {
  const texts: Array<[string, 'name' | 'alias']> = [[player.name, 'name'], ...player.aliases.map((a) => [a, 'alias'] as [string, 'alias'])]
  const out: NameEntry[] = []
  for (const [text, via] of texts) {
    const key = nameKey(text)
    if (key && !out.some((e) => e.key === key)) out.push({ playerId: player.id, key, tokens: nameTokens(text), via, text })
  }
  return out
}

export function compareByName(a: Player, b: Player): number {
  const an = foldText(a.name)
  const bn = foldText(b.name)
  if (an !== bn) return an < bn ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function buildIndex(players: readonly Player[]): PlayerIndex {
  const sorted = [...players].sort(compareByName)
  const index: PlayerIndex = {
    players: new Map(sorted.map((p) => [p.id, p])),
    rank: new Map(sorted.map((p, i) => [p.id, i])),
    byIdentity: new Map(),
    byReference: new Map(),
    byCode: new Map(),
    longestReference: 0,
    byName: new Map(),
    byToken: new Map(),
    byWordDeletion: new Map(),
  }
  for (const player of sorted) {
    for (const identity of player.identities) push(index.byIdentity, identityKey(identity), player.id)
    const ref = compactKey(player.reference)
    if (ref) {
      push(index.byReference, ref, player.id)
      index.longestReference = Math.max(index.longestReference, ref.length)
      const code = ref.startsWith('subs') ? ref.slice(4) : ''
      if (code.length >= 4) push(index.byCode, code, player.id)
    }
    for (const entry of nameEntries(player)) {
      push(index.byName, entry.key, entry)
      for (const token of new Set(entry.tokens)) {
        push(index.byToken, token, entry)
        for (const variant of deletions(token, allowedTypos(token))) push(index.byWordDeletion, variant, entry)
      }
    }
  }
  return index
}

/** Distinct player ids in deterministic order: active players first, then by name and id. */
export function orderIds(index: PlayerIndex, ids: Iterable<string>): string[] {
  const rankOf = (id: string) => index.rank.get(id) ?? Number.MAX_SAFE_INTEGER
  const activeOf = (id: string) => (index.players.get(id)?.active === false ? 1 : 0)
  return [...new Set(ids)].sort((a, b) => activeOf(a) - activeOf(b) || rankOf(a) - rankOf(b))
}

/** Where active players fit, inactive (archived) ones are not considered. */
export function preferActive(index: PlayerIndex, ids: string[]): string[] {
  const active = ids.filter((id) => index.players.get(id)?.active !== false)
  return active.length > 0 ? active : ids
}
