// A held-out season of one 5-a-side club's Monzo traffic, labelled as a careful organiser would.
//
// Written from what organisers receive, not from Subs' rules: 18 players, Wednesdays from 2 Sep to
// 16 Dec 2026, £5 a game until October and £6 from November, the 18 Nov game cancelled (pitch
// waterlogged, Powerleague refunds by bank transfer). The organiser, Gareth Lloyd, tries Subs first
// with a CSV statement (Aug to 19 Sep), connects Monzo on the evening of 21 Oct (first sync, some
// of that night's payments still pending), syncs again on 17 Dec, and imports the statement of the
// joint account some players still pay into. Between those he clears his inbox.
import { C, E, I, L, N, OUT, type Case, type Decision, type Label } from './labels'
import {
  JOINT_ACCOUNT, bacs, bank, card, foreign, fps, fromMonzo, monzo, outgoing, p2p, pot, topup,
  type BankPayer, type MonzoPayer,
} from './shapes'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'

export const ORGANISER = { userId: 'user_00009OrgAniSeR', name: 'Gareth Lloyd' }

/** The players as the organiser types them in the player dialog (names and the bank names he knows). */
export const PLAYERS: { name: string; aliases?: string[]; notes?: string; reference: string }[] = [
  { name: 'Jamie Smith', reference: 'SUBS-JSMI' },
  { name: 'Josh Smith', notes: "Jamie's younger brother", reference: 'SUBS-JSMIT' },
  { name: 'Tom Harris', reference: 'SUBS-THAR' },
  { name: 'Tom Okonkwo', reference: 'SUBS-TOKO' },
  { name: 'Aoife Ní Bhriain', reference: 'SUBS-ABHR' },
  { name: 'Callum MacDonald', reference: 'SUBS-CMAC' },
  { name: 'Ruben van der Berg', reference: 'SUBS-RBER' },
  { name: 'Gaz Pritchard', aliases: ['Gareth Pritchard'], reference: 'SUBS-GPRI' },
  { name: 'Emma Clarke', reference: 'SUBS-ECLA' },
  { name: 'Kieran Walsh', notes: 'Under 18: his mum Siobhan usually pays', reference: 'SUBS-KWAL' },
  { name: 'Dan Whitfield', reference: 'SUBS-DWHI' },
  { name: 'Priya Shah', reference: 'SUBS-PSHA' },
  { name: 'Mo Khan', aliases: ['Mohammed Khan'], reference: 'SUBS-MKHA' },
  { name: 'Sam Whitley', reference: 'SUBS-SWHI' },
  { name: 'Chris Evans', reference: 'SUBS-CEVA' },
  { name: 'Lewis Grant', reference: 'SUBS-LGRA' },
  { name: 'Ollie Bennett', reference: 'SUBS-OBEN' },
  { name: 'Femi Adeyemi', reference: 'SUBS-FADE' },
  // Played the first six weeks, archived on 22 Oct, pays what he owed in November.
  { name: 'Ben Carter', reference: 'SUBS-BCAR' },
]

/** Players the organiser archives at the second round of decisions. */
export const ARCHIVED_AT_SECOND_DECISIONS = ['Ben Carter']

export const TIMES = {
  setup: '2026-09-01T18:00:00.000Z',
  mainCsvImport: '2026-09-20T09:00:00.000Z',
  firstDecisions: '2026-09-20T09:30:00.000Z',
  firstSync: '2026-10-21T21:30:00.000Z',
  secondDecisions: '2026-10-22T08:30:00.000Z',
  secondSync: '2026-12-17T08:00:00.000Z',
  jointCsvImport: '2026-12-17T08:30:00.000Z',
  /** The main-account statement covers this window. */
  mainCsvFrom: '2026-08-01T00:00:00.000Z',
  mainCsvTo: '2026-09-19T23:00:00.000Z',
}

// ---- Who pays, as their banks show them ----
// Players
const jamieB = bank('J SMITH', '204577', '41236587') // Barclays
const jamieJoint = bank('MR J SMITH & MRS K SMITH', '204577', '63018842') // Barclays joint with his wife
const kateMetro = bank('SMITH, KATE', '230580', '19283746') // Jamie's wife, Metro
const joshL = bank('SMITH J', '309634', '72631845') // Lloyds
const joshM = monzo('Joshua Smith', 'user_0000JoshSmi')
const tomH = monzo('Tom Harris', 'user_0000TomHarr')
const tomHnw = bank('T HARRIS', '070436', '18273645') // Nationwide
const tomO = bank('OKONKWO TC', '401162', '51827364') // HSBC: surname first, initials
const tomOco = bank('OKONKWO CONSULTING LTD', '401162', '90817263') // his one-man company
const aoifeRev = bank('Aoife Ni Bhriain', '040075', '27364512') // Revolut drops the fada
const aoifeBoi = bank('NIBHRIAIN A', '902127', '66154433') // Bank of Ireland UK runs the particle in
const niamh = monzo('Niamh Ní Bhriain', 'user_0000NiamhNB') // Aoife's sister
const ccloud = bank('THE CURRENCY CLOUD LTD', '040605', '00010427') // pooled: whoever sends through an app
const callumS = bank('MAC DONALD C', '090128', '30419876') // Santander, spaced particle
const callumSt = bank('Callum Macdonald', '608371', '11905532') // Starling
const callumNw = bank('C MACDONALD', '601613', '44556677') // NatWest
const rubenWise = bank('Ruben van der Berg', '231470', '44120987') // Wise
const rubenChase = bank('MR RUBEN VAN DER BERG', '608464', '10293847') // Chase
const transferwise = bank('TRANSFERWISE', '231470', '00000014') // pooled Wise payout account
const gaz = bank('G PRITCHARD', '070093', '29384756') // Nationwide
const gazB = bank('MR GARETH PRITCHARD', '202415', '55120934') // Barclays
const emma = bank('MRS E DOYLE', '110597', '38475610') // Halifax, married name
const walshMum = bank('MRS S WALSH', '777124', '50617283') // TSB, Kieran's mum
const kieranM = monzo('Kieran Walsh', 'user_0000KieranW')
const dan = monzo('Daniel Whitfield', 'user_0000DanWhit')
const priya = bank('Priya Shah', '608371', '20394857') // Starling
const raj = bank('R PATEL', '201543', '83920174') // Priya's partner, Barclays
const moM = monzo('Mohammed Khan', 'user_0000MoKhan1')
const moL = bank('KHAN M', '309102', '67584930') // Lloyds
const samJ = monzo('Sam Whitley & Jo Whitley', 'user_0000Whitley') // Monzo joint account
const samNw = bank('MR S WHITLEY & MRS J WHITLEY', '070116', '77889900') // Nationwide joint
const chris = bank('EVANS C', '089299', '12093847') // Co-op
const lewis = bank('Mr Lewis J Grant', '608464', '55443322') // Chase: title and middle initial
const ollie = monzo('Oliver Bennett', 'user_0000OllieBe')
const femi = bank('Oluwafemi Adeyemi', '040075', '61728394') // Revolut, full legal name
const benSt = bank('Ben Carter', '608371', '70415263') // Starling
const lewisSo = bank('L J GRANT', '608464', '55443322') // his standing order, as BACS shows it
const harrisMum = bank('MRS L HARRIS', '110224', '80706050') // Tom Harris's mum, Halifax
// Not players
const plumber = bank('DANS PLUMBING & HEATING LTD', '309921', '12121212')
const chrisM = bank('CHRIS MORGAN', '402715', '99001122')
const tomGuest = monzo('Tom', 'user_0000TomFlet') // a ringer with a one-word Monzo name
const tomGuest2 = monzo('Tom', 'user_0000TomBrad') // another one
const ringer = bank('A NOWAK', '309950', '14725836')
const orgBarc = bank('MR G LLOYD', '203344', '10101010') // the organiser's own Barclays
const orgSan = bank('LLOYD GARETH', '090127', '20202020') // the organiser's own Santander
const robin = monzo('Robin Lloyd', 'user_0000Partner') // the organiser's partner
const robinB = bank('R LLOYD', '404784', '31313131')
const holly = bank('HOLLY LLOYD', '404040', '30303030') // the organiser's sister
const landlord = bank('MR J SMITH', '200000', '40404040') // a third J Smith: the organiser's old landlord
const powerleague = bank('POWERLEAGUE GROUP LTD', '401276', '71234567')
const brightwave = bank('BRIGHTWAVE LTD', '300002', '00112233')
const hmrc = bank('HMRC NDDS', '083210', '12001039')
const hmrcCb = bank('HMRC CHILD BENEFIT', '083210', '12001020')
const ebay = bank('EBAY COMMERCE UK LTD', '601613', '88776655')
const paypal = bank('PAYPAL UK LTD', '601721', '33445566')
const truelayer = bank('TRUELAYER LIMITED', '040004', '00009911')
const dave = bank('DAVE COLLINS', '110011', '22110099')
const vinted = bank('VINTED UAB', '231470', '00002288')

type Day = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun'
const OFFSET: Record<Day, number> = { Mon: -2, Tue: -1, Wed: 0, Thu: 1, Fri: 2, Sat: 3, Sun: 4 }

/** Week n's Wednesday is 2 Sep 2026 + 7(n-1) days; week 0 is 26 Aug, -1 is 19 Aug. Times UTC. */
export function wk(n: number, day: Day, hhmm: string, sec = 0): string {
  const ms = Date.UTC(2026, 8, 2) + (7 * (n - 1) + OFFSET[day]) * 86_400_000
  const [h, m] = hhmm.split(':').map(Number)
  return new Date(ms + (h * 60 + m) * 60_000 + sec * 1000 + 137).toISOString()
}

type Extra = Partial<Pick<Case, 'decision' | 'pendingAtFirstSync' | 'declinedLater' | 'annotatedLater' | 'source'>> & { annotation?: string }

export const CASES: Case[] = []
function add(tx: SimTransaction, label: Label, why: string, extra: Extra = {}): void {
  const { annotation: _a, ...rest } = extra
  CASES.push({ tx, label, why, source: 'api', ...rest })
}
type Bank = BankPayer
type Mz = MonzoPayer
function F(at: string, from: Bank, ref: string, amount: number, label: Label, why: string, extra: Extra = {}): void {
  const account = extra.source === 'joint-csv' ? JOINT_ACCOUNT : undefined
  add(fps({ at, from, ref, amount, annotation: extra.annotation, account }), label, why, extra)
}
function P(at: string, from: Mz, note: string, amount: number, label: Label, why: string, extra: Extra = {}): void {
  const account = extra.source === 'joint-csv' ? JOINT_ACCOUNT : undefined
  add(p2p({ at, from, note, amount, annotation: extra.annotation, account }), label, why, extra)
}
const assign = (player: string): Decision => ({ assign: player })
const JJ = ['Jamie Smith', 'Josh Smith']

// ---- August: pre-season, before Subs ----
add(bacs({ at: wk(-3, 'Fri', '06:00'), from: brightwave, ref: 'BRIGHTWAVE LTD', amount: 241237, payday: true }), N('salary'), 'salary by BACS')
add(card({ at: wk(-2, 'Wed', '12:30'), merchant: 'merch_0000Tesco', description: 'TESCO STORES 2041 LONDON GBR', amount: -2340, category: 'groceries' }), OUT, 'card spend')
add(fromMonzo({ at: wk(-2, 'Sat', '03:00'), kind: 'interest', amount: 38 }), N('interest'), 'monthly interest')
F(wk(0, 'Wed', '20:14'), gaz, 'GAZ 10 WEEKS', 5000, E('Gaz Pritchard'), '10 weeks up front, named: certain to a person, above a sane ceiling')
F(wk(0, 'Sun', '11:02'), femi, 'Sept', 2000, C('Femi Adeyemi'), 'Oluwafemi Adeyemi is Femi (only Adeyemi); a month up front')
add(topup({ at: wk(0, 'Mon', '09:00'), amount: 2000 }), N('top-up'), 'card top-up')
F(wk(0, 'Thu', '17:45'), truelayer, 'VERIFY 8F2K', 1, N('penny test'), 'open banking account check, 1p')

// ---- Week 1 (2 Sep, £5) ----
F(wk(1, 'Wed', '17:40'), jamieB, 'FOOTY', 500, I(JJ), 'bare "J SMITH" with two J Smiths', { decision: assign('Jamie Smith') })
P(wk(1, 'Wed', '18:05'), joshM, '', 500, C('Josh Smith'), 'Joshua Smith is Josh: his brother is Jamie')
P(wk(1, 'Wed', '18:30'), tomH, 'footy', 500, C('Tom Harris'), 'full name, Monzo')
F(wk(1, 'Wed', '19:02'), tomO, 'GARETH', 500, C('Tom Okonkwo'), 'HSBC surname-first; reference is the organiser\'s own first name (Gaz is also a Gareth)')
F(wk(1, 'Tue', '12:15'), aoifeRev, 'Aoife footy', 500, C('Aoife Ní Bhriain'), 'fada dropped by the bank')
F(wk(1, 'Wed', '20:45'), callumS, 'CALLUM', 500, C('Callum MacDonald'), 'spaced particle, first name in reference')
F(wk(1, 'Thu', '08:10'), rubenWise, 'voetbal', 500, C('Ruben van der Berg'), 'full name via his own Wise account')
F(wk(1, 'Wed', '21:10'), emma, 'EMMA C FOOTY', 500, C('Emma Clarke'), 'married name at the bank, "Emma C" in reference: only one Emma')
F(wk(1, 'Mon', '19:00'), walshMum, 'KIERAN WALSH', 500, C('Kieran Walsh'), 'parent pays, player\'s full name in reference')
P(wk(1, 'Wed', '22:30'), dan, '', 500, C('Dan Whitfield'), 'Daniel Whitfield is Dan')
F(wk(1, 'Wed', '18:55'), priya, 'footy', 500, C('Priya Shah'), 'Starling full name')
P(wk(1, 'Thu', '09:00'), moM, 'football', 500, C('Mo Khan'), 'typed bank name Mohammed Khan')
P(wk(1, 'Wed', '19:30'), samJ, 'footy', 500, C('Sam Whitley'), 'Monzo joint account; Jo is not a player')
F(wk(1, 'Fri', '13:00'), chris, 'CHRIS EVANS', 500, C('Chris Evans'), 'Co-op surname-first, full name in reference')
F(wk(1, 'Wed', '18:20'), lewis, 'Football', 500, C('Lewis Grant'), 'title and middle initial')
P(wk(1, 'Wed', '19:45'), ollie, '', 500, C('Ollie Bennett'), 'Oliver Bennett is Ollie (only Bennett)')
add(card({ at: wk(1, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 2 (9 Sep) ----
F(wk(2, 'Wed', '18:12'), joshL, 'SMITH J', 500, I(JJ), 'Lloyds "SMITH J", reference is just the name', { decision: assign('Josh Smith') })
F(wk(2, 'Wed', '17:58'), jamieB, 'Jamie', 500, C('Jamie Smith'), 'J SMITH with "Jamie": only one Jamie')
P(wk(2, 'Wed', '18:31'), tomH, '⚽️', 500, C('Tom Harris'), 'emoji note')
F(wk(2, 'Wed', '19:20'), tomO, 'GARETH FOOTBALL', 500, C('Tom Okonkwo'), 'payee name in reference')
F(wk(2, 'Tue', '20:40'), aoifeBoi, 'FOOTBALL', 500, C('Aoife Ní Bhriain'), 'particle run into the surname, initial matches, only Ní Bhriain')
F(wk(2, 'Wed', '21:00'), emma, 'FOOTBALL', 500, I(['Emma Clarke']), 'Mrs E Doyle: the organiser knows it is Emma, Subs cannot', { decision: assign('Emma Clarke') })
F(wk(2, 'Mon', '18:30'), walshMum, 'KIERAN FOOTY', 500, C('Kieran Walsh'), 'parent pays, first name in reference, surname on the account')
P(wk(2, 'Wed', '19:10'), dan, 'for ollie', 500, E('Ollie Bennett'), 'Dan pays for Ollie', { decision: assign('Ollie Bennett') })
F(wk(2, 'Wed', '20:01'), raj, 'PRIYA FOOTY', 500, C('Priya Shah'), 'partner pays, player named in reference')
F(wk(2, 'Thu', '07:45'), moL, 'MO FOOTY', 500, C('Mo Khan'), 'nickname in reference, surname on account')
F(wk(2, 'Wed', '18:44'), samNw, 'WHITLEY', 500, C('Sam Whitley'), 'joint account, surname reference')
F(wk(2, 'Wed', '18:16'), lewis, 'Football', 500, C('Lewis Grant'), 'weekly')
F(wk(2, 'Wed', '18:50'), rubenChase, 'Footy', 500, C('Ruben van der Berg'), 'Chase, title and particle upper-case')
F(wk(2, 'Thu', '12:00'), callumSt, 'subs', 500, C('Callum MacDonald'), 'Macdonald lower-case d at Starling')
F(wk(2, 'Sat', '11:20'), chrisM, 'curry', 1850, N('friend repays a curry'), 'non-player repays a curry')
F(wk(2, 'Sat', '11:31'), chris, 'CURRY FRI', 1850, N('curry share from a player'), 'a player repays his curry share')
add(card({ at: wk(2, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 3 (16 Sep) ----
F(wk(3, 'Wed', '17:30'), jamieB, 'SUBS-JSMI', 500, C('Jamie Smith'), 'his payment reference')
F(wk(3, 'Wed', '18:02'), joshL, 'JOSH FOOTY', 500, C('Josh Smith'), 'first name settles the brothers')
P(wk(3, 'Wed', '18:33'), tomH, '', 500, C('Tom Harris'), 'no note')
F(wk(3, 'Wed', '19:05'), tomO, 'TOM', 500, C('Tom Okonkwo'), 'Okonkwo with "TOM": consistent')
F(wk(3, 'Tue', '13:10'), ccloud, 'Aoife Ni Bhriain footy', 500, C('Aoife Ní Bhriain'), 'pooled provider, sender in the (18-char) reference')
P(wk(3, 'Wed', '22:05'), dan, '', 500, C('Dan Whitfield'), 'own payment after paying for Ollie last week')
P(wk(3, 'Wed', '19:50'), ollie, '', 500, C('Ollie Bennett'), 'weekly')
F(wk(3, 'Wed', '18:59'), priya, 'footy', 501, C('Priya Shah'), '£5.01')
F(wk(3, 'Mon', '19:30'), walshMum, 'KIERAN', 500, C('Kieran Walsh'), 'mum, first name')
F(wk(3, 'Wed', '21:15'), emma, '5 A SIDE', 500, L('Emma Clarke'), 'Mrs E Doyle again')
F(wk(3, 'Wed', '18:17'), lewis, 'Football', 500, C('Lewis Grant'), 'weekly')
P(wk(3, 'Wed', '19:31'), samJ, 'football x2', 1000, E('Sam Whitley'), 'x2 from a joint account where only Sam plays: two weeks or a guest')
F(wk(3, 'Wed', '20:50'), callumS, 'FOOTIE', 500, C('Callum MacDonald'), 'spaced particle, only MacDonald')
P(wk(3, 'Thu', '09:05'), moM, '', 500, C('Mo Khan'), 'no note')
F(wk(3, 'Fri', '13:10'), chris, '5 A SIDE', 500, C('Chris Evans'), 'Evans C, only Evans')
F(wk(3, 'Thu', '08:15'), rubenWise, 'Ruben footy', 500, C('Ruben van der Berg'), 'weekly')
add(card({ at: wk(3, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(pot({ at: wk(3, 'Thu', '10:00'), potId: 'pot_0000FootballPot', amount: 5000 }), N('pot'), 'moved from the Football pot')

// ---- Week 4 (23 Sep): after the first decisions, before connecting ----
F(wk(4, 'Wed', '17:35'), jamieB, 'FOOTBALL', 500, L('Jamie Smith'), 'his Barclays again')
P(wk(4, 'Wed', '18:06'), joshM, '⚽', 500, C('Josh Smith'), 'Joshua Smith, Monzo')
P(wk(4, 'Wed', '18:40'), tomH, 'me + tom o', 1000, I(['Tom Harris', 'Tom Okonkwo'], { 'Tom Harris': 500, 'Tom Okonkwo': 500 }), 'one payment for two players')
F(wk(4, 'Tue', '12:20'), aoifeRev, 'Aoife', 500, C('Aoife Ní Bhriain'), 'first name')
F(wk(4, 'Wed', '21:05'), emma, 'EMMA', 500, C('Emma Clarke'), 'only one Emma')
F(wk(4, 'Mon', '19:10'), walshMum, 'FOOTBALL', 2000, I(['Kieran Walsh']), 'mum, 4 weeks, no name: Walsh fits Kieran', { decision: assign('Kieran Walsh') })
P(wk(4, 'Wed', '19:12'), dan, 'me + ollie', 1000, I(['Dan Whitfield', 'Ollie Bennett'], { 'Dan Whitfield': 500, 'Ollie Bennett': 500 }), 'one payment for two')
F(wk(4, 'Wed', '19:00'), priya, 'footy', 500, C('Priya Shah'), 'weekly')
P(wk(4, 'Thu', '09:10'), moM, 'footy', 500, C('Mo Khan'), 'organiser annotated it', { annotation: 'Mo - paid cash as well??' })
F(wk(4, 'Wed', '18:18'), lewis, 'Football', 500, C('Lewis Grant'), 'weekly')
F(wk(4, 'Wed', '20:52'), callumS, 'CALLUMN', 500, C('Callum MacDonald'), 'typo in first name, surname on account')
P(wk(4, 'Wed', '19:33'), samJ, 'footy', 500, C('Sam Whitley'), 'joint')
F(wk(4, 'Thu', '14:00'), landlord, 'DEPOSIT RETURN', 25000, N('deposit back from a landlord'), 'a third J Smith, £250 = 50 × £5')
F(wk(4, 'Fri', '13:15'), chris, 'EVANS', 500, C('Chris Evans'), 'surname reference')
add(card({ at: wk(4, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(bacs({ at: wk(4, 'Mon', '06:00'), from: brightwave, ref: 'BRIGHTWAVE LTD', amount: 241237, payday: true }), N('salary'), 'salary by BACS')

// ---- Week 5 (30 Sep) ----
F(wk(5, 'Wed', '18:03'), joshL, 'SMITH J', 500, L('Josh Smith'), 'Lloyds SMITH J again')
F(wk(5, 'Wed', '17:33'), jamieB, 'JAMIESMITHFOOTY', 500, C('Jamie Smith'), 'run-together words')
P(wk(5, 'Wed', '18:35'), tomH, '', 499, C('Tom Harris'), '£4.99')
F(wk(5, 'Wed', '19:08'), tomO, 'OKONKWO TC', 500, C('Tom Okonkwo'), 'reference is the account name')
F(wk(5, 'Thu', '08:20'), rubenWise, 'voetbal', 500, C('Ruben van der Berg'), 'weekly')
F(wk(5, 'Wed', '19:15'), femi, 'Footy', 500, C('Femi Adeyemi'), 'Oluwafemi Adeyemi')
F(wk(5, 'Wed', '12:05'), callumSt, 'Callum', 500, C('Callum MacDonald'), 'Starling')
P(wk(5, 'Wed', '19:52'), ollie, '🏃‍♂️⚽', 500, C('Ollie Bennett'), 'emoji only')
P(wk(5, 'Wed', '20:10'), tomGuest, 'footy', 500, I([]), 'a ringer called just "Tom": not one of the two Toms', { decision: { ignore: true } })
F(wk(5, 'Wed', '20:20'), raj, 'FOOTBALL', 500, I(['Priya Shah']), 'partner, no name in reference', { decision: assign('Priya Shah') })
P(wk(5, 'Wed', '22:00'), dan, '', 500, C('Dan Whitfield'), 'weekly')
F(wk(5, 'Wed', '18:19'), lewis, 'Lewis', 500, C('Lewis Grant'), 'first name')
F(wk(5, 'Wed', '21:20'), emma, 'FOOTY', 500, L('Emma Clarke'), 'Mrs E Doyle')
F(wk(5, 'Wed', '19:40'), ringer, 'FOOTY', 500, I([]), 'a guest (A Nowak) who is not in the squad', { decision: { ignore: true } })
add(card({ at: wk(5, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(fromMonzo({ at: wk(5, 'Sat', '03:00'), kind: 'interest', amount: 41 }), N('interest'), 'monthly interest')

// ---- Week 6 (7 Oct) ----
F(wk(6, 'Wed', '17:36'), jamieJoint, 'FOOTBALL', 500, I(JJ), 'joint account "MR J SMITH & MRS K SMITH": which J Smith?', { decision: assign('Jamie Smith') })
F(wk(6, 'Wed', '18:05'), joshL, 'JOSH', 500, C('Josh Smith'), 'first name')
P(wk(6, 'Wed', '18:36'), tomH, 'for tom o', 500, E('Tom Okonkwo'), 'pays for the other Tom', { decision: assign('Tom Okonkwo') })
F(wk(6, 'Tue', '20:30'), aoifeBoi, 'AOIFE', 500, C('Aoife Ní Bhriain'), 'first name, joined particle')
F(wk(6, 'Wed', '12:10'), callumS, 'OCT', 2000, C('Callum MacDonald'), 'four weeks of October at once')
F(wk(6, 'Wed', '18:51'), rubenChase, 'Footy', 500, C('Ruben van der Berg'), 'weekly')
F(wk(6, 'Wed', '19:01'), priya, 'Priya Shah', 500, C('Priya Shah'), 'name as reference')
P(wk(6, 'Thu', '09:12'), moM, 'for Gaz’s present 🎁', 500, N('birthday collection'), '£5 = one game, names another player, but it is a present')
F(wk(6, 'Thu', '09:30'), priya, "Dan's bday", 1000, N('birthday collection'), '£10 = two games, names Dan, but it is a present')
P(wk(6, 'Wed', '19:55'), ollie, '', 500, C('Ollie Bennett'), 'weekly')
F(wk(6, 'Fri', '13:20'), chris, 'FOOTY', 500, C('Chris Evans'), 'weekly')
F(wk(6, 'Wed', '18:20'), lewis, 'Football', 500, C('Lewis Grant'), 'weekly')
F(wk(6, 'Wed', '19:16'), femi, 'Femi', 500, C('Femi Adeyemi'), 'nickname in reference')
P(wk(6, 'Wed', '19:34'), samJ, '', 500, C('Sam Whitley'), 'joint, no note')
add(card({ at: wk(6, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(p2p({ at: wk(6, 'Sat', '10:00'), from: dan, note: '', amount: 500, declineReason: 'INSUFFICIENT_FUNDS' }), N('declined'), 'declined at first sight')

// ---- Week 7 (14 Oct) ----
F(wk(7, 'Wed', '17:37'), jamieB, 'FOOTBALL', 500, L('Jamie Smith'), 'Barclays J SMITH')
F(wk(7, 'Wed', '18:06'), joshL, 'FOOTY', 500, L('Josh Smith'), 'Lloyds SMITH J')
P(wk(7, 'Wed', '18:37'), tomH, 'footy', 500, C('Tom Harris'), 'own payment after paying for Tom O')
F(wk(7, 'Tue', '10:00'), tomOco, 'TOM O FOOTY', 2000, C('Tom Okonkwo'), 'his company account, name in reference, 4 weeks')
F(wk(7, 'Tue', '13:15'), ccloud, 'R VAN DER BERG 5ASIDE', 500, C('Ruben van der Berg'), 'same pooled account as Aoife, a different sender')
F(wk(7, 'Wed', '21:10'), emma, 'EMMA CLARKE', 500, C('Emma Clarke'), 'full name in reference')
P(wk(7, 'Wed', '22:10'), dan, 'dan', 500, C('Dan Whitfield'), 'own name')
F(wk(7, 'Wed', '19:02'), priya, 'footy', 500, C('Priya Shah'), 'weekly')
F(wk(7, 'Thu', '07:50'), moL, 'MO', 500, C('Mo Khan'), 'nickname')
P(wk(7, 'Wed', '19:56'), ollie, '', 500, C('Ollie Bennett'), 'weekly')
F(wk(7, 'Wed', '19:17'), femi, 'OLUWAFEMI ADEYEMI', 500, C('Femi Adeyemi'), 'legal name as reference')
F(wk(7, 'Wed', '18:21'), lewis, 'Football', 500, C('Lewis Grant'), 'weekly')
P(wk(7, 'Wed', '19:35'), samJ, 'footy', 500, C('Sam Whitley'), 'joint')
F(wk(7, 'Fri', '22:40'), chrisM, 'pub', 1500, N('pub round'), 'non-player, £15')
add(foreign({ at: wk(7, 'Thu', '16:00'), from: 'R van der Berg', note: 'voetbal', amount: 600, currency: 'EUR' }), N('not GBP'), 'euros')
add(card({ at: wk(7, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 8 (21 Oct): game night; the first sync runs at 21:30 with some still pending ----
F(wk(8, 'Wed', '17:38'), jamieB, 'JAMIE SMITH', 500, C('Jamie Smith'), 'full name')
F(wk(8, 'Wed', '18:07'), joshL, 'JOSH SMITH', 500, C('Josh Smith'), 'full name', { pendingAtFirstSync: true })
P(wk(8, 'Wed', '18:38'), tomH, '', 500, C('Tom Harris'), 'weekly')
F(wk(8, 'Wed', '19:10'), tomO, '5 A SIDE', 500, C('Tom Okonkwo'), 'organiser annotates it after the first sync', { pendingAtFirstSync: true, annotatedLater: "Tom O - check he hasn't paid twice" })
F(wk(8, 'Wed', '18:25'), aoifeRev, 'footy', 500, C('Aoife Ní Bhriain'), 'Revolut', { pendingAtFirstSync: true })
F(wk(8, 'Mon', '19:20'), walshMum, 'KIERAN WALSH FOOTY', 500, C('Kieran Walsh'), 'mum, full name')
F(wk(8, 'Wed', '18:22'), lewis, 'Football', 500, N('declined later'), 'pending at the first sync, then declined', { pendingAtFirstSync: true, declinedLater: 'OTHER' })
F(wk(8, 'Wed', '19:03'), priya, 'footy', 500, C('Priya Shah'), 'weekly', { pendingAtFirstSync: true })
P(wk(8, 'Wed', '19:20'), moM, '', 500, C('Mo Khan'), 'weekly')
P(wk(8, 'Wed', '19:57'), ollie, '', 500, C('Ollie Bennett'), 'weekly')
F(wk(8, 'Wed', '19:18'), femi, 'Footy', 500, C('Femi Adeyemi'), 'weekly', { pendingAtFirstSync: true })
F(wk(8, 'Wed', '20:05'), chris, 'CHRIS', 500, C('Chris Evans'), 'first name')
P(wk(8, 'Wed', '19:36'), samJ, 'footy', 500, C('Sam Whitley'), 'joint')
F(wk(8, 'Wed', '21:22'), emma, 'FOOTBALL', 500, L('Emma Clarke'), 'Mrs E Doyle', { pendingAtFirstSync: true })
F(wk(8, 'Wed', '21:25'), rubenWise, 'voetbal', 500, C('Ruben van der Berg'), 'weekly', { pendingAtFirstSync: true })
P(wk(8, 'Wed', '22:15'), dan, '', 500, C('Dan Whitfield'), 'after the first sync')
add(card({ at: wk(8, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 9 (28 Oct): after the organiser's second round of decisions ----
P(wk(9, 'Wed', '22:00'), dan, '', 500, C('Dan Whitfield'), 'Dan\'s own payment after he paid for Ollie (assigned to Ollie)')
P(wk(9, 'Wed', '18:39'), tomH, '', 500, C('Tom Harris'), 'Tom H\'s own payment after he paid for Tom O')
F(wk(9, 'Wed', '17:39'), jamieB, 'FOOTBALL', 500, L('Jamie Smith'), 'Barclays J SMITH')
F(wk(9, 'Wed', '18:08'), joshL, 'FOOTY', 500, L('Josh Smith'), 'Lloyds SMITH J')
F(wk(9, 'Wed', '20:21'), raj, 'R PATEL', 500, L('Priya Shah'), 'partner again, after being assigned to Priya')
F(wk(9, 'Mon', '19:25'), walshMum, 'FOOTBALL', 500, L('Kieran Walsh'), 'mum again, no name')
P(wk(9, 'Wed', '20:11'), tomGuest2, 'footy', 500, I([]), 'another ringer called "Tom"', { decision: { ignore: true } })
F(wk(9, 'Tue', '13:20'), ccloud, 'PAYMENT', 500, I([]), 'pooled provider, no name anywhere')
F(wk(9, 'Tue', '20:35'), aoifeBoi, 'FOOTY', 500, C('Aoife Ní Bhriain'), 'joined particle')
F(wk(9, 'Wed', '21:23'), emma, 'FOOTY', 500, L('Emma Clarke'), 'Mrs E Doyle')
F(wk(9, 'Wed', '20:53'), callumS, 'CALLUM', 500, C('Callum MacDonald'), 'first name')
F(wk(9, 'Wed', '18:23'), lewis, 'Football', 500, C('Lewis Grant'), 'the declined one, paid again')
P(wk(9, 'Thu', '09:15'), moM, '', 500, C('Mo Khan'), 'weekly')
F(wk(9, 'Fri', '13:25'), chris, '5 A SIDE', 500, C('Chris Evans'), 'weekly')
F(wk(9, 'Wed', '19:11'), tomO, 'GARETH', 500, C('Tom Okonkwo'), 'organiser\'s name as reference')
P(wk(9, 'Wed', '19:58'), ollie, '', 500, C('Ollie Bennett'), 'weekly')
F(wk(9, 'Wed', '19:04'), priya, 'footy', 500, C('Priya Shah'), 'weekly')
F(wk(9, 'Wed', '19:19'), femi, 'Sent from Revolut', 500, C('Femi Adeyemi'), 'Revolut\'s default reference')
P(wk(9, 'Wed', '19:37'), samJ, '', 500, C('Sam Whitley'), 'joint')
F(wk(9, 'Wed', '18:52'), rubenChase, 'Footy', 500, C('Ruben van der Berg'), 'weekly')
add(card({ at: wk(9, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(bacs({ at: wk(9, 'Thu', '06:00'), from: brightwave, ref: 'BRIGHTWAVE LTD', amount: 241237, payday: true, merchant: 'merch_0000Brightwave' }), N('salary'), 'salary by BACS with a merchant id')

// ---- Week 10 (4 Nov): £6 from now ----
F(wk(10, 'Wed', '17:40'), jamieB, 'JAMIE', 600, C('Jamie Smith'), 'new price')
P(wk(10, 'Wed', '18:09'), joshM, '', 600, C('Josh Smith'), 'Joshua Smith')
P(wk(10, 'Wed', '18:40'), tomH, '', 600, C('Tom Harris'), 'new price')
F(wk(10, 'Wed', '19:12'), tomO, 'FOOTBALL', 500, C('Tom Okonkwo'), 'still paying the old price')
F(wk(10, 'Tue', '13:25'), ccloud, 'AOIFE NI BHRIAIN', 600, C('Aoife Ní Bhriain'), 'pooled provider, her name in reference')
F(wk(10, 'Tue', '12:00'), callumSt, 'Nov', 2400, C('Callum MacDonald'), 'November at once')
F(wk(10, 'Mon', '19:00'), walshMum, 'KIERAN NOV', 2400, C('Kieran Walsh'), 'mum, November, first name')
P(wk(10, 'Wed', '22:01'), dan, 'me + tom', 1200, I(['Dan Whitfield', 'Tom Harris', 'Tom Okonkwo']), 'two Toms: which one?')
F(wk(10, 'Wed', '19:05'), priya, 'x2 me & raj', 1200, I(['Priya Shah']), 'Priya and her partner as a guest')
P(wk(10, 'Thu', '09:16'), moM, '', 600, C('Mo Khan'), 'weekly')
F(wk(10, 'Wed', '18:24'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(10, 'Wed', '19:59'), ollie, '', 600, C('Ollie Bennett'), 'weekly')
F(wk(10, 'Wed', '21:06'), emma, 'EMMA', 600, C('Emma Clarke'), 'only one Emma')
F(wk(10, 'Fri', '13:30'), chris, 'CHRIS EVANS', 600, C('Chris Evans'), 'weekly')
F(wk(10, 'Wed', '19:20'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly')
F(wk(10, 'Thu', '08:25'), rubenWise, 'voetbal x4', 2400, E('Ruben van der Berg'), '£24 "x4": four weeks, or four people')
P(wk(10, 'Wed', '19:38'), samJ, 'footy', 600, C('Sam Whitley'), 'joint')
F(wk(10, 'Wed', '20:15'), gaz, 'GAZ', 600, C('Gaz Pritchard'), 'nickname reference, G Pritchard')
add(pot({ at: wk(10, 'Thu', '10:00'), potId: 'pot_0000FootballPot', amount: 5000 }), N('pot'), 'moved from the Football pot')
F(wk(10, 'Sat', '10:30'), orgBarc, 'G LLOYD', 20000, N('organiser\'s own money'), 'from his own Barclays')
add(card({ at: wk(10, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 11 (11 Nov) ----
F(wk(11, 'Wed', '17:41'), jamieB, 'FOOTBALL', 600, L('Jamie Smith'), 'Barclays J SMITH')
F(wk(11, 'Wed', '18:10'), joshL, 'SMITH J', 600, L('Josh Smith'), 'Lloyds SMITH J')
P(wk(11, 'Wed', '18:41'), tomH, '', 600, C('Tom Harris'), 'weekly')
F(wk(11, 'Wed', '19:13'), tomO, 'TOM OKONKWO', 600, C('Tom Okonkwo'), 'full name')
F(wk(11, 'Wed', '18:26'), aoifeRev, 'Aoife', 600, C('Aoife Ní Bhriain'), 'first name')
P(wk(11, 'Wed', '22:02'), dan, '', 600, C('Dan Whitfield'), 'weekly')
F(wk(11, 'Wed', '20:22'), raj, 'PRIYA', 600, C('Priya Shah'), 'partner, her name')
F(wk(11, 'Wed', '18:25'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(11, 'Wed', '20:00'), ollie, '', 600, C('Ollie Bennett'), 'weekly')
F(wk(11, 'Wed', '20:16'), gaz, 'FOOTY', 600, C('Gaz Pritchard'), 'G Pritchard, only Pritchard')
P(wk(11, 'Thu', '09:17'), moM, '', 600, C('Mo Khan'), 'weekly')
F(wk(11, 'Fri', '13:35'), chris, 'FOOTY', 600, C('Chris Evans'), 'weekly')
F(wk(11, 'Wed', '19:21'), femi, 'Femi', 600, C('Femi Adeyemi'), 'weekly')
P(wk(11, 'Wed', '19:39'), samJ, '', 600, C('Sam Whitley'), 'joint')
F(wk(11, 'Wed', '21:24'), emma, 'FOOTY', 600, L('Emma Clarke'), 'Mrs E Doyle')
P(wk(11, 'Sat', '12:00'), dan, 'lads holiday deposit', 15000, N('holiday share'), '£150 = 25 games at £6, but a holiday')
F(wk(11, 'Sun', '16:00'), orgSan, 'FOOTY FLOAT', 10000, N('organiser\'s own money'), 'his own Santander, with a football word')
add(card({ at: wk(11, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 12 (18 Nov): cancelled, pitch waterlogged ----
F(wk(12, 'Thu', '11:00'), powerleague, 'REFUND BKG 48213', 5000, N('pitch refund'), 'Powerleague refunds the booking by bank transfer: £50 = 10 games at £5')
P(wk(12, 'Tue', '18:42'), tomH, '', 600, C('Tom Harris'), 'paid before the cancellation')
F(wk(12, 'Tue', '18:26'), lewis, 'Football', 600, C('Lewis Grant'), 'paid before the cancellation')
add(outgoing({ at: wk(12, 'Thu', '12:00'), to: tomHnw, ref: 'REFUND 18 NOV', amount: 600 }), OUT, 'organiser refunds Tom H')
P(wk(12, 'Thu', '12:30'), tomH, 'keep it for next week mate', 600, C('Tom Harris'), 'sends the refund back: subs for next week')
add(card({ at: wk(12, 'Fri', '09:00'), merchant: 'merch_0000Amazon', description: 'AMAZON.CO.UK*RF12CD34E LONDON GBR', amount: 1299, category: 'shopping' }), N('card refund'), 'card refund')

// ---- Week 13 (25 Nov) ----
F(wk(13, 'Wed', '17:42'), jamieB, 'subs jsmi', 600, C('Jamie Smith'), 'reference lower-case without the dash')
P(wk(13, 'Wed', '18:11'), joshM, 'josh 2 weeks', 1200, C('Josh Smith'), 'two weeks')
P(wk(13, 'Wed', '18:42'), tomH, 'tom h', 600, C('Tom Harris'), 'own initial')
F(wk(13, 'Wed', '19:14'), tomO, 'GARETH', 600, C('Tom Okonkwo'), 'organiser\'s name')
F(wk(13, 'Tue', '20:36'), aoifeBoi, 'FOOTBALL', 600, C('Aoife Ní Bhriain'), 'joined particle')
P(wk(13, 'Wed', '22:03'), dan, '', 600, C('Dan Whitfield'), 'weekly')
F(wk(13, 'Wed', '19:06'), priya, 'footy', 600, C('Priya Shah'), 'weekly')
P(wk(13, 'Thu', '09:18'), moM, '', 600, C('Mo Khan'), 'weekly')
F(wk(13, 'Wed', '18:27'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(13, 'Wed', '20:01'), ollie, 'ollie + my mate jack', 1200, I(['Ollie Bennett']), 'Ollie and a guest who is not in the squad')
F(wk(13, 'Wed', '20:17'), gaz, 'GAZ', 600, C('Gaz Pritchard'), 'weekly')
F(wk(13, 'Fri', '13:40'), chris, 'FOOTY', 600, C('Chris Evans'), 'weekly')
F(wk(13, 'Wed', '19:22'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly')
P(wk(13, 'Wed', '19:40'), samJ, '', 600, C('Sam Whitley'), 'joint')
F(wk(13, 'Wed', '21:07'), emma, 'EMMA FOOTY', 600, C('Emma Clarke'), 'only one Emma')
P(wk(13, 'Wed', '18:30'), niamh, 'for aoife', 600, E('Aoife Ní Bhriain'), 'her sister pays for her')
add(fromMonzo({ at: wk(13, 'Sat', '03:00'), kind: 'interest', amount: 44 }), N('interest'), 'monthly interest')
add(fromMonzo({ at: wk(13, 'Mon', '10:00'), kind: 'cashback', amount: 120 }), N('cashback'), 'cashback reward')
add(card({ at: wk(13, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')
add(bacs({ at: wk(13, 'Fri', '06:00'), from: hmrc, ref: 'HMRC NDDS TAX REFUND', amount: 13400 }), N('tax refund'), 'HMRC')

// ---- Week 14 (2 Dec) ----
F(wk(14, 'Wed', '17:43'), jamieB, 'JAMIE X2', 1200, I(JJ), '"x2" from Jamie: two weeks, or him and his brother?')
F(wk(14, 'Wed', '18:12'), joshL, 'JOSH', 600, C('Josh Smith'), 'first name')
P(wk(14, 'Wed', '18:43'), tomH, '', 600, C('Tom Harris'), 'weekly')
F(wk(14, 'Tue', '10:05'), tomOco, 'TOM O FOOTY DEC', 2400, C('Tom Okonkwo'), 'company account, December')
F(wk(14, 'Thu', '08:30'), rubenWise, 'Ruben', 600, C('Ruben van der Berg'), 'first name')
F(wk(14, 'Tue', '12:15'), callumS, 'DEC', 2400, C('Callum MacDonald'), 'December at once')
F(wk(14, 'Mon', '19:05'), walshMum, 'KIERAN DEC', 2400, C('Kieran Walsh'), 'mum, December')
P(wk(14, 'Wed', '22:04'), dan, '', 600, C('Dan Whitfield'), 'weekly')
F(wk(14, 'Wed', '19:07'), priya, 'footy', 600, C('Priya Shah'), 'weekly')
P(wk(14, 'Thu', '09:19'), moM, '', 600, C('Mo Khan'), 'weekly')
F(wk(14, 'Wed', '18:28'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(14, 'Wed', '20:02'), ollie, '', 600, C('Ollie Bennett'), 'weekly')
F(wk(14, 'Wed', '20:18'), gazB, 'FOOTY', 600, C('Gaz Pritchard'), 'his other bank: Mr Gareth Pritchard (typed as a bank name)')
F(wk(14, 'Fri', '13:45'), chris, 'CHRIS', 600, C('Chris Evans'), 'weekly')
F(wk(14, 'Wed', '19:23'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly')
P(wk(14, 'Wed', '19:41'), samJ, 'footy', 600, C('Sam Whitley'), 'joint')
F(wk(14, 'Wed', '21:25'), emma, '5 A SIDE', 600, L('Emma Clarke'), 'Mrs E Doyle')
P(wk(14, 'Thu', '17:00'), kieranM, 'new ball', 300, N('whip-round for a ball'), 'Kieran\'s own Monzo, for a new ball')
F(wk(14, 'Fri', '20:00'), lewis, 'arctic monkeys tix', 6250, N('concert tickets'), 'a player repays his Ticketmaster share')
F(wk(14, 'Sat', '14:00'), holly, 'xmas meal', 3000, N('family'), 'the organiser\'s sister')
add(bacs({ at: wk(13, 'Thu', '06:00'), from: brightwave, ref: 'BRIGHTWAVE LTD', amount: 241237, payday: true }), N('salary'), 'salary by BACS')
add(card({ at: wk(14, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 15 (9 Dec) ----
F(wk(15, 'Wed', '17:44'), jamieB, 'FOOTY', 600, L('Jamie Smith'), 'Barclays J SMITH')
P(wk(15, 'Wed', '18:13'), joshM, '', 600, C('Josh Smith'), 'Joshua Smith')
P(wk(15, 'Wed', '18:44'), tomH, 'footy + xmas do', 2100, I(['Tom Harris']), '£6 subs and £15 for the Christmas do')
F(wk(15, 'Wed', '19:15'), tomO, 'GARETH', 600, C('Tom Okonkwo'), 'organiser\'s name')
F(wk(15, 'Wed', '18:27'), aoifeRev, 'footy', 600, C('Aoife Ní Bhriain'), 'Revolut')
P(wk(15, 'Wed', '22:05'), dan, '', 600, C('Dan Whitfield'), 'weekly')
F(wk(15, 'Wed', '20:23'), raj, 'R PATEL', 600, L('Priya Shah'), 'partner, no name')
F(wk(15, 'Thu', '20:24'), raj, 'raj footy', 600, I(['Priya Shah']), 'the partner played himself as a guest')
P(wk(15, 'Thu', '09:20'), moM, '', 600, C('Mo Khan'), 'weekly')
F(wk(15, 'Wed', '18:29'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(15, 'Wed', '20:03'), ollie, '', 600, C('Ollie Bennett'), 'weekly')
F(wk(15, 'Wed', '20:19'), gaz, 'GAZ', 600, C('Gaz Pritchard'), 'weekly')
F(wk(15, 'Fri', '13:50'), chris, "TOMS 30TH", 1000, N('birthday collection'), 'names "Tom" (two of them), £10 = 2 games at £5')
F(wk(15, 'Wed', '19:24'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly')
P(wk(15, 'Wed', '19:42'), samJ, '', 600, C('Sam Whitley'), 'joint')
F(wk(15, 'Wed', '21:26'), emma, 'FOOTY', 600, L('Emma Clarke'), 'Mrs E Doyle')
F(wk(15, 'Mon', '08:00'), joshL, 'SUBS-JSMI', 600, I(JJ), 'Josh\'s Lloyds account with Jamie\'s reference (his own minus the T)')
F(wk(15, 'Tue', '13:30'), transferwise, 'Ruben vd Berg', 600, C('Ruben van der Berg'), 'pooled Wise payout account, "vd"')
P(wk(15, 'Sat', '19:00'), robin, 'bills', 2500, N('partner'), 'the organiser\'s partner')
F(wk(15, 'Sun', '10:00'), ebay, 'EBAY PAYOUT 2291', 1450, N('marketplace payout'), 'eBay')
add(card({ at: wk(15, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')

// ---- Week 16 (16 Dec) ----
F(wk(16, 'Wed', '17:45'), jamieB, 'JAMIE', 600, C('Jamie Smith'), 'first name')
F(wk(16, 'Wed', '18:14'), joshL, 'JOSH', 600, C('Josh Smith'), 'first name')
P(wk(16, 'Wed', '18:45'), tomH, '', 600, C('Tom Harris'), 'weekly')
F(wk(16, 'Wed', '19:16'), tomO, 'FOOTBALL', 600, C('Tom Okonkwo'), 'weekly')
P(wk(16, 'Wed', '18:50'), kieranM, 'footy', 600, C('Kieran Walsh'), 'now pays from his own Monzo')
P(wk(16, 'Wed', '22:06'), dan, '', 600, C('Dan Whitfield'), 'weekly')
F(wk(16, 'Wed', '19:08'), priya, 'footy', 600, C('Priya Shah'), 'weekly')
P(wk(16, 'Wed', '19:21'), moM, '🎄⚽', 600, C('Mo Khan'), 'emoji')
F(wk(16, 'Wed', '18:30'), lewis, 'Football', 600, C('Lewis Grant'), 'weekly')
P(wk(16, 'Wed', '20:04'), ollie, '', 600, C('Ollie Bennett'), 'weekly')
F(wk(16, 'Wed', '20:20'), gaz, 'GAZ', 600, C('Gaz Pritchard'), 'weekly')
F(wk(16, 'Wed', '20:30'), chris, 'FOOTY', 600, C('Chris Evans'), 'weekly')
F(wk(16, 'Wed', '19:25'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly')
P(wk(16, 'Wed', '19:43'), samJ, '', 600, C('Sam Whitley'), 'joint')
F(wk(16, 'Wed', '21:08'), emma, 'EMMA', 600, C('Emma Clarke'), 'first name')
F(wk(16, 'Wed', '18:53'), rubenChase, 'Footy', 600, C('Ruben van der Berg'), 'weekly')
F(wk(16, 'Wed', '18:28'), aoifeRev, 'footy', 600, C('Aoife Ní Bhriain'), 'Revolut')
F(wk(16, 'Tue', '09:00'), dave, 'cheers for the lift', 500, N('a friend'), 'non-player, £5')
add(card({ at: wk(16, 'Wed', '18:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: -5000 }), OUT, 'pitch')


// ---- More of the season: football words that are not subs, annotations, an archived player ----
F(wk(1, 'Thu', '19:30'), benSt, 'footy', 500, C('Ben Carter'), 'Starling full name')
F(wk(2, 'Wed', '19:35'), benSt, 'footy', 500, C('Ben Carter'), 'weekly')
F(wk(4, 'Wed', '19:36'), benSt, 'FOOTBALL', 500, C('Ben Carter'), 'weekly')
F(wk(10, 'Thu', '12:00'), benSt, 'owed 2 weeks', 1000, C('Ben Carter'), 'archived on 22 Oct, pays what he owed from the same account')
F(wk(11, 'Thu', '19:00'), chris, 'FOOTY SHIRT', 2500, N('kit'), 'a football shirt, £25 = 5 games at £5')
P(wk(12, 'Mon', '20:00'), dan, 'footy tour deposit', 5000, N('tour deposit'), '£50 = 10 games at £5, but the end-of-season tour')
F(wk(13, 'Thu', '12:40'), lewis, '5 a side kit', 2000, N('kit'), '£20 = 4 games at £5, but kit')
P(wk(15, 'Thu', '21:00'), samJ, 'footy xmas social', 1500, N('social'), '£15 = 3 games at £5, the Christmas social')
F(wk(14, 'Thu', '10:30'), tomO, 'BIBS AND BALL', 1000, N('kit'), 'his share of new bibs and a ball')
F(wk(15, 'Fri', '09:00'), priya, 'secret santa', 1000, N('secret santa'), '£10')
P(wk(11, 'Fri', '23:10'), moM, 'Settle up: Friday curry 🍛', 1240, N('Monzo shared tab'), 'a shared tab being settled')
F(wk(13, 'Sun', '18:00'), joshL, 'PAYING U BACK', 2000, N('repays a loan'), 'Josh repays a loan; £20 = 4 games at £5')
F(wk(14, 'Mon', '09:00'), plumber, 'INV 0042', 12000, N('a business with a player\'s first name'), 'the organiser hired a plumber')
P(wk(13, 'Thu', '18:20'), joshM, 'x2', 1200, I(JJ), '"x2" from Josh when his brother also plays')
F(wk(10, 'Mon', '18:00'), harrisMum, 'TOM', 600, E('Tom Harris'), 'Tom Harris\'s mum, "TOM": Harris settles which Tom')
P(wk(10, 'Wed', '18:41'), tomH, 'footy', 600, C('Tom Harris'), 'organiser annotated it before the second sync', { annotatedLater: 'told Tom O to pay too' })
F(wk(16, 'Wed', '17:46'), jamieB, 'JAMIE', 600, C('Jamie Smith'), 'organiser annotated it', { annotation: 'Josh owes for 2 wks' })
add(bacs({ at: wk(14, 'Tue', '02:00'), from: lewisSo, ref: 'FOOTY SO', amount: 2400 }), C('Lewis Grant'), 'monthly standing order that arrives by BACS: L J Grant, only Grant')
F(wk(13, 'Wed', '19:06', 40), priya, 'footy', 600, E('Priya Shah'), 'the same £6 again a minute later: paid twice by mistake')
F(wk(16, 'Thu', '09:30'), walshMum, 'KIERAN TERM', 6000, E('Kieran Walsh'), 'mum pays ten weeks ahead: certain who, more than 8 games')

// ---- The joint account's statement (CSV only; some players still pay into it) ----
const J: Extra = { source: 'joint-csv' }
F(wk(2, 'Thu', '19:00'), kateMetro, 'JAMIE FOOTBALL', 500, C('Jamie Smith'), 'his wife pays, "SMITH, KATE" with a comma, his name in reference', J)
P(wk(3, 'Wed', '18:34'), tomH, '⚽️ wk 3', 500, C('Tom Harris'), 'Monzo-to-Monzo into the joint account', J)
F(wk(4, 'Wed', '19:06'), tomO, 'OKONKWO TC', 500, C('Tom Okonkwo'), 'reference is the name', J)
F(wk(5, 'Mon', '19:15'), walshMum, 'KIERAN', 500, C('Kieran Walsh'), 'organiser\'s annotation has a line break', { ...J, annotation: 'paid for Kieran\n#subs' })
F(wk(6, 'Wed', '19:17'), femi, 'Sent from Revolut', 500, C('Femi Adeyemi'), 'Revolut default reference', J)
add(card({ at: wk(6, 'Sat', '11:00'), merchant: 'merch_0000Tesco', description: 'TESCO STORES 2041 LONDON GBR', amount: -2340, category: 'groceries', account: JOINT_ACCOUNT }), OUT, 'card spend', J)
add(pot({ at: wk(7, 'Sun', '09:00'), potId: 'pot_0000HolidayPot', amount: 20000, account: JOINT_ACCOUNT }), N('pot'), 'holiday pot', J)
add(bacs({ at: wk(7, 'Mon', '06:00'), from: hmrcCb, ref: 'HMRC CHILD BENEFIT', amount: 10240, account: JOINT_ACCOUNT }), N('benefit'), 'HMRC', J)
add(fromMonzo({ at: wk(9, 'Sat', '03:00'), kind: 'interest', amount: 12, account: JOINT_ACCOUNT }), N('interest'), 'interest', J)
F(wk(9, 'Sun', '10:00'), robinB, 'BILLS', 40000, N('partner'), 'the organiser\'s partner from her own bank', J)
P(wk(9, 'Wed', '22:10'), dan, 'dan + ollie "the cat" 😂', 1000, I(['Dan Whitfield', 'Ollie Bennett'], { 'Dan Whitfield': 500, 'Ollie Bennett': 500 }), 'two players, quotes and emoji in the note', J)
F(wk(10, 'Wed', '20:14'), gaz, 'GAZ', 600, C('Gaz Pritchard'), 'nickname', J)
F(wk(10, 'Wed', '21:26'), emma, '5 A SIDE', 600, L('Emma Clarke'), 'Mrs E Doyle, no account details in a CSV', J)
P(wk(11, 'Tue', '18:31'), niamh, 'for aoife ⚽', 600, E('Aoife Ní Bhriain'), 'her sister, accented name', J)
add(foreign({ at: wk(11, 'Thu', '16:00'), from: 'R van der Berg', note: 'voetbal', amount: 600, currency: 'EUR', account: JOINT_ACCOUNT }), N('not GBP'), 'euros', J)
F(wk(11, 'Wed', '18:40'), lewis, 'lewisgrant5aside', 600, C('Lewis Grant'), 'run together', J)
F(wk(11, 'Thu', '07:55'), moL, 'MO NOV X2', 1200, C('Mo Khan'), 'two weeks, nickname', J)
add(card({ at: wk(12, 'Fri', '15:00'), merchant: 'merch_0000Powerleague', description: 'POWERLEAGUE SHOREDITCH LONDON GBR', amount: 4500, account: JOINT_ACCOUNT }), N('card refund'), 'Powerleague card refund', J)
F(wk(12, 'Sat', '09:00'), paypal, 'PPWDL 1234ABCD', 2310, N('organiser\'s PayPal withdrawal'), 'PayPal withdrawal', J)
F(wk(13, 'Wed', '20:54'), callumNw, 'CALLUMN', 600, C('Callum MacDonald'), 'NatWest, typo', J)
F(wk(13, 'Wed', '17:50'), jamieB, 'J SMITH', 600, I(JJ), 'which J Smith? (a CSV has no account details)', J)
P(wk(14, 'Wed', '20:05'), ollie, '', 600, C('Ollie Bennett'), 'Oliver Bennett', J)
F(wk(14, 'Wed', '18:48'), tomHnw, 'TOM H', 600, C('Tom Harris'), 'Nationwide, initial and surname', J)
F(wk(14, 'Wed', '19:09'), priya, 'PRIYA + SAM', 1200, I(['Priya Shah', 'Sam Whitley'], { 'Priya Shah': 600, 'Sam Whitley': 600 }), 'pays for herself and Sam', J)
P(wk(15, 'Wed', '20:12'), tomGuest, 'footy', 600, I([]), 'the "Tom" ringer again', J)
F(wk(15, 'Sat', '12:00'), vinted, 'VINTED PAYOUT', 1450, N('marketplace payout'), 'Vinted', J)
P(wk(15, 'Thu', '09:40'), moM, 'for Gaz’s present 🎁', 500, N('birthday collection'), 'present, £5', J)
F(wk(16, 'Wed', '17:55'), jamieJoint, 'FOOTBALL', 600, I(JJ), 'joint Smith account', J)
add(outgoing({ at: wk(16, 'Thu', '10:00'), to: powerleague, ref: 'BKG 48990', amount: 5000, account: JOINT_ACCOUNT }), OUT, 'pitch by transfer', J)
F(wk(16, 'Wed', '19:26'), femi, 'Footy', 600, C('Femi Adeyemi'), 'weekly', J)

export const apiCases = () => CASES.filter((c) => c.source === 'api')
export const jointCases = () => CASES.filter((c) => c.source === 'joint-csv')
