import { describe, expect, it } from 'vitest'
import type { Fixture } from '../../src/shared/domain'
import { fixtureGroupText, owesGroupText } from '../../src/main/core/ledger/group-chat'

const o = { dates: { locale: 'en-GB', timeZone: 'Europe/London' }, now: new Date('2026-11-20T12:00:00Z') }
const names: Record<string, string> = { a: 'Zoë Adebayo', b: "Ciarán O'Brien", c: 'Omar Al-Hassan', d: 'Aoife Byrne' }
const nameOf = (id: string) => names[id] ?? 'Removed player'

function fixture(over: Partial<Fixture> = {}): Fixture {
  return {
    id: 'f', kickoffAt: '2026-11-25T19:00:00Z', location: 'Powerleague Shoreditch, pitch 3', pitchCostPence: 4500, pricePence: 500,
    minPlayers: 2, maxPlayers: 3, status: 'scheduled', roster: ['a', 'b'], waiting: [], notes: 'bring bibs', createdAt: '', ...over,
  }
}

describe('fixtureGroupText', () => {
  it("gives the date, place, price, who's in, and the spaces left, as plain lines", () => {
    expect(fixtureGroupText(fixture(), nameOf, o)).toBe(
      ['⚽ Wed 25 Nov, 19:00 · Powerleague Shoreditch, pitch 3', '£5 each', '', 'In (2/3):', '1. Zoë Adebayo', "2. Ciarán O'Brien", '', '1 space left.'].join('\n'),
    )
  })

  it("lists who's waiting when it is full", () => {
    const text = fixtureGroupText(fixture({ roster: ['a', 'b', 'c'], waiting: ['d'], pricePence: 550, location: '' }), nameOf, o)
    expect(text).toBe(
      ['⚽ Wed 25 Nov, 19:00', '£5.50 each', '', 'In (3/3):', '1. Zoë Adebayo', "2. Ciarán O'Brien", '3. Omar Al-Hassan', '', 'Waiting list:', '1. Aoife Byrne', '', 'Full: reply to go on the waiting list.'].join('\n'),
    )
  })

  it('says how many more are needed when short, and says so plainly when cancelled', () => {
    const short = fixtureGroupText(fixture({ roster: [], minPlayers: 2, maxPlayers: 10 }), nameOf, o)
    expect(short.split('\n').slice(3)).toEqual(['In (0/10):', 'Nobody yet', '', '10 spaces left. We need 2 more for the game to go ahead.'])
    expect(fixtureGroupText(fixture({ status: 'cancelled' }), nameOf, o)).toBe('⚽ Wed 25 Nov, 19:00 · Powerleague Shoreditch, pitch 3\nCancelled: no game this time.')
  })

  it('has no markdown, tables or tabs, whatever the names', () => {
    const text = fixtureGroupText(fixture({ roster: ['a', 'b', 'c'], waiting: ['d'] }), nameOf, o)
    expect(text).not.toMatch(/[|*_`#\t]/)
  })
})

describe('owesGroupText', () => {
  const rows = [
    { name: 'Sam Whitley', owesPence: 1000, paymentWaiting: false },
    { name: 'Zoë Adebayo', owesPence: 500, paymentWaiting: true },
    { name: 'Ann Berry', owesPence: 550, paymentWaiting: false },
    { name: 'Cat Jones', owesPence: 0, paymentWaiting: false },
    { name: 'Dan Price', owesPence: -500, paymentWaiting: false },
  ]

  it('names and amounts, one line each, most owed first, then the monzo.me link', () => {
    const r = owesGroupText(rows, 'https://monzo.me/alexorganiser', o)
    expect(r.text).toBe(
      [
        'Subs still owed, Fri 20 Nov:',
        'Sam Whitley: £10',
        'Ann Berry: £5.50',
        '',
        'Pay by bank transfer with your usual reference, or at https://monzo.me/alexorganiser',
        'Thanks!',
      ].join('\n'),
    )
    expect(r.included).toBe(2)
    // Someone whose payment may be waiting in the inbox isn't chased in front of the squad.
    expect(r.leftOut).toEqual(['Zoë Adebayo'])
  })

  it('has no link without a monzo.me username, and no bank details ever', () => {
    const r = owesGroupText(rows, '', o)
    expect(r.text).toContain('Pay by bank transfer with your usual reference.\nThanks!')
    expect(r.text).not.toMatch(/SUBS-|\d{2}-\d{2}-\d{2}|\d{8}|monzo\.me/)
  })

  it('says so when nobody owes', () => {
    expect(owesGroupText(rows.slice(3), 'x', o)).toEqual({ text: 'Nobody owes any subs right now. Thanks, everyone!', included: 0, leftOut: [] })
  })
})
