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

/** Removes a player; returns the id of the waiting player promoted into their place, if any. */
export function removeFromSquad(f: Fixture, playerId: string): string | null {
  const w = f.waiting.indexOf(playerId)
  if (w >= 0) {
    f.waiting.splice(w, 1)
    return null
  }
  const r = f.roster.indexOf(playerId)
  if (r < 0) throw new UserError('That player is not on this fixture.', 'not_found')
  f.roster.splice(r, 1)
  return fillFromWaiting(f)[0] ?? null
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

/** "9/12 — on", "6/12 — needs 2 more", "Cancelled". */
export function squadLabel(f: Fixture): { count: string; state: 'on' | 'short' | 'cancelled'; text: string; needed: number } {
  const count = `${f.roster.length}/${f.maxPlayers}`
  if (f.status === 'cancelled') return { count, state: 'cancelled', text: `${count} — cancelled`, needed: 0 }
  const needed = Math.max(0, f.minPlayers - f.roster.length)
  if (needed > 0) return { count, state: 'short', text: `${count} — needs ${needed} more`, needed }
  return { count, state: 'on', text: `${count} — on`, needed: 0 }
}
