// The general rules behind a red team's held-out failures, one by one: repayments are not subs, a note
// that also covers someone else is never credited whole, a code one typo from the payer's own is a
// conflict, a payer who names themself isn't paying for the player, the reference is the sender for a
// pooled provider, full names run together, and initials, families and short forms only suggest.
import { describe, expect, it } from 'vitest'
import type { PayerIdentity, Player } from '../../src/shared/domain'
import { createMatcher, type MatchInput } from '../../src/main/core/matching/matcher'
import { nameTokens } from '../../src/main/core/matching/normalise'
import { couldBeSameHolder, sameName } from '../../src/main/core/matching/name-forms'
import { isCommonFormOf, isShortFormOf } from '../../src/main/core/matching/short-forms'

function player(id: string, name: string, extra: Partial<Player> = {}): Player {
  return { id, name, reference: `SUBS-${id.toUpperCase()}`, aliases: [], identities: [], payers: [], active: true, notes: '', createdAt: '2026-01-01T00:00:00Z', ...extra }
}
const bankId = (accountNumber: string): PayerIdentity => ({ kind: 'bank', sortCode: '309634', accountNumber })
const joshAccount = bankId('72631845')
const rajAccount = bankId('83920174')
const mumAccount = bankId('50617283')

const squad = [
  player('jamie', 'Jamie Smith', { reference: 'SUBS-JSMI' }),
  // Given before codes kept two typos apart: one keystroke from his brother's.
  player('josh', 'Josh Smith', { reference: 'SUBS-JSMIT', identities: [joshAccount] }),
  player('tom', 'Tom Okonkwo'),
  player('ruben', 'Ruben van der Berg'),
  player('femi', 'Femi Adeyemi'),
  player('ollie', 'Ollie Bennett'),
  player('dan', 'Dan Whitfield'),
  player('dev', 'Dev Patel'),
  player('emma', 'Emma Clarke'),
  player('kieran', 'Kieran Walsh', { payers: [{ name: 'MRS S WALSH', identity: mumAccount, learnedAt: '2026-09-01T00:00:00Z' }] }),
  // Her partner's account, remembered as hers ("the payer's name fits no player").
  player('priya', 'Priya Shah', { identities: [rajAccount], aliases: ['R PATEL'] }),
  player('chris', 'Chris Evans'),
  player('lewis', 'Lewis Grant'),
]
const ctx = { pricePences: [500, 600] }
const pay = (over: Partial<MatchInput>): MatchInput => ({ amountPence: 600, payerName: '', reference: '', identity: null, ...over })
const match = (p: Partial<MatchInput>, players: Player[] = squad) => createMatcher(players, ctx).match(pay(p))

describe('money paid back is not subs, even from a known account at a whole number of games', () => {
  it.each([
    'PAYING U BACK', 'paying you back', 'pay u back', 'PAYBACK', 'paid you back x', 'owe you', 'OWED U', 'what I owe',
    'what i owed', 'IOU', 'for the other night', 'cheers for the other day', 'cheers for the lift', 'thanks for dinner',
    'ta for the tickets mate', 'PAYINGUBACK', 'your money back', 'settle up', 'thanks for covering me', 'the tenner', 'cheers for driving', 'ta for the chips',
    'repaying', 'reimbursement',
  ])('%j waits in the inbox with the player suggested', (reference) => {
    const r = match({ payerName: 'SMITH J', identity: joshAccount, reference, amountPence: 2000 })
    expect(r).toMatchObject({ status: 'suggested', allocations: [] })
    expect(r.candidates[0]).toBe('josh')
    expect(r.explanation).toMatch(/^From Josh Smith, but the note '.*' sounds like something other than the game — check it's subs$/)
  })

  it.each([
    'owe you for 2 weeks', 'paying you back for footy', 'pay u back for last week', 'cheers for organising', 'thanks for tonight',
    'cheers mate', 'thanks jon', 'owed 2 weeks', 'cheers for the game', 'cheers for wed', 'thanks for having me', 'thanks for waiting', 'sorry, thanks for your patience', 'FOOTY', '',
  ])('%j says the game: credited', (reference) => {
    expect(match({ payerName: 'SMITH J', identity: joshAccount, reference, amountPence: 1200 })).toMatchObject({ status: 'matched', candidates: ['josh'] })
  })
})

describe('a note that also covers someone else is never credited whole', () => {
  const ollieAccount = bankId('11110000')
  const players = squad.map((p) => (p.id === 'ollie' ? { ...p, identities: [ollieAccount] } : p))
  const from = (reference: string, amountPence = 1200) => match({ payerName: 'Oliver Bennett', identity: ollieAccount, reference, amountPence }, players)

  it.each(['ollie + my mate jack', 'ollie and a mate', 'ollie + guest', 'footy plus my brother', 'ollie + jack', 'ollie & sam', 'ollie +1', 'ollie plus one', 'footy for 2'])(
    '%j waits in the inbox with the player suggested',
    (reference) => {
      const r = from(reference)
      expect(r).toMatchObject({ status: 'suggested', allocations: [] })
      expect(r.candidates[0]).toBe('ollie')
    },
  )

  it('says who else it covers', () => {
    expect(from('ollie + my mate jack').explanation).toBe(
      "The note 'ollie + my mate jack' says it also covers someone else ('my mate'), not only Ollie Bennett — assign or split it",
    )
  })

  it('when the other person is a player, the split is pre-filled', () => {
    for (const reference of ['ollie + my mate dev', 'ollie + dev']) {
      const r = from(reference)
      expect(r.status).toBe('suggested')
      expect(r.split).toEqual([{ playerId: 'dev', amountPence: 600 }, { playerId: 'ollie', amountPence: 600 }])
    }
  })

  it('from a parent, the same goes for the player they pay for', () => {
    expect(match({ payerName: 'MRS S WALSH', identity: mumAccount, reference: 'kieran + his mate', amountPence: 1200 })).toMatchObject({ status: 'suggested', allocations: [], candidates: ['kieran'] })
  })

  it.each(['for my son kieran', 'KIERAN FOOTY LOVE MUM AND DAD', 'from mum and dad', 'footy with the lads'])('%j only says who it is from or for: credited', (reference) => {
    expect(match({ payerName: 'MRS S WALSH', identity: mumAccount, reference })).toMatchObject({ status: 'matched', candidates: ['kieran'] })
  })
})

describe('a reference code one typo from the payer’s own', () => {
  it("is a choice between the two players, whatever the account's learned owner", () => {
    const r = match({ payerName: 'SMITH J', identity: joshAccount, reference: 'SUBS-JSMI' })
    expect(r).toMatchObject({ status: 'unmatched', allocations: [], candidates: ['jamie', 'josh'] })
    expect(r.explanation).toBe("The reference 'SUBS-JSMI' is Jamie Smith's, but Josh Smith paid and their own code SUBS-JSMIT is one keystroke from it — choose who it's for")
    // From a payer named as Josh too.
    expect(match({ payerName: 'Josh Smith', reference: 'subs jsmi' }).status).toBe('unmatched')
  })

  it('the payer’s own code, or a code far from it, is as deliberate as ever', () => {
    expect(match({ payerName: 'SMITH J', identity: joshAccount, reference: 'SUBS-JSMIT' })).toMatchObject({ status: 'matched', candidates: ['josh'] })
    // Tom paying with Jamie's code: nothing near his own, so one game is clearly Jamie's.
    const tom = squad.map((p) => (p.id === 'tom' ? { ...p, identities: [bankId('40116251')] } : p))
    expect(match({ payerName: 'OKONKWO TC', identity: bankId('40116251'), reference: 'SUBS-JSMI' }, tom)).toMatchObject({ status: 'matched', candidates: ['jamie'] })
  })
})

describe('an account that pays for someone, with a note naming the payer', () => {
  it("'raj footy' from R PATEL, whose account is Priya's, waits: Raj may be paying for himself", () => {
    const r = match({ payerName: 'R PATEL', identity: rajAccount, reference: 'raj footy' })
    expect(r).toMatchObject({ status: 'suggested', allocations: [], candidates: ['priya'] })
    expect(r.explanation).toBe("The note 'raj footy' looks like the payer's own name ('raj'), not Priya Shah's — check it's for Priya Shah")
    // Remembered as a payer who pays for Kieran: the same.
    expect(match({ payerName: 'MRS S WALSH', identity: mumAccount, reference: 'SIOBHAN' }).status).toBe('suggested')
    // By name alone too (a statement has no account numbers).
    expect(match({ payerName: 'R PATEL', reference: 'RAJ' }).status).toBe('suggested')
  })

  it.each(['R PATEL', 'FOOTBALL', 'PRIYA FOOTY', 'Sent from Revolut', 'footy', ''])('%j is still credited to Priya', (reference) => {
    expect(match({ payerName: 'R PATEL', identity: rajAccount, reference })).toMatchObject({ status: 'matched', candidates: ['priya'] })
  })

  it("a note spelling the player's own name, however it starts, is not the payer's", () => {
    for (const reference of ['KIERN', 'KIERAN', 'KIERAN FOOTY']) {
      expect(match({ payerName: 'MRS K WALSH', identity: mumAccount, reference })).toMatchObject({ status: 'matched', candidates: ['kieran'] })
    }
  })

  it('a payer whose own name is the player’s is not held: "JOSH" from SMITH J is Josh writing his name', () => {
    expect(match({ payerName: 'SMITH J', identity: joshAccount, reference: 'JOSHUA' })).toMatchObject({ status: 'matched', candidates: ['josh'] })
  })
})

describe("a payment provider's pooled account: the reference is the sender", () => {
  it.each([
    ['TRANSFERWISE', 'Ruben vd Berg'],
    ['THE CURRENCY CLOUD LTD', 'RUBEN J VAN DER BERG'],
    ['THE CURRENCY CLOUD LTD', 'VAN DER BERG RUBEN 5ASIDE'],
    ['WISE PAYMENTS LIMITED', 'Ruben v.d. Berg footy'],
  ])('%s with %j: a full name of one player credits', (payerName, reference) => {
    expect(match({ payerName, identity: bankId('00010427'), reference })).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['ruben'] })
  })

  it('initials and a surname only suggest, read as the sender’s name', () => {
    const r = match({ payerName: 'THE CURRENCY CLOUD LTD', identity: bankId('00010427'), reference: 'R VAN DER BERG 5AS' })
    expect(r).toMatchObject({ status: 'suggested', allocations: [], candidates: ['ruben'] })
    expect(r.explanation).toBe('Sent through THE CURRENCY CLOUD LTD, a shared account: the reference could be Ruben van der Berg — not certain enough to credit')
  })

  it('"vd" is written-out "van der", "van den" or "van de" only between a name and a surname', () => {
    expect(sameName('Ruben vd Berg', 'Ruben van der Berg')).toBe(true)
    expect(sameName('Ruben vd Berg', 'Ruben van den Berg')).toBe(true)
    expect(sameName('vd Berg', 'Ruben van der Berg')).toBe(false)
    // Words that are properties of every object are just words.
    expect(sameName('Ruben constructor Berg', 'Ruben van der Berg')).toBe(false)
    expect(sameName('Ruben toString Berg', 'Ruben toString Berg')).toBe(true)
  })
})

describe("a player's full name run together", () => {
  it.each(['JAMIESMITHFOOTY', 'SUBSJAMIESMITH', 'jamie smithfooty', 'SMITHJAMIE WED'])('%j from J SMITH credits Jamie', (reference) => {
    expect(match({ payerName: 'J SMITH', reference })).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['jamie'] })
  })

  it('lewisgrant5aside, with the football run in too', () => {
    expect(match({ payerName: 'L GRANT', reference: 'lewisgrant5aside' })).toMatchObject({ status: 'matched', candidates: ['lewis'] })
  })

  it('never inside a longer name, nor where another player’s name fits too', () => {
    // Tom Harrison isn't Tom Harris.
    const players = [...squad, player('harris', 'Tom Harris')]
    expect(match({ payerName: 'A NOWAK', reference: 'TOMHARRISONFOOTY' }, players).status).not.toBe('matched')
    // Jamie Smith and Jamie Smithson: "JAMIESMITHSONFOOTY" is Smithson's.
    const both = [...squad, player('smithson', 'Jamie Smithson')]
    expect(match({ payerName: 'MRS K JONES', reference: 'JAMIESMITHSONFOOTY' }, both)).toMatchObject({ status: 'matched', candidates: ['smithson'] })
    // Around the name, only vocabulary: "DEVPATELSON" may be a Dev Patelson.
    expect(match({ payerName: 'MRS K JONES', reference: 'DEVPATELX' })).toMatchObject({ status: 'matched', candidates: ['dev'] })
    expect(match({ payerName: 'MRS K JONES', reference: 'DEVPATELSON' }).status).not.toBe('matched')
    // A first name run into the surname of a different player is nobody's full name.
    expect(match({ payerName: 'MRS K JONES', reference: 'DEVSMITHFOOTY' }).status).not.toBe('matched')
  })
})

describe('names banks print that only suggest', () => {
  it('HSBC surname first with run-together initials: "OKONKWO TC" suggests Tom Okonkwo', () => {
    expect(nameTokens('OKONKWO TC')).toEqual(['okonkwo', 't', 'c'])
    expect(nameTokens('SMITH JD')).toEqual(['smith', 'j', 'd'])
    // Not a vowel-less surname, nor a company or a generation.
    expect(nameTokens('Wei Ng')).toEqual(['wei', 'ng'])
    expect(nameTokens('OKONKWO CONSULTING LTD')).toEqual(['okonkwo', 'consulting', 'ltd'])
    expect(nameTokens('K MENSAH SNR')).toEqual(['k', 'mensah', 'snr'])
    const r = match({ payerName: 'OKONKWO TC', reference: 'GARETH' })
    expect(r).toMatchObject({ status: 'suggested', candidates: ['tom'] })
    expect(r.explanation).toMatch(/initial and surname/)
    // With "TOM" in the reference his surname settles which Tom: as for any family name.
    expect(match({ payerName: 'OKONKWO TC', reference: 'TOM' }, [...squad, player('tomh', 'Tom Harris')])).toMatchObject({ status: 'matched', candidates: ['tom'] })
  })

  it('a parent sharing only the surname is suggested as family', () => {
    const r = match({ payerName: 'MRS S WALSH', reference: 'FOOTBALL' }, squad.map((p) => (p.id === 'kieran' ? { ...p, payers: [] } : p)))
    expect(r).toMatchObject({ status: 'suggested', allocations: [], candidates: ['kieran'] })
    expect(r.explanation).toBe("'MRS S WALSH' shares a surname with Kieran Walsh — family, perhaps: not certain enough to credit")
  })

  it.each([
    ['Oliver Bennett', 'ollie'],
    ['Oluwafemi Adeyemi', 'femi'],
    ['Daniel Whitfield', 'dan'],
    ['WHITFIELD DANIEL', 'dan'],
  ])('%j is a common form of the only player it could be: credited, saying so', (payerName, id) => {
    const r = match({ payerName, reference: 'Footy' })
    expect(r).toMatchObject({ status: 'matched', rule: 'name', candidates: [id] })
    expect(r.explanation).toMatch(/name, written another way$/)
  })

  it('a common form waits when someone else could be the payer', () => {
    // His brother Jamie shares the surname: "Joshua Smith" could be their dad paying for Jamie.
    const josh = match({ payerName: 'Joshua Smith', reference: 'Footy' })
    expect(josh).toMatchObject({ status: 'suggested', allocations: [] })
    expect(josh.candidates[0]).toBe('josh')
    expect(josh.explanation).toMatch(/a short form of the name/)
    // Another Bennett in the squad, or an archived one.
    const bennetts = [...squad, player('olivia', 'Olivia Bennett')]
    expect(match({ payerName: 'Oliver Bennett', reference: 'Footy' }, bennetts).status).toBe('suggested')
    const archived = [...squad, player('olly', 'Olly Bennett', { active: false })]
    expect(match({ payerName: 'Oliver Bennett', reference: 'Footy' }, archived).status).toBe('suggested')
    // Only the same first letters: Martin is not Mark.
    const mark = [...squad, player('mark', 'Mark Reid')]
    expect(match({ payerName: 'Martin Reid', reference: 'Footy' }, mark)).toMatchObject({ status: 'suggested', candidates: ['mark'] })
    // The note says something else, or it is several games' worth too many.
    expect(match({ payerName: 'Daniel Whitfield', reference: 'pizza' }).status).toBe('suggested')
  })

  it('common forms: a short form of one long form only, or a dropped Yoruba prefix; never names that just start alike', () => {
    expect(isCommonFormOf('ollie', 'oliver')).toBe(true)
    expect(isCommonFormOf('dan', 'daniel')).toBe(true)
    expect(isCommonFormOf('daniel', 'dan')).toBe(true)
    expect(isCommonFormOf('joshua', 'josh')).toBe(true)
    expect(isCommonFormOf('femi', 'oluwafemi')).toBe(true)
    expect(isCommonFormOf('gaz', 'gareth')).toBe(false) // Gaz is a Gareth or a Gary
    expect(isCommonFormOf('sam', 'samantha')).toBe(false) // or a Samuel
    for (const [a, b] of [['mark', 'martin'], ['anne', 'leanne'], ['jo', 'joanna'], ['dan', 'dan'], ['dan', 'danielle'], ['joe', 'joel'], ['raj', 'rajesh'], ['ali', 'alison'], ['chris', 'christine'], ['leo', 'leon'], ['eva', 'evan'], ['paul', 'paula']]) {
      expect(isCommonFormOf(a!, b!), `${a} / ${b}`).toBe(false)
    }
  })

  it.each([
    ['MRS DANIELLE WHITFIELD', 'Dan Whitfield'],
    ['MISS DANA WHITFIELD', 'Dan Whitfield'],
    ['WHITFIELD DANIELS', 'Dan Whitfield'],
    ['MRS CHRISTINE EVANS', 'Chris Evans'],
    ['JOEL TAYLOR', 'Joe Taylor'],
    ['JOE TAYLOR', 'Joel Taylor'],
    ['LEONARD GRANT', 'Leon Grant'],
    ['PAULA JONES', 'Paul Jones'],
    ['RAJESH PATEL', 'Raj Patel'],
    ['SAMANTHA JONES', 'Sam Jones'],
    ['ALISON KHAN', 'Ali Khan'],
    ['EVANS & WILLIAMS', 'Will Evans'],
    ['HUGHES TOMLINSON', 'Tom Hughes'],
    ['DANIEL & SARAH WHITFIELD', 'Dan Whitfield'],
    ['DANIEL WHITFIELD LTD', 'Dan Whitfield'],
  ])('%j for %j is someone else as often as not: never credited', (payerName, playerName) => {
    const players = [player('p', playerName), player('zed', 'Zed Other')]
    expect(match({ payerName, reference: 'footy' }, players).status).not.toBe('matched')
  })

  it('short forms: the table, the same first letters, and a dropped Yoruba prefix', () => {
    expect(isShortFormOf('ollie', 'oliver')).toBe(true)
    expect(isShortFormOf('femi', 'oluwafemi')).toBe(true)
    expect(isShortFormOf('bill', 'william')).toBe(true)
    expect(isShortFormOf('josh', 'joshua')).toBe(true)
    expect(isShortFormOf('ollie', 'olive')).toBe(false)
    expect(isShortFormOf('anne', 'leanne')).toBe(false)
  })

  it('an initial and a surname only one player has stays a suggestion ("EVANS C": a parent shares both often enough)', () => {
    expect(match({ payerName: 'EVANS C', reference: '5 A SIDE' })).toMatchObject({ status: 'suggested', candidates: ['chris'] })
  })

  it('"EMMA C FOOTY": a first name and the surname’s initial, from someone who is no player, is that player', () => {
    expect(match({ payerName: 'MRS E DOYLE', reference: 'EMMA C FOOTY' })).toMatchObject({ status: 'matched', rule: 'reference', candidates: ['emma'] })
    // An initial that disagrees is someone else: only a suggestion.
    expect(match({ payerName: 'MRS E DOYLE', reference: 'EMMA D FOOTY' }).status).toBe('suggested')
  })
})

describe('an account that paid under a player’s full name before', () => {
  const chase = bankId('55443322')
  const seen = (...names: string[]) => ({ namesByIdentity: new Map([[`bank:309634:55443322`, names]]) })
  const withSeen = (p: Partial<MatchInput>, ...names: string[]) => createMatcher(squad, { ...ctx, ...seen(...names) }).match(pay(p))

  it('is that player’s when the bank prints the same holder another way (a BACS standing order: "L J GRANT")', () => {
    const r = withSeen({ payerName: 'L J GRANT', identity: chase, reference: 'FOOTY SO', amountPence: 2400 }, 'Mr Lewis J Grant', 'L J GRANT')
    expect(r).toMatchObject({ status: 'matched', rule: 'identity', candidates: ['lewis'] })
    expect(r.explanation).toBe('Credited to Lewis Grant: the same bank account paid under their full name before')
  })

  it('never when the names could be two people (a pooled account), nor from the name alone without that account', () => {
    expect(withSeen({ payerName: 'K GRANT', identity: chase, reference: 'FOOTY' }, 'Mr Lewis J Grant', 'K GRANT').status).not.toBe('matched')
    expect(withSeen({ payerName: 'L J GRANT', identity: bankId('99999999'), reference: 'FOOTY' }, 'Mr Lewis J Grant').status).not.toBe('matched')
    expect(match({ payerName: 'L J GRANT', reference: 'FOOTY' }).status).not.toBe('matched')
  })

  it('the same holder written with as many words either way round', () => {
    expect(couldBeSameHolder('Mr Lewis J Grant', 'L J GRANT')).toBe(true)
    expect(couldBeSameHolder('L J GRANT', 'Mr Lewis J Grant')).toBe(true)
    expect(couldBeSameHolder('JOHN SMITH', 'J SMITH')).toBe(true)
    expect(couldBeSameHolder('J SMITH', 'K SMITH')).toBe(false)
    expect(couldBeSameHolder('A OKAFOR', 'JONATHAN OKAFOR')).toBe(false)
  })
})
