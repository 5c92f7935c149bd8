// The roster rule, in one place: up to maxPlayers play; past that, players wait in line;
// when a rostered player drops out, the first waiting player is promoted.
import type { Fixture } from '../../../shared/domain'
import { UserError } from '../errors'

export type Placement = 'roster' | 'waiting'

export function addToSquad(f: Fixture, playerId: string): Placement {
  if (f.roster.includes(playerId) || f.waiting.includes(playerId)) {
    throw new UserError('That player is already on this fixture.', 'duplicate')
  }
  if (f.roster.length < f.maxPlayers) {
    f.roster.push(playerId)
    return 'roster'
  }
  f.waiting.push(playerId)
  return 'waiting'
}

/** Where a removed player was, so Undo can put them back exactly there. */
export interface Removal {
  list: Placement
  index: number
  /** The waiting player promoted into their place, if any. */
  promoted: string | null
}

/** Removes a player; the first waiting player is promoted into a roster place. */
export function removeFromSquad(f: Fixture, playerId: string): Removal {
  const w = f.waiting.indexOf(playerId)
  if (w >= 0) {
    f.waiting.splice(w, 1)
    return { list: 'waiting', index: w, promoted: null }
  }
  const r = f.roster.indexOf(playerId)
  if (r < 0) throw new UserError('That player is not on this fixture.', 'not_found')
  f.roster.splice(r, 1)
  return { list: 'roster', index: r, promoted: fillFromWaiting(f)[0] ?? null }
}

/**
 * Undoes a removal: the player goes back to their old place, and whoever was promoted into it
 * goes back to the front of the waiting list. If the roster has filled up meanwhile, the most
 * recent joiners step back to the waiting list as when max is lowered.
 */
export function restoreToSquad(f: Fixture, playerId: string, removal: Removal): void {
  if (f.roster.includes(playerId) || f.waiting.includes(playerId)) {
    throw new UserError('That player is already back on this fixture.', 'duplicate')
  }
  if (removal.list === 'roster' && removal.promoted) {
    const at = f.roster.indexOf(removal.promoted)
    if (at >= 0) {
      f.roster.splice(at, 1)
      f.waiting.unshift(removal.promoted)
    }
  }
  const list = removal.list === 'roster' ? f.roster : f.waiting
  list.splice(Math.max(0, Math.min(removal.index, list.length)), 0, playerId)
  applyMax(f)
}

/** Who a new max would move: off the roster to the waiting list, or up from it. Changes nothing. */
export function maxChangeEffect(f: Fixture, max: number): { movedToWaiting: string[]; promoted: string[] } {
  if (f.roster.length > max) return { movedToWaiting: f.roster.slice(max), promoted: [] }
  return { movedToWaiting: [], promoted: f.waiting.slice(0, Math.max(0, max - f.roster.length)) }
}

/** Promotes waiting players while there is room; returns who was promoted. */
export function fillFromWaiting(f: Fixture): string[] {
  const promoted: string[] = []
  while (f.roster.length < f.maxPlayers && f.waiting.length > 0) {
    const next = f.waiting.shift() as string
    f.roster.push(next)
    promoted.push(next)
  }
  return promoted
}

/** After max is lowered, the most recent joiners go back to the front of the waiting list. */
export function applyMax(f: Fixture): void {
  if (f.roster.length > f.maxPlayers) {
    const overflow = f.roster.splice(f.maxPlayers)
    f.waiting.unshift(...overflow)
  } else {
    fillFromWaiting(f)
  }
}

export type SquadState = 'on' | 'short' | 'cancelled' | 'played'

/**
 * "9/12 — on", "6/12 — needs 2 more", "Cancelled"; a game that has happened reads as what
 * happened: "Played · 10 players".
 */
export function squadLabel(f: Fixture, now?: Date): { count: string; state: SquadState; text: string; needed: number } {
  const count = `${f.roster.length}/${f.maxPlayers}`
  if (f.status === 'cancelled') return { count, state: 'cancelled', text: 'Cancelled', needed: 0 }
  const played = f.status === 'played' || (now !== undefined && Date.parse(f.kickoffAt) <= now.getTime())
  if (played) {
    const n = f.roster.length
    return { count, state: 'played', text: n === 0 ? 'Played · no players recorded' : `Played · ${n} player${n === 1 ? '' : 's'}`, needed: 0 }
  }
  const needed = Math.max(0, f.minPlayers - f.roster.length)
  if (needed > 0) return { count, state: 'short', text: `${count} — needs ${needed} more`, needed }
  return { count, state: 'on', text: `${count} — on`, needed: 0 }
}
