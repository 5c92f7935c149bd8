// Fixture rules: creating (one-off or weekly), editing, cancelling, deleting, and who is playing.
import { randomUUID } from 'node:crypto'
import type { Fixture } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { addToSquad, applyMax, maxChangeEffect, removeFromSquad, restoreToSquad, type Placement, type Removal } from './squad'
import { kickoffFromLocal, weeksLater } from './when'
import { findPlayer } from './players'

export interface FixtureInput {
  date: string
  time: string
  location: string
  pitchCostPence: number
  pricePence: number
  minPlayers?: number
  maxPlayers?: number
  notes?: string
  status?: 'scheduled' | 'played' | 'cancelled'
}

export interface CreateFixturesInput extends FixtureInput {
  /** How many weekly fixtures to create, the first on `date` (1 = just this one). */
  weeks?: number
  /** Start each new fixture with this fixture's roster (and waiting list). */
  copyRosterFrom?: string | null
  playerIds?: string[]
}

function checkLimits(min: number, max: number): void {
  if (min > max) throw new UserError(`The minimum (${min}) can't be more than the maximum (${max}) players.`, 'invalid', 'minPlayers')
}

export function findFixture(data: SubsData, id: string): Fixture {
  const f = data.fixtures.find((x) => x.id === id)
  if (!f) throw new UserError('That fixture no longer exists. It may have been deleted in another window.', 'not_found')
  return f
}

export function createFixtures(data: SubsData, input: CreateFixturesInput, now: Date): Fixture[] {
  const s = data.settings
  const min = input.minPlayers ?? s.defaultMinPlayers
  const max = input.maxPlayers ?? s.defaultMaxPlayers
  checkLimits(min, max)
  const first = kickoffFromLocal(input.date, input.time)
  const source = input.copyRosterFrom ? findFixture(data, input.copyRosterFrom) : null
  const squad = source ? [...source.roster, ...source.waiting] : (input.playerIds ?? [])
  // A roster may still list someone deleted since: copying skips them like archived players.
  const starters = source ? squad.filter((id) => data.players.some((p) => p.id === id && p.active)) : squad.filter((id) => findPlayer(data, id).active)
  const created: Fixture[] = []
  for (let i = 0; i < (input.weeks ?? 1); i++) {
    const f: Fixture = {
      id: `f_${randomUUID()}`,
      kickoffAt: weeksLater(first, i),
      location: input.location.trim(),
      pitchCostPence: input.pitchCostPence,
      pricePence: input.pricePence,
      minPlayers: min,
      maxPlayers: max,
      status: input.status ?? 'scheduled',
      roster: [],
      waiting: [],
      notes: (input.notes ?? '').trim(),
      createdAt: now.toISOString(),
    }
    for (const id of starters) addToSquad(f, id)
    data.fixtures.push(f)
    created.push(f)
  }
  return created
}

export interface UpdateOutcome {
  /** False when lowering max would move players and the organiser hasn't agreed yet: nothing changed. */
  applied: boolean
  /** Player ids that go (or would go) from the roster to the waiting list. */
  movedToWaiting: string[]
  /** Player ids promoted from the waiting list by a higher max. */
  promoted: string[]
}

/** Reads only: the outcome to return instead of editing when a lower max needs the organiser's consent. */
export function heldForConsent(data: SubsData, id: string, patch: Partial<FixtureInput>, opts: { allowMoves?: boolean } = {}): UpdateOutcome | null {
  const f = findFixture(data, id)
  const min = patch.minPlayers ?? f.minPlayers
  const max = patch.maxPlayers ?? f.maxPlayers
  checkLimits(min, max)
  if (max === f.maxPlayers || opts.allowMoves) return null
  const effect = maxChangeEffect(f, max)
  return effect.movedToWaiting.length > 0 ? { applied: false, ...effect } : null
}

/**
 * Edits a fixture. Changing max changes who plays, so a lower max that would move rostered
 * players to the waiting list is only applied with `allowMoves` (the organiser was shown who);
 * without it nothing is changed and the outcome names them.
 */
export function updateFixture(data: SubsData, id: string, patch: Partial<FixtureInput>, opts: { allowMoves?: boolean } = {}): UpdateOutcome {
  const held = heldForConsent(data, id, patch, opts)
  if (held) return held
  const f = findFixture(data, id)
  const min = patch.minPlayers ?? f.minPlayers
  const max = patch.maxPlayers ?? f.maxPlayers
  const effect = max !== f.maxPlayers ? maxChangeEffect(f, max) : { movedToWaiting: [], promoted: [] }
  if (patch.date !== undefined || patch.time !== undefined) {
    const cur = new Date(f.kickoffAt)
    const pad = (n: number) => String(n).padStart(2, '0')
    const date = patch.date ?? `${cur.getFullYear()}-${pad(cur.getMonth() + 1)}-${pad(cur.getDate())}`
    const time = patch.time ?? `${pad(cur.getHours())}:${pad(cur.getMinutes())}`
    f.kickoffAt = kickoffFromLocal(date, time)
  }
  if (patch.location !== undefined) f.location = patch.location.trim()
  if (patch.pitchCostPence !== undefined) f.pitchCostPence = patch.pitchCostPence
  if (patch.pricePence !== undefined) f.pricePence = patch.pricePence
  if (patch.notes !== undefined) f.notes = patch.notes.trim()
  if (patch.status !== undefined) f.status = patch.status
  f.minPlayers = min
  if (max !== f.maxPlayers) {
    f.maxPlayers = max
    applyMax(f)
  }
  return { applied: true, ...effect }
}

export function setCancelled(data: SubsData, id: string, cancelled: boolean): Fixture {
  const f = findFixture(data, id)
  f.status = cancelled ? 'cancelled' : 'scheduled'
  return f
}

export function deleteFixture(data: SubsData, id: string): void {
  findFixture(data, id)
  data.fixtures = data.fixtures.filter((f) => f.id !== id)
}

export function addPlayerToFixture(data: SubsData, fixtureId: string, playerId: string): Placement {
  const f = findFixture(data, fixtureId)
  const p = findPlayer(data, playerId)
  if (!p.active) throw new UserError(`${p.name} is archived. Restore them on the Players page to add them to a fixture.`)
  if (f.status === 'cancelled') throw new UserError('This fixture is cancelled. Restore it before adding players.')
  return addToSquad(f, playerId)
}

export function removePlayerFromFixture(data: SubsData, fixtureId: string, playerId: string): Removal {
  return removeFromSquad(findFixture(data, fixtureId), playerId)
}

/** Undo for removePlayerFromFixture: back to the exact place they had. */
export function restorePlayerToFixture(data: SubsData, fixtureId: string, playerId: string, removal: Removal): void {
  const f = findFixture(data, fixtureId)
  findPlayer(data, playerId)
  if (removal.promoted !== null && !data.players.some((p) => p.id === removal.promoted)) removal = { ...removal, promoted: null }
  restoreToSquad(f, playerId, removal)
}

/**
 * Adds another fixture's roster, then its waiting list, in their order, to this one: players
 * already on it, archived or deleted are skipped; past max they join the waiting list as usual.
 */
export function copyRoster(data: SubsData, fixtureId: string, fromId: string): { roster: string[]; waiting: string[] } {
  const f = findFixture(data, fixtureId)
  const from = findFixture(data, fromId)
  if (f.id === from.id) throw new UserError('Choose a different fixture to copy the roster from.')
  if (f.status === 'cancelled') throw new UserError('This fixture is cancelled. Restore it before adding players.')
  const out = { roster: [] as string[], waiting: [] as string[] }
  for (const id of [...from.roster, ...from.waiting]) {
    if (f.roster.includes(id) || f.waiting.includes(id)) continue
    if (!data.players.some((p) => p.id === id && p.active)) continue
    out[addToSquad(f, id)].push(id)
  }
  return out
}

/** The most recent fixture by kick-off, to start the next one from. */
export function lastFixture(data: SubsData): Fixture | null {
  return data.fixtures.reduce<Fixture | null>((a, f) => (!a || f.kickoffAt > a.kickoffAt ? f : a), null)
}

/** The most recent fixture (by kick-off) that has anyone on it: where a new roster usually comes from. */
export function lastFixtureWithPlayers(data: SubsData, exceptId?: string): Fixture | null {
  return data.fixtures.reduce<Fixture | null>(
    (a, f) => (f.id !== exceptId && f.roster.length > 0 && (!a || f.kickoffAt > a.kickoffAt) ? f : a),
    null,
  )
}
