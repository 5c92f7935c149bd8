import { describe, expect, it } from 'vitest'
import { emptyData, type SubsData } from '../../src/main/core/store/schema'
import { createPlayer, deletePlayer, updatePlayer } from '../../src/main/core/roster/players'
import {
  addPlayerToFixture,
  copyRoster,
  createFixtures,
  lastFixtureWithPlayers,
  removePlayerFromFixture,
  restorePlayerToFixture,
  setCancelled,
  updateFixture,
} from '../../src/main/core/roster/fixtures'
import { hasHistory, playersWithHistory } from '../../src/main/core/roster/players'
import { squadLabel } from '../../src/main/core/roster/squad'
import { localParts } from '../../src/main/core/roster/when'

const now = new Date('2026-11-20T12:00:00Z')

function withPlayers(n: number): { d: SubsData; ids: string[] } {
  const d = emptyData()
  const ids = Array.from({ length: n }, (_, i) => createPlayer(d, { name: `Player ${String.fromCharCode(65 + i)}` }, now).player.id)
  return { d, ids }
}

function fixture(d: SubsData, extra: Partial<Parameters<typeof createFixtures>[1]> = {}) {
  return createFixtures(d, { date: '2026-11-25', time: '19:00', location: 'Goals Wembley', pitchCostPence: 4500, pricePence: 500, ...extra }, now)
}

describe('players', () => {
  it('keeps unicode names and gives each a unique SUBS- reference', () => {
    const d = emptyData()
    const names = ['Zoë Adebayo', "Ciarán O'Brien", 'Omar Al-Hassan', 'Zoe Adams']
    const refs = names.map((name) => createPlayer(d, { name }, now).player)
    expect(refs.map((p) => p.name)).toEqual(names)
    for (const p of refs) expect(p.reference).toMatch(/^SUBS-[A-Z0-9]{3,6}$/)
    expect(new Set(refs.map((p) => p.reference)).size).toBe(names.length)
  })

  it('warns about a duplicate name (accents and case ignored) but still adds the player', () => {
    const d = emptyData()
    createPlayer(d, { name: 'Zoë Smith' }, now)
    const { warnings } = createPlayer(d, { name: 'zoe smith' }, now)
    expect(warnings[0]).toMatch(/already a player called Zoë Smith/)
    expect(d.players).toHaveLength(2)
  })

  it('cleans aliases: trims, drops blanks and repeats of the name', () => {
    const d = emptyData()
    const { player } = createPlayer(d, { name: 'Sam Whitley', aliases: ['  S WHITLEY ', '', 'sam whitley', 'S Whitley'] }, now)
    expect(player.aliases).toEqual(['S WHITLEY'])
  })

  it('refuses to delete a player with history and says to archive', () => {
    const { d, ids } = withPlayers(1)
    const [f] = createFixtures(d, { date: '2026-11-01', time: '19:00', location: 'x', pitchCostPence: 4500, pricePence: 500, playerIds: ids }, now)
    expect(f.roster).toEqual(ids)
    expect(() => deletePlayer(d, ids[0], now)).toThrow(/Archive them instead/)
  })

  it('archiving drops the player from upcoming fixtures and promotes the first waiting player', () => {
    const { d, ids } = withPlayers(13)
    const [f] = fixture(d, { playerIds: ids })
    expect(f.waiting).toEqual([ids[12]])
    updatePlayer(d, ids[0], { active: false }, now)
    expect(f.roster).not.toContain(ids[0])
    expect(f.roster).toContain(ids[12])
    expect(f.waiting).toEqual([])
  })

  it('deletes a player with no history', () => {
    const { d, ids } = withPlayers(2)
    deletePlayer(d, ids[0], now)
    expect(d.players.map((p) => p.id)).toEqual([ids[1]])
  })
})

describe('fixtures and the squad rule', () => {
  it('uses min 8 / max 12 from settings by default', () => {
    const { d } = withPlayers(0)
    const [f] = fixture(d)
    expect([f.minPlayers, f.maxPlayers]).toEqual([8, 12])
    d.settings.defaultMaxPlayers = 10
    expect(fixture(d)[0].maxPlayers).toBe(10)
  })

  it('puts the 13th player on the waiting list and promotes the first in line when someone drops out', () => {
    const { d, ids } = withPlayers(14)
    const [f] = fixture(d)
    const placements = ids.map((id) => addPlayerToFixture(d, f.id, id))
    expect(placements.filter((p) => p === 'roster')).toHaveLength(12)
    expect(f.waiting).toEqual([ids[12], ids[13]])
    expect(squadLabel(f).text).toBe('12/12 — on')
    const removal = removePlayerFromFixture(d, f.id, ids[3])
    expect(removal).toEqual({ list: 'roster', index: 3, promoted: ids[12] })
    expect(f.roster).toHaveLength(12)
    expect(f.waiting).toEqual([ids[13]])
    expect(removePlayerFromFixture(d, f.id, ids[13])).toEqual({ list: 'waiting', index: 0, promoted: null })
    expect(f.waiting).toEqual([])
  })

  it('labels a short fixture with how many more are needed', () => {
    const { d, ids } = withPlayers(6)
    const [f] = fixture(d, { playerIds: ids })
    expect(squadLabel(f)).toMatchObject({ text: '6/12 — needs 2 more', state: 'short', needed: 2 })
    setCancelled(d, f.id, true)
    expect(squadLabel(f).state).toBe('cancelled')
  })

  it('refuses the same player twice and min above max', () => {
    const { d, ids } = withPlayers(1)
    const [f] = fixture(d)
    addPlayerToFixture(d, f.id, ids[0])
    expect(() => addPlayerToFixture(d, f.id, ids[0])).toThrow(/already on this fixture/)
    expect(() => fixture(d, { minPlayers: 10, maxPlayers: 8 })).toThrow(/can't be more than the maximum/)
  })

  it('lowering max moves the latest joiners to the front of the waiting list; raising it promotes', () => {
    const { d, ids } = withPlayers(13)
    const [f] = fixture(d, { playerIds: ids })
    expect(updateFixture(d, f.id, { maxPlayers: 10 }, { allowMoves: true })).toEqual({ applied: true, movedToWaiting: [ids[10], ids[11]], promoted: [] })
    expect(f.roster).toEqual(ids.slice(0, 10))
    expect(f.waiting).toEqual([ids[10], ids[11], ids[12]])
    expect(updateFixture(d, f.id, { maxPlayers: 11 })).toEqual({ applied: true, movedToWaiting: [], promoted: [ids[10]] })
    expect(f.roster).toEqual(ids.slice(0, 11))
    expect(f.waiting).toEqual([ids[11], ids[12]])
  })

  it('a lower max that would move players changes nothing until the organiser agrees, and names them', () => {
    const { d, ids } = withPlayers(12)
    const [f] = fixture(d, { playerIds: ids })
    const before = structuredClone(f)
    expect(updateFixture(d, f.id, { maxPlayers: 10, location: 'Elsewhere', notes: 'x' })).toEqual({ applied: false, movedToWaiting: [ids[10], ids[11]], promoted: [] })
    expect(f).toEqual(before)
    // A lower max with room to spare needs no agreement.
    const [g] = fixture(d, { playerIds: ids.slice(0, 5) })
    expect(updateFixture(d, g.id, { maxPlayers: 10 }).applied).toBe(true)
  })

  it('Undo puts a removed player back in their exact place, and the promoted player back in line', () => {
    const { d, ids } = withPlayers(14)
    const [f] = fixture(d, { playerIds: ids })
    const roster = [...f.roster]
    const waiting = [...f.waiting]
    const removal = removePlayerFromFixture(d, f.id, ids[4])
    expect(f.roster.at(-1)).toBe(ids[12])
    restorePlayerToFixture(d, f.id, ids[4], removal)
    expect(f.roster).toEqual(roster)
    expect(f.waiting).toEqual(waiting)
    // From the waiting list, likewise: back ahead of whoever was behind them.
    const w = removePlayerFromFixture(d, f.id, ids[12])
    restorePlayerToFixture(d, f.id, ids[12], w)
    expect(f.waiting).toEqual(waiting)
    expect(() => restorePlayerToFixture(d, f.id, ids[12], w)).toThrow(/already back/)
  })

  it('copies another fixture\'s roster into an existing one, skipping who is there and archived players', () => {
    const { d, ids } = withPlayers(14)
    const [from] = fixture(d, { date: '2026-11-18', playerIds: ids.slice(0, 13) })
    const [to] = fixture(d, { playerIds: [ids[13], ids[0]] })
    updatePlayer(d, ids[5], { active: false }, new Date('2026-11-01T00:00:00Z'))
    const r = copyRoster(d, to.id, from.id)
    expect(to.roster).toHaveLength(12)
    expect(to.roster.slice(0, 2)).toEqual([ids[13], ids[0]])
    expect(to.roster).not.toContain(ids[5])
    expect(r.roster).toHaveLength(10)
    expect(r.waiting).toEqual([ids[12]])
    expect(to.waiting).toEqual([ids[12]])
    expect(() => copyRoster(d, to.id, to.id)).toThrow(/different fixture/)
  })

  it('the roster to copy defaults to the most recent fixture that has players, not an empty future week', () => {
    const { d, ids } = withPlayers(3)
    const [played] = fixture(d, { date: '2026-11-18', playerIds: ids })
    fixture(d, { date: '2026-11-25', weeks: 4 })
    expect(lastFixtureWithPlayers(d)?.id).toBe(played.id)
    expect(lastFixtureWithPlayers(d, played.id)).toBeNull()
  })

  it('past fixtures read as what happened', () => {
    const { d, ids } = withPlayers(10)
    const [f] = fixture(d, { date: '2026-11-18', playerIds: ids })
    expect(squadLabel(f, now)).toMatchObject({ state: 'played', text: 'Played · 10 players' })
    expect(squadLabel(f, new Date('2026-11-01T00:00:00Z'))).toMatchObject({ state: 'on', text: '10/12 — on' })
    setCancelled(d, f.id, true)
    expect(squadLabel(f, now)).toMatchObject({ state: 'cancelled', text: 'Cancelled' })
  })

  it('knows who has history (played or paid) and so can only be archived', () => {
    const { d, ids } = withPlayers(3)
    fixture(d, { date: '2026-11-18', playerIds: [ids[0]] })
    fixture(d, { date: '2026-12-02', playerIds: [ids[1]] })
    expect([...playersWithHistory(d, now)]).toEqual([ids[0]])
    expect(hasHistory(d, ids[1], now)).toBe(false)
  })

  it('repeats weekly at the same local kick-off time, across the clocks changing', () => {
    const { d } = withPlayers(0)
    const made = createFixtures(d, { date: '2026-10-14', time: '19:00', location: 'x', pitchCostPence: 4500, pricePence: 500, weeks: 4 }, now)
    expect(made.map((f) => localParts(f.kickoffAt))).toEqual([
      { date: '2026-10-14', time: '19:00' },
      { date: '2026-10-21', time: '19:00' },
      { date: '2026-10-28', time: '19:00' },
      { date: '2026-11-04', time: '19:00' },
    ])
  })

  it("starts a new fixture from the last one's roster and waiting list, skipping archived players", () => {
    const { d, ids } = withPlayers(13)
    const [first] = fixture(d, { playerIds: ids })
    updatePlayer(d, ids[1], { active: false }, new Date('2026-12-31T00:00:00Z'))
    const [next] = fixture(d, { date: '2026-12-02', copyRosterFrom: first.id })
    expect(next.roster).toHaveLength(12)
    expect(next.roster).not.toContain(ids[1])
    expect(next.waiting).toEqual([])
  })

  it('rejects a date that does not exist', () => {
    const { d } = withPlayers(0)
    expect(() => fixture(d, { date: '2026-02-30' })).toThrow(/isn't a real date/)
  })
})
