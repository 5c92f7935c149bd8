// Evidence with intent, names as banks print them, payments for several people, pooled payer
// accounts and households: the matcher's rules one by one (the corpus in eval/ checks them together).
import { describe, expect, it } from 'vitest'
import type { PayerIdentity, Player } from '../../src/shared/domain'
import { createMatcher, type MatchInput } from '../../src/main/core/matching/matcher'
import { isPaymentProvider } from '../../src/main/core/matching/pooled-payers'
import { couldBeSameHolder, sameName } from '../../src/main/core/matching/name-forms'

function player(id: string, name: string, extra: Partial<Player> = {}): Player {
  return { id, name, reference: `SUBS-${id.toUpperCase()}`, aliases: [], identities: [], payers: [], active: true, notes: '', createdAt: '2026-01-01T00:00:00Z', ...extra }
}
const bankId = (accountNumber: string): PayerIdentity => ({ kind: 'bank', sortCode: '040004', accountNumber })

const squad = [
  player('jon', 'Jonathan Okafor'),
  player('priya', 'Priya Raman'),
  player('sean', 'Seán Ó Briain'),
  player('ciaran', 'Ciarán Mac Giolla'),
  player('conor', 'Conor McCarthy'),
  player('mo', 'Mohammed Al-Hassan'),
  player('luke', 'Luke van der Berg'),
  player('tomb', 'Tom Baker'),
  player('tomh', 'Tom Hughes'),
  player('kofi', 'Kofi Mensah'),
  player('ama', 'Ama Mensah'),
  player('dev', 'Dev Patel'),
  player('dan', 'Dan Hughes'),
  player('sam', 'Sam Whitley'),
  player('jo', 'Jo Whitley'),
  player('ollie', 'Ollie Grant'),
]
const ctx = { pricePences: [500, 600] }

function pay(over: Partial<MatchInput>): MatchInput {
  return { amountPence: 500, payerName: '', reference: '', identity: null, ...over }
}
const match = (p: Partial<MatchInput>, players: Player[] = squad, extra: Partial<typeof ctx & { namesByIdentity: Map<string, string[]> }> = {}) =>
  createMatcher(players, { ...ctx, ...extra }).match(pay(p))

describe('names as banks print them', () => {
  it.each([
    ['SEAN OBRIAIN', 'sean', 'Irish Ó run into the surname'],
    ['OBRIAIN SEAN', 'sean', 'and surname first'],
    ['Sean O Briain', 'sean', 'Ó written as a plain O'],
    ['CIARAN MACGIOLLA', 'ciaran', 'Mac run into the surname'],
    ['MR CONOR MC CARTHY', 'conor', 'Mc written apart, with a title'],
    ['MOHAMMED ALHASSAN', 'mo', 'Al- run into the surname'],
    ['LUKE VANDERBERG', 'luke', 'van der run together'],
    ['MR JONATHAN A OKAFOR', 'jon', 'title and middle initial'],
    ['DR JONATHAN A B OKAFOR', 'jon', 'two middle initials'],
    ['OKAFOR JONATHAN A', 'jon', 'surname first, initial last'],
  ])('%j credits %s (%s)', (payerName, id) => {
    expect(match({ payerName, reference: 'FOOTY' })).toMatchObject({ status: 'matched', rule: 'name', candidates: [id] })
  })

  it.each([
    ['J OKAFOR', 'an initial could be anyone in the family'],
    ['K MENSAH SNR', 'the father'],
    ['JONATHAN OKAFOR SNR', 'the father, with the same name'],
    ['L VANDERBERG', 'an initial'],
    ['JONATHAN A B C OKAFOR', 'three initials'],
  ])('%j is never certain (%s)', (payerName) => {
    expect(match({ payerName, reference: 'FOOTY' }).status).not.toBe('matched')
  })

  it('tells names on one account apart from a pooled account’s many senders', () => {
    expect(couldBeSameHolder('J OKAFOR', 'MR JONATHAN A OKAFOR')).toBe(true)
    expect(couldBeSameHolder('SEAN OBRIAIN', 'Seán Ó Briain')).toBe(true)
    expect(couldBeSameHolder('A OKAFOR', 'JONATHAN OKAFOR')).toBe(false)
    expect(couldBeSameHolder('JOHN SMITH', 'PRIYA RAMAN')).toBe(false)
    expect(sameName('JOSE GARCIALOPEZ', 'José García-López')).toBe(true)
  })
})

describe('the reference is deliberate and outranks the payer name', () => {
  it("a parent's payment with the player's full name in the reference", () => {
    const r = match({ payerName: 'MRS A OKAFOR', reference: 'Jonathan Okafor footy' })
    expect(r).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['jon'] })
    expect(r.explanation).toBe("Credited to Jonathan Okafor: the reference 'Jonathan Okafor footy' names Jonathan Okafor")
  })

  it.each([
    ['for priya', 'priya'],
    ['priyas footy', 'priya'],
    ["kofi's subs", 'kofi'],
    ['kofis subs', 'kofi'],
    ['AMA FOOTY', 'ama'],
    ['JONATHAN', 'jon'],
    ['on behalf of ama', 'ama'],
  ])('a note naming a player with intent (%j) points to them', (reference, id) => {
    expect(match({ payerName: 'K MENSAH SNR', reference })).toMatchObject({ status: 'matched', rule: 'reference', candidates: [id] })
  })

  it("a known player's one game for someone else is the other's; more might be both", () => {
    expect(match({ payerName: 'Tom Baker', reference: 'for priya' })).toMatchObject({ status: 'matched', candidates: ['priya'] })
    const two = match({ payerName: 'Tom Baker', reference: 'SUBS-PRIYA', amountPence: 1200 })
    expect(two).toMatchObject({ status: 'suggested', candidates: ['priya', 'tomb'] })
    expect(two.split).toEqual([{ playerId: 'tomb', amountPence: 600 }, { playerId: 'priya', amountPence: 600 }])
  })

  it('a name dropped in passing only suggests; a greeting to the organiser is ignored', () => {
    expect(match({ payerName: 'Tom Baker', reference: 'footy with dan' })).toMatchObject({ status: 'suggested', candidates: ['dan', 'tomb'] })
    expect(match({ payerName: 'Tom Baker', reference: 'thanks dan' })).toMatchObject({ status: 'matched', candidates: ['tomb'] })
    expect(match({ payerName: 'Tom Baker', reference: 'sorry dan, late' })).toMatchObject({ status: 'matched', candidates: ['tomb'] })
  })

  it("a bare first name from another player only suggests: it may be the organiser's own name", () => {
    expect(match({ payerName: 'Priya Raman', reference: 'Dev' })).toMatchObject({ status: 'suggested', candidates: ['dev', 'priya'] })
    expect(match({ payerName: 'Tom Baker', reference: 'DAN FOOTY' })).toMatchObject({ status: 'suggested', candidates: ['dan', 'tomb'] })
    // From someone who isn't a player (a parent), the same note is clear.
    expect(match({ payerName: 'K MENSAH SNR', reference: 'DAN FOOTY' })).toMatchObject({ status: 'matched', candidates: ['dan'] })
  })

  it('a surname or a word that is also a name only suggests', () => {
    const players = [...squad, player('mark', 'Mark Jones'), player('ben', 'Ben Green')]
    expect(match({ payerName: 'Tom Baker', reference: 'Mark' }, players)).toMatchObject({ status: 'suggested', candidates: ['mark', 'tomb'] })
    expect(match({ payerName: 'Tom Baker', reference: 'for mark' }, players)).toMatchObject({ status: 'matched', candidates: ['mark'] })
    expect(match({ payerName: 'Tom Baker', reference: 'will pay rest soon' }, players)).toMatchObject({ status: 'matched', candidates: ['tomb'] })
    expect(match({ payerName: 'Tom Baker', reference: 'green' }, players)).toMatchObject({ status: 'suggested', candidates: ['ben', 'tomb'] })
  })

  it('narrows a shared first name by the initial after it, or by the payer’s family name', () => {
    expect(match({ payerName: 'Dan Hughes', reference: 'for tom h' })).toMatchObject({ status: 'matched', candidates: ['tomh'] })
    expect(match({ payerName: 'MRS J BAKER', reference: 'TOMS FOOTBALL' })).toMatchObject({ status: 'matched', candidates: ['tomb'] })
    const r = match({ payerName: 'Tom Baker', reference: 'me & tom h', amountPence: 1000 })
    expect(r.split?.map((x) => x.playerId)).toEqual(['tomb', 'tomh'])
  })

  it('a first name two players share is a choice, not a credit', () => {
    const r = match({ payerName: 'Kofi Mensah', reference: 'for tom' })
    expect(r).toMatchObject({ status: 'unmatched', candidates: ['tomb', 'tomh', 'kofi'] })
    expect(r.explanation).toBe("The note 'for tom' could mean Tom Baker or Tom Hughes — choose who it's for")
  })

  it("paying for someone who isn't in the squad, or for a guest, is not the payer's own subs", () => {
    expect(match({ payerName: 'Kofi Mensah', reference: 'for josh' })).toMatchObject({ status: 'suggested', candidates: ['kofi'] })
    expect(match({ payerName: 'Kofi Mensah', reference: 'kofi and becky', amountPence: 1000 }).status).toBe('suggested')
    expect(match({ payerName: 'Sam Whitley', reference: 'Sam + Al', amountPence: 1000 }, squad.filter((p) => p.id !== 'jo')).status).toBe('suggested')
    expect(match({ payerName: 'Kofi Mensah', reference: 'cheers for organising' }).status).toBe('matched')
    expect(match({ payerName: 'Kofi Mensah', reference: 'footy +1', amountPence: 1000 }).status).toBe('suggested')
    expect(match({ payerName: 'Kofi Mensah', reference: 'FOR MY BROTHER' }).status).toBe('suggested')
    expect(match({ payerName: 'Kofi Mensah', reference: 'footy for the next 2 weeks', amountPence: 1000 }).status).toBe('matched')
  })
})

describe('purpose: not the game', () => {
  it.each(['drinks', '🍻', 'pizza 🍕', 'birthday collection', 'villa deposit', 'football tickets', 'fantasy football', 'subs + drinks', 'footy kit', 'REFUND', 'secret santa'])(
    'a known player’s %j goes to the inbox with them suggested',
    (reference) => {
      const r = match({ payerName: 'Priya Raman', reference, amountPence: 1000 })
      expect(r).toMatchObject({ status: 'suggested', candidates: ['priya'], allocations: [] })
      expect(r.explanation).toMatch(/sounds like something other than the game/)
    },
  )

  it("exactly the pitch's cost asks: more likely the booking than subs", () => {
    const r = createMatcher(squad, { ...ctx, pitchPences: [4500] }).match(pay({ payerName: 'Priya Raman', reference: 'pitch', amountPence: 4500 }))
    expect(r).toMatchObject({ status: 'suggested', candidates: ['priya'] })
    expect(r.explanation).toBe("From Priya Raman, but £45.00 is what the pitch costs — check it's subs before crediting")
  })

  it('more than 8 games at once asks for confirmation', () => {
    expect(match({ payerName: 'Priya Raman', reference: 'footy', amountPence: 4800 }).status).toBe('matched')
    const r = match({ payerName: 'Priya Raman', reference: 'footy', amountPence: 5400 })
    expect(r).toMatchObject({ status: 'suggested', candidates: ['priya'] })
    expect(r.explanation).toBe('From Priya Raman, but £54.00 is more than 8 games at £6 — check it before crediting')
  })
})

describe('one payment for several people: a split suggested, never a credit', () => {
  it.each([
    ['me + dev', 'Tom Baker', ['tomb', 'dev']],
    ['for me and dev', 'Tom Baker', ['tomb', 'dev']],
    ['me n priya', 'Tom Baker', ['tomb', 'priya']],
    ['kofi + ama', 'K MENSAH SNR', ['kofi', 'ama']],
    ['SUBS-KOFI SUBS-AMA', 'K MENSAH SNR', ['kofi', 'ama']],
  ])('%j from %s', (reference, payerName, ids) => {
    const r = match({ payerName, reference, amountPence: 1000 })
    expect(r.status).toBe('suggested')
    expect(r.allocations).toEqual([])
    expect(r.split?.map((s) => s.playerId).sort()).toEqual([...ids].sort())
    expect(r.split?.every((s) => s.amountPence === 500)).toBe(true)
  })

  it("'x2' from a joint account of two players splits between them; from one player it asks", () => {
    const joint = match({ payerName: 'Sam Whitley & Jo Whitley', reference: 'footy x2', amountPence: 1000 })
    expect(joint.split?.map((s) => s.playerId).sort()).toEqual(['jo', 'sam'])
    const single = match({ payerName: 'Priya Raman', reference: 'footy x2', amountPence: 1000 })
    expect(single).toMatchObject({ status: 'suggested', candidates: ['priya'], split: null })
  })

  it("a joint account's note naming one holder is that holder's", () => {
    expect(match({ payerName: 'Sam Whitley & Jo Whitley', reference: 'jo' })).toMatchObject({ status: 'matched', candidates: ['jo'] })
  })

  it('less than a game each is one person’s: choose who, don’t halve it', () => {
    const r = match({ payerName: 'Sam Whitley & Jo Whitley', reference: 'footy', amountPence: 600 })
    expect(r).toMatchObject({ status: 'suggested', split: null })
    expect(r.explanation).toMatch(/choose who this one is for/)
  })
})

describe('households: an account linked to several players', () => {
  const dad = bankId('19283746')
  const players = squad.map((p) =>
    p.id === 'kofi' || p.id === 'ama' ? { ...p, payers: [{ name: 'K MENSAH SNR', identity: dad, learnedAt: '2026-09-01T00:00:00Z' }] } : p,
  )
  it('two games from the household are offered as a split across its players', () => {
    const r = match({ payerName: 'K MENSAH SNR', identity: dad, reference: 'FOOTBALL', amountPence: 1200 }, players)
    expect(r).toMatchObject({ status: 'suggested', rule: 'identity', allocations: [] })
    expect(r.split).toEqual([{ playerId: 'ama', amountPence: 600 }, { playerId: 'kofi', amountPence: 600 }])
  })
  it('by name alone too (a statement has no account numbers)', () => {
    expect(match({ payerName: 'K MENSAH SNR', reference: 'FOOTBALL', amountPence: 1200 }, players).split).toHaveLength(2)
  })
  it('the household naming one of its players credits that one', () => {
    expect(match({ payerName: 'K MENSAH SNR', identity: dad, reference: 'AMA' }, players)).toMatchObject({ status: 'matched', candidates: ['ama'] })
  })
})

describe('pooled payer accounts are never an identity', () => {
  it.each(['THE CURRENCY CLOUD LTD', 'WISE PAYMENTS LIMITED', 'PAYPAL UK LTD', 'REVOLUT LTD', 'MODULR FS LIMITED', 'Clear Junction Ltd', 'TRANSFERWISE', 'Banking Circle S.A.'])(
    '%j is a payment provider',
    (name) => expect(isPaymentProvider(name)).toBe(true),
  )
  it.each(['Ernie Wise', 'Priya Raman', 'EVANS PLUMBING LTD', 'Ria Patel', 'Sam Whitley & Jo Whitley'])('%j is not', (name) => expect(isPaymentProvider(name)).toBe(false))

  it("a provider's account learned by mistake still never matches; the name in the reference does", () => {
    const cloud = bankId('12312312')
    const players = squad.map((p) => (p.id === 'ollie' ? { ...p, identities: [cloud] } : p))
    const r = match({ payerName: 'THE CURRENCY CLOUD LTD', identity: cloud, reference: 'FOOTBALL' }, players)
    expect(r).toMatchObject({ status: 'unmatched', candidates: [] })
    expect(match({ payerName: 'THE CURRENCY CLOUD LTD', identity: cloud, reference: 'KOFI MENSAH SUBS' }, players)).toMatchObject({
      status: 'matched',
      candidates: ['kofi'],
    })
  })

  it('an account seen with two people’s names is pooled, even once learned for one of them', () => {
    const shared = bankId('55555555')
    const players = squad.map((p) => (p.id === 'ollie' ? { ...p, identities: [shared] } : p))
    const namesByIdentity = new Map([['bank:040004:55555555', ['OLLIE GRANT']]])
    expect(match({ payerName: 'OLLIE GRANT', identity: shared }, players, { namesByIdentity })).toMatchObject({ status: 'matched', candidates: ['ollie'] })
    // The same account now arrives with someone else's name: it's a provider's, not Ollie's.
    expect(match({ payerName: 'PRIYA SHAH', identity: shared, reference: 'FOOTY' }, players, { namesByIdentity }).status).not.toBe('matched')
  })
})

describe('learned names that fit two players', () => {
  it("a bank name learned for one brother that also fits the other's name is a choice", () => {
    const players = [player('james', 'James Smith', { aliases: ['J SMITH'] }), player('john', 'John Smith')]
    const r = match({ payerName: 'J SMITH', reference: 'FOOTY' }, players)
    expect(r).toMatchObject({ status: 'unmatched', candidates: ['james', 'john'] })
  })
})
