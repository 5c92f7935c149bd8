// Player rules: names, accepted bank names, payment references, archive vs delete.
import { randomUUID } from 'node:crypto'
import type { Player } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { makeReference } from '../matching/reference'
import { nameKey } from '../matching/normalise'
import { removeFromSquad } from './squad'
import { isPast } from './when'

export interface PlayerInput {
  name: string
  aliases?: string[]
  notes?: string
}

function cleanAliases(aliases: string[] | undefined, name: string): string[] {
  const seen = new Set<string>([nameKey(name)])
  const out: string[] = []
  for (const raw of aliases ?? []) {
    const a = raw.trim().replace(/\s+/g, ' ')
    const key = nameKey(a)
    if (!a || seen.has(key)) continue
    seen.add(key)
    out.push(a)
  }
  return out
}

/** Warnings, not errors: two real people can share a name, but usually it's a typo. */
export function duplicateWarnings(data: SubsData, name: string, exceptId?: string): string[] {
  const key = nameKey(name)
  const clash = data.players.find((p) => p.id !== exceptId && (nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key)))
  if (!clash) return []
  return [`There is already a player called ${clash.name}${clash.active ? '' : ' (archived)'}. If they are different people, add a surname or nickname so payments can tell them apart.`]
}

export function findPlayer(data: SubsData, id: string): Player {
  const p = data.players.find((x) => x.id === id)
  if (!p) throw new UserError('That player no longer exists. It may have been deleted in another window.', 'not_found')
  return p
}

export function findPlayerByName(data: SubsData, name: string): Player {
  const key = nameKey(name)
  const hits = data.players.filter((p) => nameKey(p.name) === key)
  if (hits.length === 0) throw new UserError(`There is no player called "${name}". Check the spelling or add them first.`, 'not_found')
  if (hits.length > 1) throw new UserError(`More than one player is called "${name}". Use a more specific name.`, 'ambiguous')
  return hits[0]
}

export function createPlayer(data: SubsData, input: PlayerInput, now: Date): { player: Player; warnings: string[] } {
  const name = input.name.trim().replace(/\s+/g, ' ')
  if (!name) throw new UserError('Give the player a name.')
  const warnings = duplicateWarnings(data, name)
  const player: Player = {
    id: `p_${randomUUID()}`,
    name,
    aliases: cleanAliases(input.aliases, name),
    identities: [],
    payers: [],
    reference: makeReference(name, new Set(data.players.map((p) => p.reference))),
    active: true,
    notes: (input.notes ?? '').trim(),
    createdAt: now.toISOString(),
  }
  data.players.push(player)
  return { player, warnings }
}

export function updatePlayer(
  data: SubsData,
  id: string,
  patch: Partial<PlayerInput> & { active?: boolean },
  now: Date,
): { player: Player; warnings: string[] } {
  const p = findPlayer(data, id)
  let warnings: string[] = []
  if (patch.name !== undefined) {
    const name = patch.name.trim().replace(/\s+/g, ' ')
    if (!name) throw new UserError('A player needs a name.')
    if (nameKey(name) !== nameKey(p.name)) warnings = duplicateWarnings(data, name, id)
    p.name = name
  }
  if (patch.aliases !== undefined) p.aliases = cleanAliases(patch.aliases, p.name)
  if (patch.notes !== undefined) p.notes = patch.notes.trim()
  if (patch.active !== undefined && patch.active !== p.active) {
    p.active = patch.active
    if (!p.active) leaveUpcoming(data, id, now)
  }
  return { player: p, warnings }
}

/** Archived or deleted players drop out of fixtures that haven't happened yet. */
function leaveUpcoming(data: SubsData, id: string, now: Date): void {
  for (const f of data.fixtures) {
    if (f.status === 'cancelled' || isPast(f.kickoffAt, now)) continue
    if (f.roster.includes(id) || f.waiting.includes(id)) removeFromSquad(f, id)
  }
}

/** Everyone who has paid, or played a game: deleting them would change past records. */
export function playersWithHistory(data: SubsData, now: Date): Set<string> {
  const out = new Set<string>()
  for (const pay of data.payments) for (const a of pay.allocations) out.add(a.playerId)
  for (const f of data.fixtures) {
    if (f.status !== 'cancelled' && (f.status === 'played' || isPast(f.kickoffAt, now))) for (const id of f.roster) out.add(id)
  }
  return out
}

export function hasHistory(data: SubsData, id: string, now: Date): boolean {
  return playersWithHistory(data, now).has(id)
}

/** Deleting would rewrite history, so it is only allowed for players with none. */
export function deletePlayer(data: SubsData, id: string, now: Date): void {
  const p = findPlayer(data, id)
  if (hasHistory(data, id, now)) {
    throw new UserError(
      `${p.name} has played or paid, so deleting them would change past records. Archive them instead: they disappear from lists but their history stays.`,
      'has_history',
    )
  }
  leaveUpcoming(data, id, now)
  for (const pay of data.payments) pay.candidates = pay.candidates.filter((c) => c !== id)
  data.players = data.players.filter((x) => x.id !== id)
}
