import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PayerIdentity, Player } from '../../src/shared/domain'
import { isSubsCandidate, parseTransactionsBody, toIncomingPayment } from '../../src/main/core/ledger/monzo-transaction'
import { createMatcher, matchPayment, type MatchInput } from '../../src/main/core/matching/matcher'
import { sample } from '../helpers/samples'

function player(id: string, name: string, reference: string, extra: Partial<Player> = {}): Player {
  return { id, name, reference, aliases: [], identities: [], active: true, notes: '', createdAt: '2026-01-01T00:00:00Z', ...extra }
}

const jon = player('p-jon', 'Jonathan Okafor', 'SUBS-JOKA', {
  identities: [{ kind: 'bank', sortCode: '04-00-04', accountNumber: '12345678' }],
})
const priya = player('p-priya', 'Priya Raman', 'SUBS-PRAM', { identities: [{ kind: 'monzo', userId: 'user_0000PriyaR' }] })
const luke = player('p-luke', 'Luke Morrison', 'SUBS-LUKEM')
const ash = player('p-ash', 'Ashley Carter', 'SUBS-ASHC', { aliases: ['A CARTER-JONES'] })
const zoe = player('p-zoe', "Zoë O'Brien", 'SUBS-ZOBR')
const sam = player('p-sam', 'Sam Whitley', 'SUBS-SAMW')
const jo = player('p-jo', 'Jo Whitley', 'SUBS-JOWH')
const players = [jon, priya, luke, ash, zoe, sam, jo]
const ctx = { pricePences: [500] }

function pay(over: Partial<MatchInput>): MatchInput {
  return { amountPence: 500, payerName: '', reference: '', identity: null, ...over }
}

const match = (p: Partial<MatchInput>, ps: Player[] = players) => matchPayment(pay(p), ps, ctx)

function samples() {
  const body = JSON.parse(readFileSync(sample('transactions.json'), 'utf8'))
  return parseTransactionsBody(body).filter(isSubsCandidate).map(toIncomingPayment)
}

describe('matcher on the Monzo samples', () => {
  const byId = new Map(samples().map((s) => [s.id, s]))
  const m = createMatcher(players, ctx)

  it('credits the Faster Payment from a learned bank account', () => {
    const r = m.match(byId.get('tx_0000AbC1fps0001')!)
    expect(r).toMatchObject({ status: 'matched', rule: 'identity', candidates: ['p-jon'] })
    expect(r.allocations).toEqual([{ playerId: 'p-jon', amountPence: 500 }])
  })

  it('credits the Monzo-to-Monzo payment by the learned user id', () => {
    expect(m.match(byId.get('tx_0000AbC1p2p0002')!)).toMatchObject({ status: 'matched', rule: 'identity', candidates: ['p-priya'] })
  })

  it('suggests both sides of the joint account when both are players', () => {
    const r = m.match(byId.get('tx_0000AbC1p2p0003')!)
    expect(r.status).toBe('suggested')
    expect(r.allocations).toEqual([])
    expect([...r.candidates].sort()).toEqual(['p-jo', 'p-sam'])
    expect(r.explanation).toMatch(/split/)
  })

  it('credits by reference when the name is only an initial and surname', () => {
    expect(m.match(byId.get('tx_0000AbC1fps0004')!)).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['p-luke'] })
  })
})

describe('strong evidence', () => {
  it('identity: bank sort code and account number, however the sort code is written', () => {
    const identity: PayerIdentity = { kind: 'bank', sortCode: '040004', accountNumber: '12345678' }
    expect(match({ identity, payerName: 'SOMEONE ELSE LTD' })).toMatchObject({ status: 'matched', rule: 'identity' })
  })

  it('an anonuser id or an unknown account is not an identity match', () => {
    expect(match({ identity: { kind: 'monzo', userId: 'anonuser_4f1c2d' } }).status).toBe('unmatched')
  })

  it.each(['SUBS-ASHC', 'subs-ashc', 'subs ashc', 'SUBSASHC', 'football Subs Ashc thanks', 'wed SUBS-ASHC.'])(
    'reference variant %j credits Ashley',
    (reference) => {
      expect(match({ reference, payerName: 'Unknown Person' })).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['p-ash'] })
    },
  )

  it('a reference must be whole: SUBS-ASHC2 and SUBSASHCX are not SUBS-ASHC', () => {
    expect(match({ reference: 'SUBS-ASHC2' }).status).not.toBe('matched')
    expect(match({ reference: 'SUBSASHCX' }).status).not.toBe('matched')
  })

  it.each([
    ['MR JONATHAN OKAFOR', 'p-jon'],
    ['Okafor Jonathan', 'p-jon'],
    ['ZOE OBRIEN', 'p-zoe'],
    ['Ms Zoe O Brien', 'p-zoe'], // the particle written apart is the same name
    ['MR JONATHAN A OKAFOR', 'p-jon'], // a middle initial, with a title
    ['OKAFOR JONATHAN A', 'p-jon'],
    ['Jonathan B Okafor Snr', null], // someone else in the family
    ['zoë o’brien', 'p-zoe'],
    ['A CARTER-JONES', 'p-ash'],
    ['Carter-Jones A', 'p-ash'],
  ])('name %j -> %s', (payerName, expected) => {
    const r = match({ payerName })
    if (expected) expect(r).toMatchObject({ status: 'matched', rule: 'name', candidates: [expected] })
    else expect(r.status).not.toBe('matched')
  })

  it('a joint account matches the one side that is a player', () => {
    const r = match({ payerName: 'Priya Raman & Dev Raman' }, [priya, jon])
    expect(r).toMatchObject({ status: 'matched', rule: 'name', candidates: ['p-priya'] })
  })

  it('a joint account that is a player’s accepted bank name is a plain name match', () => {
    const samAlias = { ...sam, aliases: ['Sam Whitley & Jo Whitley'] }
    expect(match({ payerName: 'Sam Whitley & Jo Whitley' }, [samAlias, jo])).toMatchObject({ status: 'matched', candidates: ['p-sam'] })
  })
})

describe('weak evidence only suggests', () => {
  it.each([
    ['J OKAFOR', 'p-jon'],
    ['OKAFOR J', 'p-jon'],
    ['L MORRISON', 'p-luke'],
    ['Jonathon Okafor', 'p-jon'],
    ['Priya Ramen', 'p-priya'],
    ['Priya', 'p-priya'],
    ['J A OKAFOR', 'p-jon'],
  ])('%j suggests %s', (payerName, id) => {
    const r = match({ payerName })
    expect(r.status).toBe('suggested')
    expect(r.rule).toBeNull()
    expect(r.allocations).toEqual([])
    expect(r.candidates[0]).toBe(id)
  })

  it('the reference code alone (without SUBS) suggests', () => {
    expect(match({ reference: 'ashc' })).toMatchObject({ status: 'suggested', candidates: ['p-ash'] })
  })

  it('a wrong initial is never the player: the shared surname only suggests family', () => {
    const r = match({ payerName: 'K OKAFOR' })
    expect(r).toMatchObject({ status: 'suggested', rule: null, allocations: [], candidates: ['p-jon'] })
    expect(r.explanation).toBe("'K OKAFOR' shares a surname with Jonathan Okafor — family, perhaps: not certain enough to credit")
  })

  it('weak hints from each side of a joint account', () => {
    const r = match({ payerName: 'S WHITLEY & J WHITLEY' })
    expect(r.status).toBe('suggested')
    expect([...r.candidates].sort()).toEqual(['p-jo', 'p-sam'])
  })
})

describe('ambiguity and conflict go to the inbox', () => {
  it('two players with the same name: unmatched with both', () => {
    const a = player('a', 'Chris Lee', 'SUBS-CLEE')
    const b = player('b', 'Chris Lee', 'SUBS-CLEE2')
    const r = match({ payerName: 'CHRIS LEE' }, [b, a])
    expect(r).toMatchObject({ status: 'unmatched', rule: null, candidates: ['a', 'b'], allocations: [] })
    expect(r.explanation).toBe('Chris Lee and Chris Lee both fit the payer name — choose who paid')
  })

  it('the reference settles a name shared by two players', () => {
    const a = player('a', 'Chris Lee', 'SUBS-CLEE')
    const b = player('b', 'Chris Lee', 'SUBS-CLEE2')
    expect(match({ payerName: 'Chris Lee', reference: 'subs-clee2' }, [a, b])).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['b'] })
  })

  it('identity says one player, a reference another: the reference is deliberate and wins for one game', () => {
    const r = match({ identity: { kind: 'monzo', userId: 'user_0000PriyaR' }, reference: 'SUBS-LUKEM', payerName: 'Priya Raman' })
    expect(r).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['p-luke'] })
    expect(r.explanation).toBe("Credited to Luke Morrison: the reference 'SUBS-LUKEM' is Luke Morrison's (paid by Priya Raman)")
  })

  it('a known player paying more than one game with a friend’s reference: for the friend alone, or both?', () => {
    const r = match({ amountPence: 1000, payerName: 'Sam Whitley', reference: 'SUBS-ZOBR' })
    expect(r).toMatchObject({ status: 'suggested', candidates: ['p-zoe', 'p-sam'], allocations: [] })
    expect(r.split).toEqual([{ playerId: 'p-sam', amountPence: 500 }, { playerId: 'p-zoe', amountPence: 500 }])
  })

  it('agreeing evidence is not a conflict', () => {
    const r = match({ identity: { kind: 'monzo', userId: 'user_0000PriyaR' }, reference: 'subs pram', payerName: 'Priya Raman' })
    expect(r).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['p-priya'] })
  })
})

describe('archived players', () => {
  const oldJon = { ...jon, id: 'p-old', active: false }
  it('match by identity or reference', () => {
    const archived = { ...luke, active: false }
    expect(match({ reference: 'SUBS-LUKEM' }, [archived])).toMatchObject({ status: 'matched', candidates: ['p-luke'] })
    expect(match({ identity: jon.identities[0]! }, [oldJon])).toMatchObject({ status: 'matched', candidates: ['p-old'] })
  })

  it('lose to an active player with the same identity', () => {
    expect(match({ identity: jon.identities[0]! }, [oldJon, jon])).toMatchObject({ status: 'matched', candidates: ['p-jon'] })
  })

  it('only suggest by name', () => {
    const r = match({ payerName: 'Jonathan Okafor' }, [oldJon])
    expect(r).toMatchObject({ status: 'suggested', candidates: ['p-old'] })
  })
})

describe('not-subs guard', () => {
  it('holds back an odd amount with no football words from a known player', () => {
    const r = match({ amountPence: 1250, payerName: 'Priya Raman', reference: 'cheers' })
    expect(r).toMatchObject({ status: 'suggested', rule: 'name', candidates: ['p-priya'], allocations: [] })
    expect(r.explanation).toBe("From Priya Raman, but £12.50 isn't a multiple of £5 and the reference doesn't mention football — check it's subs")
  })

  it('holds back a note about something else, whatever the amount', () => {
    const r = match({ amountPence: 1000, payerName: 'Priya Raman', reference: 'curry' })
    expect(r).toMatchObject({ status: 'suggested', rule: null, candidates: ['p-priya'], allocations: [] })
    expect(r.explanation).toBe("From Priya Raman, but the note 'curry' sounds like something other than the game — check it's subs")
  })

  it('applies to identity matches too', () => {
    expect(match({ amountPence: 730, identity: { kind: 'monzo', userId: 'user_0000PriyaR' } }).status).toBe('suggested')
  })

  it.each(['footy', 'FOOTBALL', '5-a-side', 'fives', 'subs', 'pitch money', 'game', 'match fee', 'WED', 'thurs', 'FOOTYWED'])(
    'credits an odd amount mentioning %j',
    (reference) => {
      expect(match({ amountPence: 1250, payerName: 'Priya Raman', reference }).status).toBe('matched')
    },
  )

  it('credits whole multiples of any current price', () => {
    const prices = { pricePences: [500, 650] }
    expect(matchPayment(pay({ amountPence: 1300, payerName: 'Priya Raman' }), players, prices).status).toBe('matched')
    expect(matchPayment(pay({ amountPence: 1500, payerName: 'Priya Raman' }), players, prices).status).toBe('matched')
    const r = matchPayment(pay({ amountPence: 1400, payerName: 'Priya Raman' }), players, prices)
    expect(r.explanation).toMatch(/multiple of £5 or £6\.50 and there is no reference/)
  })

  it('does not take "subscription" for subs', () => {
    expect(match({ amountPence: 349, payerName: 'Priya Raman', reference: 'netflix subscription' }).status).toBe('suggested')
  })
})

describe('determinism and speed', () => {
  it('gives the same answer whatever order the players come in', () => {
    const inputs = [pay({ payerName: 'S WHITLEY & J WHITLEY' }), pay({ payerName: 'Whitley' }), pay({ payerName: 'Sam Whitley & Jo Whitley' })]
    const forward = inputs.map((i) => matchPayment(i, players, ctx))
    const backward = inputs.map((i) => matchPayment(i, [...players].reverse(), ctx))
    expect(backward).toEqual(forward)
    expect(forward[1]!.candidates).toEqual(['p-jo', 'p-sam'])
  })

  // Speed is measured by `npm run bench`, not asserted here (machines are noisy).
  it('matches 10,000 payments against 500 players by every strong rule', () => {
    const many: Player[] = []
    for (let i = 0; i < 500; i++) {
      many.push(player(`p${i}`, `Player${String.fromCharCode(97 + (i % 26))}${i} Surname${i}`, `SUBS-P${i}`, {
        identities: [{ kind: 'bank', sortCode: '040004', accountNumber: String(10000000 + i) }],
      }))
    }
    const m = createMatcher(many, ctx)
    let matched = 0
    for (let i = 0; i < 10000; i++) {
      const n = i % 500
      const input =
        i % 4 === 0 ? pay({ identity: { kind: 'bank', sortCode: '040004', accountNumber: String(10000000 + n) } })
        : i % 4 === 1 ? pay({ reference: `subs p${n} football` })
        : i % 4 === 2 ? pay({ payerName: many[n]!.name.toUpperCase() })
        : pay({ payerName: `Unknown Payer ${i}` })
      if (m.match(input).status === 'matched') matched++
    }
    expect(matched).toBe(7500)
  })
})

describe('lookups kept between matchers for the same players', () => {
  it('a player changed in place (same array, same object) is seen by the next matcher, never the kept lookups', () => {
    const roster = [player('p-a', 'Dara Kelleher', 'SUBS-DKEL'), player('p-b', 'Femi Adeyemi', 'SUBS-FADE')]
    const before = createMatcher(roster, ctx)
    expect(before.match(pay({ payerName: 'DARA KELLEHER', reference: 'footy' }))).toMatchObject({ status: 'matched', candidates: ['p-a'] })
    roster[0]!.name = 'Niamh Kelly'
    roster[1]!.identities.push({ kind: 'bank', sortCode: '20-00-00', accountNumber: '55501234' })
    const after = createMatcher(roster, ctx)
    expect(after.match(pay({ payerName: 'DARA KELLEHER', reference: 'footy' })).status).not.toBe('matched')
    expect(after.match(pay({ payerName: 'NIAMH KELLY', reference: 'footy' }))).toMatchObject({ status: 'matched', candidates: ['p-a'] })
    const fromAccount = pay({ payerName: 'ANYONE', reference: 'footy', identity: { kind: 'bank', sortCode: '20-00-00', accountNumber: '55501234' } })
    expect(after.match(fromAccount)).toMatchObject({ status: 'matched', rule: 'identity', candidates: ['p-b'] })
  })

  it('a draft changed after its matcher was built, then thrown away, leaves the kept lookups as the committed players are', () => {
    const committed = [player('p-a', 'Dara Kelleher', 'SUBS-DKEL'), player('p-b', 'Femi Adeyemi', 'SUBS-FADE')]
    const draft = structuredClone(committed)
    createMatcher(draft, ctx)
    draft[0]!.active = false
    draft[0]!.name = 'Someone Else'
    const again = createMatcher(structuredClone(committed), ctx)
    expect(again.match(pay({ payerName: 'DARA KELLEHER', reference: 'footy' }))).toMatchObject({ status: 'matched', candidates: ['p-a'] })
  })

  it('gives the same verdicts warm as cold', () => {
    const inputs = samples()
    const cold = inputs.map((p) => matchPayment(p, players, ctx))
    const warm = createMatcher(players, ctx)
    expect(inputs.map((p) => warm.match(p))).toEqual(cold)
  })
})
