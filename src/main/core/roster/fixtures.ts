// Fixture rules: creating (one-off or weekly), editing, cancelling, deleting, and who is playing.
import { randomUUID } from 'node:crypto'
import type { Fixture } from '../../../shared/domain'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { addToSquad, applyMax, removeFromSquad, type Placement } from './squad'
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
  if (min > max) throw new UserError(`The minimum (${min}) can't be more than the maximum (${max}) players.`)
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
  const starters = squad.filter((id) => findPlayer(data, id).active)
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

export function updateFixture(data: SubsData, id: string, patch: Partial<FixtureInput>): Fixture {
  const f = findFixture(data, id)
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
  const min = patch.minPlayers ?? f.minPlayers
  const max = patch.maxPlayers ?? f.maxPlayers
  checkLimits(min, max)
  f.minPlayers = min
  if (max !== f.maxPlayers) {
    f.maxPlayers = max
    applyMax(f)
  }
  return f
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

export function removePlayerFromFixture(data: SubsData, fixtureId: string, playerId: string): string | null {
  return removeFromSquad(findFixture(data, fixtureId), playerId)
}

/** The most recent fixture by kick-off, to start the next one from. */
export function lastFixture(data: SubsData): Fixture | null {
  return data.fixtures.reduce<Fixture | null>((a, f) => (!a || f.kickoffAt > a.kickoffAt ? f : a), null)
}
