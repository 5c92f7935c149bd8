import { describe, expect, it } from 'vitest'
import { nextFixtureDefaults, type PastFixture } from '../../src/renderer/src/lib/fixture-defaults'

const f = (date: string, time = '19:00', status: PastFixture['status'] = 'scheduled'): PastFixture => ({ date, time, status, kickoffAt: `${date}T${time}:00Z` })

describe('nextFixtureDefaults', () => {
  it('offers the next usual weekday and kick-off, not today', () => {
    // Wednesdays at 19:00; today is Thursday 26 Nov 2026.
    expect(nextFixtureDefaults([f('2026-11-11'), f('2026-11-18')], '2026-11-26')).toEqual({ date: '2026-12-02', time: '19:00' })
  })

  it('is today when today is the usual day and nothing is set up for it', () => {
    expect(nextFixtureDefaults([f('2026-11-18')], '2026-11-25')).toEqual({ date: '2026-11-25', time: '19:00' })
  })

  it('continues a season already set up from its last week', () => {
    const season = [f('2026-11-18'), f('2026-11-25'), f('2026-12-02'), f('2026-12-09')]
    expect(nextFixtureDefaults(season, '2026-11-26')).toEqual({ date: '2026-12-16', time: '19:00' })
  })

  it('goes by the usual day and time, not a one-off, and ignores cancelled weeks', () => {
    const fixtures = [f('2026-10-28', '19:00'), f('2026-11-04', '19:00'), f('2026-11-07', '10:30'), f('2026-11-11', '19:00'), f('2026-11-14', '11:00', 'cancelled')]
    expect(nextFixtureDefaults(fixtures, '2026-11-16')).toEqual({ date: '2026-11-18', time: '19:00' })
  })

  it('has nothing to offer without fixtures', () => {
    expect(nextFixtureDefaults([], '2026-11-26')).toBeNull()
  })
})
