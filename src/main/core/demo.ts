// Sample players and fixtures for "Try Subs with a demo bank". The demo bank (the Monzo simulator)
// is seeded with payments from these same players, so sync has something real to match.
// One module per function: the 'date-fns' barrel costs seconds to load in the main process.
import { format } from 'date-fns/format'
import { nextWednesday } from 'date-fns/nextWednesday'
import { subWeeks } from 'date-fns/subWeeks'
import type { SubsData } from './store/schema'
import { createPlayer } from './roster/players'
import { createFixtures } from './roster/fixtures'
import { DEMO_PLAYERS } from './monzo/simulator'

export function seedDemo(d: SubsData, now: Date): void {
  const ids = DEMO_PLAYERS.map((sp) => {
    const aliases = sp.bankName && sp.bankName !== sp.name ? [sp.bankName] : []
    const { player } = createPlayer(d, { name: sp.name, aliases }, now)
    // Use the reference the demo bank's payers quote, as a real organiser would have shared it.
    if (sp.reference && !d.players.some((p) => p.reference === sp.reference)) player.reference = sp.reference
    return player.id
  })
  const fixtures = createFixtures(
    d,
    {
      date: format(subWeeks(nextWednesday(now), 12), 'yyyy-MM-dd'),
      time: '19:00',
      location: 'Powerleague Shoreditch, pitch 3',
      pitchCostPence: 4500,
      pricePence: 500,
      weeks: 14,
    },
    now,
  )
  // Ten of the twelve each week, rotating, with one short week and one cancelled.
  fixtures.forEach((f, i) => {
    f.roster = Array.from({ length: 10 }, (_, k) => ids[(i + k) % ids.length])
  })
  fixtures[3].roster = fixtures[3].roster.slice(0, 7)
  fixtures[6].status = 'cancelled'
  d.demo = true
  d.welcomed = true
}
