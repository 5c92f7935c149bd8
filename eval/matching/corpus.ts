// A season of one organiser's Monzo traffic, labelled the way a careful organiser would decide it.
// Wednesday 5-a-side, £5 a game, £6 from week 7. Two API syncs (after week 7, and at the end) with
// the organiser clearing some of the inbox in between, then a CSV statement of their joint account.
// Written from how people really pay: banks' own spellings of names (titles, initials, particles run
// together, surname first), parents, partners and companies paying, Wise and other pooled accounts,
// joint accounts, "me + dev", "x2", drinks and birthdays, weeks paid at once, the price going up,
// pending payments settling and one reversed, and everything on the statement that isn't a player.
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import {
  bank, credit, declined, inbox, monzo, notSubs, payment, priceOn, theirOwn, when,
  type Expect, type Labelled, type Payer,
} from './builders'

/** The squad as the organiser typed it: just names, as a new organiser would. */
export const PLAYERS = [
  'Jonathan Okafor', 'Priya Raman', 'Seán Ó Briain', 'Ciarán Mac Giolla', 'Conor McCarthy', 'Tom Baker',
  'Tom Hughes', 'James Smith', 'John Smith', 'Dev Patel', 'Chris Evans', 'Kofi Mensah', 'Ama Mensah',
  'Zoë Adebayo', 'José García-López', 'Mohammed Al-Hassan', 'Mohammed Khan', 'Luke van der Berg',
  'Sam Whitley', 'Jo Whitley', 'Will Turner', 'Ollie Grant', 'Matt Reid', 'Niamh Ní Bhriain', 'Dan Hughes',
  'Ravi Shah', 'Ellie Brooks', 'Ben Carter',
] as const
export type PlayerName = (typeof PLAYERS)[number]

/** Archived after week 6 (moved away). */
export const ARCHIVED_AFTER_SYNC1: PlayerName[] = ['Ben Carter']

// How each payer's bank or Monzo shows them.
const P = {
  jonathan: bank('MR JONATHAN A OKAFOR', '204512', '43218765'),
  mrsOkafor: bank('MRS A OKAFOR', '204512', '43210000'),
  priya: monzo('Priya Raman', 'user_00009PriyaRaman'),
  devRaman: monzo('Dev Raman', 'user_00009DevRaman'),
  sean: bank('SEAN OBRIAIN', '901277', '11873345'),
  ciaran: bank('CIARAN MACGIOLLA', '938611', '22019384'),
  conor: bank('MR CONOR MC CARTHY', '309950', '55120987'),
  tomBaker: monzo('Tom Baker', 'user_00009TomBaker'),
  tomHughes: monzo('Tom', 'user_00009TomHughes'),
  tomStranger: monzo('Tom', 'user_00009TomFromWork'),
  james: bank('J SMITH', '110011', '30001111'),
  john: bank('J SMITH', '110055', '30005555'),
  dev: bank('MR D PATEL', '601613', '55667788'),
  anjali: bank('ANJALI PATEL', '601613', '55660000'),
  chris: bank('C EVANS', '404040', '71717171'),
  evansPlumbing: bank('EVANS PLUMBING LTD', '200415', '83726150'),
  kofi: monzo('Kofi Mensah', 'user_00009KofiMensah'),
  ama: monzo('Ama Mensah', 'user_00009AmaMensah'),
  mensahSnr: bank('K MENSAH SNR', '070116', '19283746'),
  zoe: monzo('Zoe Adebayo', 'user_00009ZoeAdebayo'),
  jose: bank('JOSE GARCIALOPEZ', '774411', '60606060'),
  moAlHassan: bank('MOHAMMED ALHASSAN', '300001', '81818181'),
  moKhan: bank('MR MOHAMMED KHAN', '089299', '24681357'),
  luke: bank('L VANDERBERG', '070093', '33445566'),
  sam: monzo('Sam Whitley', 'user_00009SamWhitley'),
  whitleyJoint: monzo('Sam Whitley & Jo Whitley', 'user_00009WhitleyJoint'),
  will: bank('WILLIAM TURNER', '309634', '11223344'),
  wise: bank('WISE PAYMENTS LIMITED', '231470', '10009999'),
  currencyCloud: bank('THE CURRENCY CLOUD LTD', '040075', '12312312'),
  matt: bank('MATTHEW REID', '774400', '13572468'),
  niamh: bank('NIAMH NIBHRIAIN', '985101', '40404040'),
  dan: bank('HUGHES D J', '089299', '24680000'),
  ravi: bank('R SHAH', '165710', '90909090'),
  ellie: monzo('Ellie Brooks', 'user_00009EllieBrooks'),
  ben: monzo('Ben Carter', 'user_00009BenCarter'),
  daveSmith: bank('DAVE SMITH', '110099', '77777777'),
  organiser: bank('ALEX ORGANISER', '203040', '99887766'),
  landlord: bank('MR P JONES', '560029', '12121212'),
  powerleague: bank('POWERLEAGUE LTD', '401160', '40001234'),
} satisfies Record<string, Payer>

export interface Corpus {
  /** Seen by the first sync (after week 7). */
  sync1: Labelled[]
  /** What the organiser does with the inbox after the first sync; learning is whatever Subs proposes. */
  decisions: Array<{ txId: string; assign: PlayerName } | { txId: string; acceptSplit: true } | { txId: string; ignore: true }>
  /** New by the second sync. */
  sync2: Labelled[]
  /** Changes the second sync sees to first-sync transactions (pending → settled, a reversal). */
  changes: Array<{ id: string; patch: Partial<SimTransaction>; expect?: Expect }>
  /** The joint account's statement export, with its labels. */
  csv: { text: string; labels: Map<string, { expect: Expect; note: string }> }
}

export function buildCorpus(refOf: (name: PlayerName) => string): Corpus {
  const sync1: Labelled[] = []
  const sync2: Labelled[] = []
  const decisions: Corpus['decisions'] = []
  const changes: Corpus['changes'] = []
  const add = (list: Labelled[], tx: SimTransaction, expect: Expect, note: string) => {
    list.push({ tx, expect, note })
    return tx
  }
  const at = (week: number) => (week <= 7 ? sync1 : sync2)
  const ref = refOf

  // --- Regular payers: one game a week, the way each of them always pays. ---
  type Habit = { who: Payer; player: PlayerName; weeks: number[]; refs: (w: number) => string; expect?: (w: number) => Expect; note: string; day?: number }
  const habits: Habit[] = [
    { who: P.jonathan, player: 'Jonathan Okafor', weeks: [1, 2, 3, 4, 6, 7, 8, 10, 11, 12], refs: (w) => ['FOOTY', '', ref('Jonathan Okafor'), 'FOOTBALL WED'][w % 4]!, note: 'title and middle initial: MR JONATHAN A OKAFOR' },
    { who: P.priya, player: 'Priya Raman', weeks: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13], refs: (w) => ['⚽️', '', 'footy', 'Wednesday football 🙌'][w % 4]!, note: 'Monzo-to-Monzo under her own name' },
    { who: P.sean, player: 'Seán Ó Briain', weeks: [1, 2, 4, 5, 7, 8, 9, 11, 12, 13], refs: (w) => (w % 3 ? '5 A SIDE' : ''), note: 'the particle run into the surname: SEAN OBRIAIN' },
    { who: P.ciaran, player: 'Ciarán Mac Giolla', weeks: [2, 3, 5, 6, 8, 9, 12, 13], refs: () => 'FOOTY', note: 'Mac run into the surname: CIARAN MACGIOLLA' },
    { who: P.conor, player: 'Conor McCarthy', weeks: [1, 3, 4, 5, 8, 9, 10, 11], refs: (w) => (w % 2 ? 'SUBS' : 'FOOTBALL'), note: 'Mc written apart, with a title: MR CONOR MC CARTHY' },
    { who: P.tomBaker, player: 'Tom Baker', weeks: [1, 2, 3, 5, 6, 7, 9, 10, 12, 13], refs: (w) => (w % 2 ? 'footy' : 'subs'), note: 'Monzo-to-Monzo, full name' },
    { who: P.james, player: 'James Smith', weeks: [1, 2, 3, 5, 8, 9, 10], refs: () => 'JAMES FOOTY', note: "J SMITH, like his brother's bank, but he writes his first name" },
    { who: P.chris, player: 'Chris Evans', weeks: [1, 2, 4, 5, 7, 9, 10, 11], refs: () => ref('Chris Evans'), note: 'initial only, but always his reference' },
    { who: P.kofi, player: 'Kofi Mensah', weeks: [1, 3, 5, 7, 9, 11, 13], refs: (w) => (w % 4 === 1 ? 'football' : ''), note: 'Monzo-to-Monzo, full name' },
    { who: P.zoe, player: 'Zoë Adebayo', weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], refs: (w) => ['⚽', 'Weds', '', 'ta!'][w % 4]!, note: 'accent dropped by Monzo: Zoe Adebayo' },
    { who: P.jose, player: 'José García-López', weeks: [2, 3, 4, 6, 8, 9, 10, 12], refs: () => 'FUTBOL', note: 'accents and hyphen dropped: JOSE GARCIALOPEZ' },
    { who: P.moAlHassan, player: 'Mohammed Al-Hassan', weeks: [1, 2, 3, 5, 6, 7, 9, 11, 13], refs: () => 'FOOTBALL', note: 'Al- run into the surname: MOHAMMED ALHASSAN' },
    { who: P.moKhan, player: 'Mohammed Khan', weeks: [1, 3, 4, 5, 7, 8, 10, 12], refs: () => 'SUBS', note: 'title: MR MOHAMMED KHAN' },
    { who: P.luke, player: 'Luke van der Berg', weeks: [1, 2, 3, 5, 6, 8, 9, 11], refs: () => ref('Luke van der Berg'), note: 'initial only, but his reference' },
    { who: P.sam, player: 'Sam Whitley', weeks: [2, 4, 6, 8, 10, 12], refs: () => 'footy', note: 'Monzo-to-Monzo, full name' },
    { who: P.niamh, player: 'Niamh Ní Bhriain', weeks: [1, 2, 4, 6, 7, 9, 10, 13], refs: () => 'FOOTY', note: 'Ní run into the surname: NIAMH NIBHRIAIN' },
    { who: P.dan, player: 'Dan Hughes', weeks: [1, 3, 5, 6, 9, 10, 12], refs: () => ref('Dan Hughes'), note: 'surname first with initials, but his reference' },
    { who: P.ravi, player: 'Ravi Shah', weeks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], refs: () => ref('Ravi Shah'), note: 'always his reference' },
    { who: P.ellie, player: 'Ellie Brooks', weeks: [1, 2, 3, 5, 6, 9, 10, 11], refs: (w) => (w % 2 ? '⚽' : ''), note: 'Monzo-to-Monzo, full name' },
    // Nobody could be sure of these until the organiser assigned one of them (see decisions below);
    // from then on Subs knows the account, so the rest (earlier ones still waiting, and later ones) are clear.
    { who: P.tomHughes, player: 'Tom Hughes', weeks: [2, 3, 5, 8, 9, 11, 12], refs: () => 'footy', note: "Monzo shows just 'Tom': clear once the organiser said this Monzo account is Tom Hughes'" },
    { who: P.john, player: 'John Smith', weeks: [1, 2, 4, 6, 8, 9, 11, 13], refs: () => '', note: "J SMITH, no reference: clear once the organiser said this account is John's" },
    { who: P.dev, player: 'Dev Patel', weeks: [1, 2, 3, 4, 6, 8, 9, 10, 12], refs: (w) => (w % 3 === 0 ? 'FOOTY' : ref('Dev Patel')), note: 'MR D PATEL: his reference, or FOOTY (clear once the organiser confirmed his account)' },
    { who: P.will, player: 'Will Turner', weeks: [1, 3, 4, 6, 8, 10, 11], refs: () => 'FOOTBALL', note: 'WILLIAM TURNER for Will Turner: clear once assigned' },
    { who: P.matt, player: 'Matt Reid', weeks: [1, 2, 5, 8, 9, 12], refs: () => 'SUBS', note: 'MATTHEW REID for Matt Reid: clear once assigned' },
  ]
  const habitTx = new Map<string, string>()
  for (const h of habits) {
    for (const w of h.weeks) {
      const tx = payment(h.who, when(w, h.day ?? (w % 2), 15 + (w * 7) % 40), priceOn(w), h.refs(w), { pending: w === 7 && h.who.kind === 'bank' })
      add(at(w), tx, h.expect?.(w) ?? credit(h.player), h.note)
      habitTx.set(`${h.player}#${w}`, tx.id)
    }
  }
  const habitId = (player: PlayerName, week: number) => habitTx.get(`${player}#${week}`)!

  // --- Learning, first sync: what the organiser teaches Subs by clearing the inbox. ---
  decisions.push({ txId: habitId('Tom Hughes', 2), assign: 'Tom Hughes' })
  decisions.push({ txId: habitId('John Smith', 1), assign: 'John Smith' })
  decisions.push({ txId: habitId('Dev Patel', 3), assign: 'Dev Patel' })
  decisions.push({ txId: habitId('Will Turner', 1), assign: 'Will Turner' })
  decisions.push({ txId: habitId('Matt Reid', 1), assign: 'Matt Reid' })

  // Parents, partners and companies paying.
  add(sync1, payment(P.mrsOkafor, when(5, 1), 500, 'Jonathan Okafor footy'), credit('Jonathan Okafor'), "his mother, with his full name in the reference")
  const mrsOkaforFirst = add(sync1, payment(P.mrsOkafor, when(7, 1), 600, 'FOOTY'), inbox(), 'his mother with no name in it: nobody could know yet')
  decisions.push({ txId: mrsOkaforFirst.id, assign: 'Jonathan Okafor' })
  add(sync2, payment(P.mrsOkafor, when(9, 1), 600, 'FOOTY'), credit('Jonathan Okafor'), 'his mother again, after the organiser said she pays for him')
  add(sync2, payment(P.mrsOkafor, when(13, 1), 600, 'JONATHAN'), credit('Jonathan Okafor'), 'his mother, with his first name')
  add(sync1, payment(P.devRaman, when(7, 2), 600, 'for priya'), credit('Priya Raman'), "Priya's partner: 'for priya'")
  add(sync2, payment(P.devRaman, when(13, 0), 600, 'priyas footy'), credit('Priya Raman'), "Priya's partner: 'priyas footy'")
  add(sync1, payment(P.anjali, when(5, 0), 500, 'Dev football'), credit('Dev Patel'), "Dev's partner, with his name")
  add(sync2, payment(P.anjali, when(11, 0), 600, 'drinks sat'), notSubs, "Dev's partner paying for drinks")
  const plumbing = add(sync1, payment(P.evansPlumbing, when(6, 2), 500, 'EVANS PLUMBING'), inbox(['Chris Evans']), "Chris's company, no name of his")
  decisions.push({ txId: plumbing.id, assign: 'Chris Evans' })
  add(sync2, payment(P.evansPlumbing, when(12, 2), 600, 'EVANS PLUMBING'), credit('Chris Evans'), "Chris's company again, after the organiser said it pays for him")
  add(sync2, payment(P.evansPlumbing, when(13, 2), 600, 'CHRIS FOOTY'), credit('Chris Evans'), "Chris's company with his first name")

  // A father paying for two of his children: a household once the organiser has said so.
  add(sync1, payment(P.mensahSnr, when(2, 1), 500, 'kofis subs'), credit('Kofi Mensah'), "their father: 'kofis subs'")
  add(sync1, payment(P.mensahSnr, when(3, 1), 500, 'AMA FOOTY'), credit('Ama Mensah'), "their father: 'AMA FOOTY'")
  const snr1 = add(sync1, payment(P.mensahSnr, when(4, 1), 500, 'MENSAH FOOTY'), inbox(), 'their father, no first name: Kofi or Ama?')
  const snr2 = add(sync1, payment(P.mensahSnr, when(6, 1), 500, 'FOOTBALL'), inbox(), 'their father again, no first name')
  decisions.push({ txId: snr1.id, assign: 'Kofi Mensah' }, { txId: snr2.id, assign: 'Ama Mensah' })
  add(sync1, payment(P.mensahSnr, when(5, 1), 1000, 'MENSAH X2'), inbox(), "'x2' before Subs knows he pays for both: the organiser decides")
  add(sync2, payment(P.mensahSnr, when(9, 1), 1200, 'FOOTBALL'), inbox(['Ama Mensah', 'Kofi Mensah'], ['Ama Mensah', 'Kofi Mensah']), 'the household account, two games: split suggested')
  add(sync2, payment(P.mensahSnr, when(10, 1), 600, 'FOOTY'), inbox(['Ama Mensah', 'Kofi Mensah']), 'the household account, one game: whose?')
  add(sync2, payment(P.mensahSnr, when(11, 1), 600, 'AMA'), credit('Ama Mensah'), "the household account naming Ama")
  add(sync2, payment(P.mensahSnr, when(12, 1), 1200, 'KOFI + AMA'), inbox(['Ama Mensah', 'Kofi Mensah'], ['Ama Mensah', 'Kofi Mensah']), 'both named: split suggested')

  // Players paying for someone else, or for two.
  add(sync1, payment(P.tomBaker, when(4, 0, 50), 1000, 'me and kofi'), inbox(['Tom Baker', 'Kofi Mensah'], ['Tom Baker', 'Kofi Mensah']), "'me and kofi': split")
  decisions.push({ txId: sync1.at(-1)!.tx.id, acceptSplit: true })
  add(sync1, payment(P.jonathan, when(5, 0, 55), 1000, 'ME + DEV'), inbox(['Jonathan Okafor', 'Dev Patel'], ['Jonathan Okafor', 'Dev Patel']), "'ME + DEV': split")
  add(sync2, payment(P.ravi, when(10, 1, 50), 1200, `${ref('Ravi Shah')} ${ref('Jonathan Okafor')}`), inbox(['Ravi Shah', 'Jonathan Okafor'], ['Ravi Shah', 'Jonathan Okafor']), 'two references: split')
  add(sync1, payment(P.zoe, when(6, 0, 58), 1000, 'footy x2'), inbox(['Zoë Adebayo']), "'x2' with nobody else named: her and who?")
  add(sync2, payment(P.priya, when(10, 0, 57), 1200, 'for me and mo'), inbox(['Priya Raman']), "'mo' could be either Mohammed")
  add(sync2, payment(P.kofi, when(11, 0, 51), 600, ref('Ama Mensah')), credit('Ama Mensah'), "Kofi paying for his sister with her reference, one game")
  add(sync2, payment(P.tomBaker, when(11, 0, 52), 600, 'for sam'), credit('Sam Whitley'), "Tom paying for Sam: 'for sam'")
  add(sync1, payment(P.sam, when(3, 0, 51), 500, 'jos subs'), credit('Jo Whitley'), "Sam paying for Jo: 'jos subs'")
  add(sync2, payment(P.ciaran, when(10, 0, 53), 1200, ref('Seán Ó Briain')), inbox(['Seán Ó Briain', 'Ciarán Mac Giolla'], ['Ciarán Mac Giolla', 'Seán Ó Briain']), "Seán's reference for two games' money from Ciarán: for Seán alone, or both?")
  add(sync2, payment(P.moKhan, when(12, 0, 50), 600, 'for mohammed'), inbox(['Mohammed Al-Hassan']), "Mohammed Khan paying 'for mohammed': his own name, or the other Mohammed?")

  // The joint account of two players.
  add(sync1, payment(P.whitleyJoint, when(1, 1), 1000, 'footy'), inbox(['Jo Whitley', 'Sam Whitley'], ['Jo Whitley', 'Sam Whitley']), 'joint account of two players, two games')
  decisions.push({ txId: sync1.at(-1)!.tx.id, acceptSplit: true })
  add(sync1, payment(P.whitleyJoint, when(5, 1), 1000, 'football x2'), inbox(['Jo Whitley', 'Sam Whitley'], ['Jo Whitley', 'Sam Whitley']), "joint account, 'x2'")
  add(sync2, payment(P.whitleyJoint, when(9, 1), 600, 'jo'), credit('Jo Whitley'), "joint account naming Jo")
  add(sync2, payment(P.whitleyJoint, when(11, 1), 600, 'footy'), inbox(['Jo Whitley', 'Sam Whitley']), 'joint account, one game: whose?')

  // Pooled payer accounts: the provider's account is shared by every sender.
  add(sync1, payment(P.wise, when(2, 1), 500, 'OLLIE GRANT FOOTY'), credit('Ollie Grant'), 'Wise: the real sender only in the reference')
  add(sync1, payment(P.wise, when(4, 1), 500, 'OLLIE GRANT'), credit('Ollie Grant'), 'Wise again')
  add(sync1, payment(P.wise, when(5, 1), 500, 'K MENSAH FOOTBALL'), inbox(['Kofi Mensah']), 'Wise from some K Mensah: Kofi or his father?')
  add(sync2, payment(P.wise, when(9, 1), 600, 'O GRANT'), inbox(['Ollie Grant']), 'Wise with an initial only')
  add(sync2, payment(P.wise, when(10, 1), 600, 'GRANT OLLIE'), credit('Ollie Grant'), 'Wise, surname first')
  add(sync2, payment(P.wise, when(12, 1), 2500, 'RENT SHARE'), notSubs, 'Wise: someone sharing rent')
  add(sync1, payment(P.currencyCloud, when(3, 2), 500, 'MATT REID SUBS'), credit('Matt Reid'), 'Currency Cloud with the sender in the reference')
  add(sync2, payment(P.currencyCloud, when(10, 2), 600, 'FOOTBALL'), inbox(), 'Currency Cloud with no name: anyone')
  add(sync2, payment(P.currencyCloud, when(11, 2), 600, ref('Niamh Ní Bhriain')), credit('Niamh Ní Bhriain'), "Currency Cloud with Niamh's reference")

  // Not the game, from players and friends.
  add(sync1, payment(P.tomBaker, when(2, 3), 1200, 'drinks 🍻'), notSubs, 'a round of drinks')
  decisions.push({ txId: sync1.at(-1)!.tx.id, ignore: true })
  add(sync1, payment(P.priya, when(3, 4), 850, 'Pizza Express split'), notSubs, 'a shared pizza bill')
  add(sync1, payment(P.jonathan, when(4, 3), 1500, 'FOOTY + DRINKS'), inbox(['Jonathan Okafor']), 'subs and drinks together: the organiser splits it out')
  add(sync1, payment(P.kofi, when(6, 3), 1000, 'birthday collection for dan'), notSubs, "a whip-round for Dan's birthday")
  add(sync2, payment(P.dev, when(9, 3), 15000, 'VILLA DEPOSIT'), notSubs, 'a holiday share')
  add(sync2, payment(P.zoe, when(10, 3), 1000, 'fantasy football'), notSubs, 'the fantasy league, not the game')
  add(sync2, payment(P.sean, when(10, 3), 2500, 'FOOTBALL SHIRT'), notSubs, 'a team shirt')
  add(sync2, payment(P.ellie, when(11, 3), 1800, 'cinema + uber'), notSubs, 'a night out')
  add(sync2, payment(P.conor, when(12, 3), 4000, 'CONCERT TICKETS'), notSubs, 'gig tickets')
  add(sync2, payment(P.ravi, when(12, 4), 500, 'secret santa'), notSubs, 'secret santa')
  add(sync1, payment(P.landlord, when(4, 4), 45000, 'RENT'), notSubs, 'a stranger paying rent by mistake')
  add(sync1, payment(P.powerleague, when(3, 5), 4500, 'REFUND BOOKING 4471'), notSubs, 'the pitch refunding a cancelled booking')
  add(sync1, payment(P.organiser, when(2, 5), 20000, 'TOP UP'), notSubs, "the organiser's own transfer from their other bank")
  add(sync2, payment(P.organiser, when(11, 5), 10000, 'MOVING MONEY'), notSubs, "the organiser's own transfer again")

  // Several weeks at once, price changes, amounts that need a second look.
  add(sync1, payment(P.ravi, when(6, 1, 40), 2000, `${ref('Ravi Shah')} 4 WEEKS`), credit('Ravi Shah'), 'four weeks in one go')
  add(sync2, payment(P.sean, when(9, 0, 45), 2400, 'FOOTY OCT'), credit('Seán Ó Briain'), "October's four games at once")
  add(sync2, payment(P.chris, when(11, 0, 45), 6000, ref('Chris Evans')), inbox(['Chris Evans']), '£60: more than 8 games, so the organiser confirms')
  add(sync2, payment(P.tomBaker, when(8, 0, 45), 1100, 'footy last 2 weeks'), credit('Tom Baker'), 'one week at £5 and one at £6, and says football')
  add(sync2, payment(P.priya, when(12, 2, 45), 1100, ''), inbox(['Priya Raman']), '£11 with no words: not a number of games at either price')
  add(sync2, payment(P.jose, when(13, 0, 45), 500, 'FUTBOL'), credit('José García-López'), 'still paying the old price')
  add(sync2, payment(P.kofi, when(12, 0, 45), 300, 'rest of subs'), credit('Kofi Mensah'), 'the rest of a part payment, says subs')

  // Strangers and the archived player.
  add(sync2, payment(P.ben, when(9, 0), 600, 'footy'), inbox(['Ben Carter']), 'a player the organiser archived')
  add(sync1, payment(P.daveSmith, when(6, 0), 500, 'FOOTY'), inbox(), 'someone not in the squad (yet)')
  add(sync2, payment(P.tomStranger, when(10, 0), 600, 'footy'), inbox(['Tom Baker', 'Tom Hughes']), "another 'Tom' on Monzo: not Tom Hughes' account")
  add(sync2, payment(P.james, when(11, 0), 600, ''), inbox(['James Smith', 'John Smith']), "James' J SMITH account with no reference: not John's account")
  add(sync2, payment(P.mrsOkafor, when(12, 0, 30), 600, `for ${'tom'}`), inbox(['Tom Baker', 'Tom Hughes']), "Jonathan's mother 'for tom': which Tom?")
  add(sync2, payment(P.priya, when(13, 0, 33), 600, 'thanks jonathan'), credit('Priya Raman'), 'thanking the organiser by name is not paying for him')

  // Curveballs: names in passing, guests, nicknames, businesses, test payments.
  add(sync2, payment(P.tomBaker, when(9, 0, 11), 600, 'sorry dan, late'), credit('Tom Baker'), "apologising to the organiser by name: still Tom's own subs")
  add(sync2, payment(P.tomBaker, when(9, 1, 11), 600, 'DAN FOOTY'), inbox(['Dan Hughes', 'Tom Baker']), "another player's first name alone: for Dan, or paid to an organiser called Dan?")
  add(sync2, payment(P.zoe, when(9, 1, 12), 600, 'Mark'), credit('Zoë Adebayo'), "a word that is also a name, but no player is called Mark")
  add(sync2, payment(bank('MRS R RAMAN', '601613', '10101010'), when(11, 2, 13), 600, 'PRIYA'), credit('Priya Raman'), "her mother, with her first name")
  add(sync2, payment(P.tomBaker, when(10, 0, 12), 600, 'footy with dan'), inbox(['Dan Hughes', 'Tom Baker']), 'mentions another player in passing: whose is it?')
  add(sync2, payment(P.kofi, when(12, 1, 13), 600, 'for josh'), inbox(['Kofi Mensah']), "paid for Josh, who isn't in the squad")
  add(sync2, payment(P.zoe, when(12, 1, 14), 1200, 'zoe and becky'), inbox(['Zoë Adebayo']), 'herself and a friend who isn’t a player')
  add(sync2, payment(P.ellie, when(12, 1, 15), 1200, 'footy +1'), inbox(['Ellie Brooks']), "'+1': herself and a guest")
  add(sync2, payment(P.jose, when(11, 1, 16), 1200, 'FOOTY + MY BROTHER'), inbox(['José García-López']), 'himself and his brother')
  add(sync2, payment(P.mrsOkafor, when(10, 1, 17), 600, 'for my son'), credit('Jonathan Okafor'), "his mother 'for my son', once Subs knows she pays for him")
  add(sync2, payment(P.jonathan, when(9, 2, 18), 600, 'jonny footy'), credit('Jonathan Okafor'), 'his own nickname')
  add(sync2, payment(P.anjali, when(13, 0, 19), 600, 'Dev'), credit('Dev Patel'), "his partner, just 'Dev'")
  add(sync2, payment(P.kofi, when(10, 1, 20), 600, 'for tom'), inbox(['Tom Baker', 'Tom Hughes']), "'for tom': which Tom?")
  add(sync2, payment(P.sam, when(12, 1, 21), 600, 'SW footy'), credit('Sam Whitley'), 'his initials')
  add(sync2, payment(P.priya, when(9, 1, 22), 1, 'test'), notSubs, 'a penny to test the details')
  add(sync2, payment(bank('OKAFOR CONSULTING LTD', '404784', '31313131'), when(11, 1, 23), 600, 'JONATHAN FOOTY'), credit('Jonathan Okafor'), "his own company, with his name")
  add(sync2, payment(bank('REVOLUT LTD', '040075', '99999999'), when(12, 1, 24), 600, 'JAMES SMITH FOOTY'), credit('James Smith'), 'a pooled Revolut account, the sender in the reference')
  add(sync2, payment(bank('M KHAN', '089299', '11110000'), when(13, 1, 25), 600, 'FOOTBALL'), inbox(['Mohammed Khan']), 'an initial and a surname from an unknown account')
  add(sync2, payment(P.ravi, when(13, 1, 26), 5000, 'SUBS'), inbox(['Ravi Shah']), '£50 at once: more than 8 games')
  add(sync2, payment(P.tomBaker, when(12, 2, 29), 4500, 'pitch'), inbox(['Tom Baker']), 'exactly the pitch cost: paying the organiser back for the booking?')
  add(sync2, payment(P.moAlHassan, when(12, 2, 27), 2400, 'subs for jan'), credit('Mohammed Al-Hassan'), "January's games paid ahead")
  add(sync1, payment(P.niamh, when(3, 2, 28), 500, 'FOR A MATE'), inbox(['Niamh Ní Bhriain']), 'paid for a mate')

  // Pending then settled, a reversal, and things Monzo declines.
  const pendingThenReversed = add(sync1, payment(P.conor, when(7, 0, 59), 600, 'SUBS', { pending: true }), notSubs, 'pending, then reversed by the bank')
  changes.push({ id: pendingThenReversed.id, patch: { decline_reason: 'OTHER', settled: '' } })
  for (const l of sync1) {
    if (l.tx.settled === '' && l.tx.id !== pendingThenReversed.id) changes.push({ id: l.tx.id, patch: { settled: new Date(Date.parse(l.tx.created) + 86_400_000).toISOString() } })
  }
  add(sync1, declined(P.tomBaker, when(5, 2), 500, 'footy'), notSubs, 'declined as it arrived')
  add(sync2, declined(P.ellie, when(10, 2), 600, '⚽'), notSubs, 'declined as it arrived')

  // The organiser's own banking.
  const own: Array<[SimTransaction, string]> = [
    [theirOwn.cardSpend(when(1, 2), 1250, 'PRET A MANGER'), 'a card spend'],
    [theirOwn.cardRefund(when(2, 2), 1250, 'AMAZON'), 'a card refund'],
    [theirOwn.topUp(when(3, 2), 5000), 'a top-up'],
    [theirOwn.potIn(when(4, 2), 4500), 'from the football pot'],
    [theirOwn.potOut(when(4, 3), 4500), 'into the football pot'],
    [theirOwn.salary(when(5, 2), 285000), 'salary by Bacs'],
    [theirOwn.interest(when(6, 4), 312), 'interest'],
    [theirOwn.pitchBooking(when(6, 5), 4500), 'paying the pitch'],
    [theirOwn.refundToPlayer(when(6, 6), 500, 'Priya Raman'), 'refunding a player'],
    [theirOwn.euros(when(7, 1), 1500), 'euros from abroad'],
    [theirOwn.salary(when(9, 2), 285000), 'salary by Bacs'],
    [theirOwn.interest(when(10, 4), 298), 'interest'],
    [theirOwn.cardRefund(when(11, 2), 899, 'DECATHLON'), 'a card refund'],
    [theirOwn.potIn(when(12, 2), 4500), 'from the football pot'],
  ]
  for (const [tx, note] of own) add(Date.parse(tx.created) < Date.parse(when(8)) ? sync1 : sync2, tx, notSubs, note)

  return { sync1, decisions, sync2, changes, csv: statement(ref) }
}

/**
 * The organiser's joint account, exported from the Monzo app as a CSV statement: no account numbers,
 * so names and references are all there is. Awkward rows included: a BOM, CRLF line ends, a name with
 * a comma, a note with a line break and quotes, emoji, card and pot rows, a Bacs credit, euros.
 */
function statement(ref: (name: PlayerName) => string): Corpus['csv'] {
  const labels = new Map<string, { expect: Expect; note: string }>()
  const header = 'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In'
  const rows: string[] = []
  let n = 0
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
  const row = (date: string, type: string, name: string, pounds: string, notes: string, expect: Expect, note: string, opts: { currency?: string; emoji?: string; description?: string } = {}) => {
    const id = `tx_0000EvCsv${(n++).toString().padStart(4, '0')}`
    const out = pounds.startsWith('-')
    const currency = opts.currency ?? 'GBP'
    const description = opts.description ?? (type === 'Faster payment' ? notes : name)
    rows.push([id, date, '19:42:07', type, q(name), opts.emoji ?? '', 'Transfers', pounds, currency, pounds, currency, q(notes), '', '', q(description), '', out ? pounds : '', out ? '' : pounds].join(','))
    labels.set(id, { expect, note })
  }
  const fp = 'Faster payment'
  const m2m = 'Monzo-to-Monzo'
  row('02/09/2026', fp, 'MR D PATEL', '5.00', 'FOOTY', credit('Dev Patel'), 'the bank name the organiser confirmed for Dev')
  row('02/09/2026', fp, 'Okafor, Jonathan', '5.00', 'FOOTY', credit('Jonathan Okafor'), 'surname first, with a comma')
  row('09/09/2026', fp, 'SEAN O BRIAIN', '5.00', '5 A SIDE', credit('Seán Ó Briain'), 'the particle written apart this time')
  row('09/09/2026', fp, 'J SMITH', '5.00', 'J SMITH', inbox(['James Smith', 'John Smith']), 'either brother: no account number on a statement')
  row('16/09/2026', m2m, 'Tom', '5.00', 'footy', inbox(['Tom Baker', 'Tom Hughes']), "'Tom' alone, no Monzo account id on a statement")
  row('16/09/2026', fp, 'WILLIAM TURNER', '5.00', 'FOOTBALL', credit('Will Turner'), 'the bank name the organiser confirmed for Will')
  row('23/09/2026', fp, 'K MENSAH SNR', '10.00', 'FOOTBALL', inbox(['Ama Mensah', 'Kofi Mensah'], ['Ama Mensah', 'Kofi Mensah']), 'the household, by name only')
  row('23/09/2026', m2m, 'Zoe Adebayo', '5.00', 'Wednesday ⚽\nsee you there', credit('Zoë Adebayo'), 'a note with a line break and emoji')
  row('30/09/2026', fp, 'MRS A OKAFOR', '5.00', 'FOOTY', credit('Jonathan Okafor'), 'his mother, by the name the organiser taught')
  row('30/09/2026', fp, 'MATTHEW REID', '5.00', 'SUBS "WED"', credit('Matt Reid'), 'quotes inside the reference')
  row('07/10/2026', fp, 'R SHAH', '6.00', ref('Ravi Shah'), credit('Ravi Shah'), 'his reference')
  row('07/10/2026', fp, 'CIARAN MAC GIOLLA', '6.00', 'FOOTY', credit('Ciarán Mac Giolla'), 'Mac written apart')
  row('14/10/2026', fp, 'GARCIA LOPEZ J', '6.00', 'FUTBOL', inbox(['José García-López']), 'surname first with an initial: probably José, not certain')
  row('14/10/2026', fp, 'L VANDERBERG', '6.00', 'FOOTY', inbox(['Luke van der Berg']), 'initial only, no reference, no account number')
  row('21/10/2026', m2m, 'Priya Raman', '6.00', '', credit('Priya Raman'), 'her own name')
  row('21/10/2026', m2m, 'Ellie Brooks', '12.00', 'Pizza 🍕', notSubs, 'pizza')
  row('28/10/2026', fp, 'HUGHES D J', '6.00', 'FOOTY', inbox(['Dan Hughes']), 'initials only, no reference, no account number')
  row('28/10/2026', fp, 'EVANS PLUMBING LTD', '6.00', 'EVANS PLUMBING', credit('Chris Evans'), 'the company the organiser said pays for Chris')
  row('04/11/2026', fp, 'NIAMH NIBHRIAIN', '6.00', 'FOOTY', credit('Niamh Ní Bhriain'), 'Ní run into the surname')
  row('04/11/2026', fp, 'THE CURRENCY CLOUD LTD', '6.00', 'CONOR MCCARTHY', credit('Conor McCarthy'), 'pooled provider, the sender in the reference')
  row('11/11/2026', m2m, 'Sam Whitley & Jo Whitley', '12.00', 'footy', inbox(['Jo Whitley', 'Sam Whitley'], ['Jo Whitley', 'Sam Whitley']), 'the joint account of two players')
  row('11/11/2026', fp, 'MOHAMMED AL HASSAN', '6.00', 'FOOTBALL', credit('Mohammed Al-Hassan'), 'Al written apart')
  row('18/11/2026', m2m, 'Kofi Mensah', '6.00', 'footy 🙏', credit('Kofi Mensah'), 'his own name')
  row('18/11/2026', fp, 'DR F KERR', '6.00', 'FOOTBALL', inbox(), "someone the organiser doesn't know")
  // Not players.
  row('01/09/2026', 'Card payment', 'Powerleague', '-45.00', '', notSubs, 'card spend', { emoji: '⚽', description: 'POWERLEAGUE SHOREDITCH LONDON GBR' })
  row('05/09/2026', 'Pot transfer', 'Football Pot', '45.00', '', notSubs, 'pot transfer')
  row('12/09/2026', 'Top up', 'Top up', '20.00', '', notSubs, 'top-up')
  row('19/09/2026', 'Bacs (Direct Credit)', 'HMRC', '212.40', 'TAX REFUND', notSubs, 'tax refund by Bacs')
  row('26/09/2026', 'Card payment', 'Decathlon', '14.99', 'refund', notSubs, 'card refund', { description: 'DECATHLON REFUND' })
  row('03/10/2026', fp, 'ALEX ORGANISER', '50.00', 'TO JOINT', notSubs, "the organiser's own transfer")
  row('10/10/2026', 'Faster payment', 'M Keller', '15.00', 'Fussball', notSubs, 'euros', { currency: 'EUR' })
  row('17/10/2026', fp, 'MR P JONES', '450.00', 'RENT OCT', notSubs, 'rent paid to the wrong account')
  row('24/10/2026', m2m, 'Tom Baker', '9.50', 'pints', notSubs, 'pints')
  row('31/10/2026', fp, 'ANJALI PATEL', '30.00', 'Birthday present for Dev', notSubs, "a collection for Dev's birthday")
  const text = `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n\r\n`
  return { text, labels }
}
