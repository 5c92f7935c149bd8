// The history both halves of the suite sync: several pages of realistic transactions with a
// squad whose payments the matcher allocates, so "same payments" includes "same allocations".
import { DEFAULT_ACCOUNT_ID, generateTransactions, makePlayers, type SimPlayer, type SimTransaction } from '../../src/main/core/monzo/simulator'
import { createPlayer } from '../../src/main/core/roster/players'
import type { SubsData } from '../../src/main/core/store/schema'

export const DAY = 86_400_000
export const ACCOUNT_ID = DEFAULT_ACCOUNT_ID

export function squad(n = 30): SimPlayer[] {
  return makePlayers(n, 11)
}

/** `count` transactions ending an hour before `now`, spread over `days` (so the 90-day rule bites). */
export function history(now: number, count = 2000, payments = 700, days = 200, players = squad()): SimTransaction[] {
  return generateTransactions({ players, count, paymentCount: payments, start: now - days * DAY, end: now - 3600_000, seed: 2026, pendingTail: 3 })
}

/** The organiser's squad as Subs knows it: names plus the bank names they pay under. */
export function addSquad(d: SubsData, players: readonly SimPlayer[], now: Date): void {
  for (const p of players) createPlayer(d, { name: p.name, aliases: p.bankName && p.bankName !== p.name ? [p.bankName] : [] }, now)
}

/** A payment as comparable across data files: player ids differ per file, names don't. */
export function fingerprint(d: SubsData): string[] {
  const names = new Map(d.players.map((p) => [p.id, p.name]))
  return d.payments
    .map((p) => `${p.id}|${p.amountPence}|${p.status}|${p.allocations.map((a) => `${names.get(a.playerId)}:${a.amountPence}`).join(',')}`)
    .sort()
}

/** How many of `expected` are missing from `actual`, plus how many ids appear twice. */
export function lost(expected: readonly string[], actual: readonly string[], ids: readonly string[]): { missing: number; doubled: number; differing: number } {
  const have = new Set(actual)
  const expectedIds = new Set(expected.map((e) => e.split('|')[0]))
  const haveIds = new Set(ids)
  const missing = [...expectedIds].filter((id) => !haveIds.has(id)).length
  const doubled = ids.length - haveIds.size
  const differing = expected.filter((e) => !have.has(e)).length - missing
  return { missing, doubled, differing: Math.max(0, differing) + Math.max(0, actual.length - expected.length - doubled) }
}
