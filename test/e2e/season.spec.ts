// Six weeks of an organiser's season through the UI, against the real core and a Monzo that only
// knows this squad's payments: a roster repeated weekly, a drop-out undone, a max lowered with its
// warning and raised again, a background sync (its notification opens Payments) and one from the
// window, the inbox showing on Who owes, both group-chat texts word for word, and the charge setting switched.
import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import { DEFAULT_ACCOUNT_ID } from '../../src/main/core/monzo/simulator'
import type { Snapshot } from '../../src/shared/views'
import { freePort } from '../helpers/free-port'
import { test, expect, type Subs } from './harness'

test.use({ startOptions: { monzo: { seed: [], autoApproveAfterMs: 0 } } })

const SQUAD = [
  'Zoë Adebayo',
  "Ciarán O'Brien",
  'Omar Al-Hassan',
  'Priya Raman',
  'Sam Whitley',
  'Luke Morrison',
  'Dan Price',
  'Tom Baxter',
  'Kwame Mensah',
  'Rhys Evans',
  'Ella Novak',
  'Jonathan Okafor',
  'Aoife Byrne',
  'Kofi Asante',
]
const FIRST_TEN = SQUAD.slice(0, 10)
const PLACE = 'Powerleague Shoreditch, pitch 3'

/** A local date n days from today, as a date input takes it. */
function day(n: number): string {
  const d = new Date()
  d.setDate(d.getDate() + n)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** How the app writes a day in en-GB (the page's locale): "Thu 3 Dec", with the year only if it isn't this year. */
function label(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const at = new Date(y, m - 1, d, 12)
  const base = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(at)
  return y === new Date().getFullYear() ? base : `${base} ${y}`
}

async function snapshot(subs: Subs): Promise<Snapshot> {
  const out = await subs.core.invoke('app:snapshot', undefined)
  if (!out.ok) throw new Error(out.error)
  return out.value as Snapshot
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString()

/** An incoming Faster Payment, shaped like monzo-samples. */
function fps(id: string, name: string, reference: string, pence: number, created: string, sortCode: string, accountNumber: string): SimTransaction {
  return {
    id, account_id: DEFAULT_ACCOUNT_ID, amount: pence, currency: 'GBP', created, settled: created, description: reference, notes: reference,
    metadata: { faster_payment: 'true', notes: reference }, category: 'income', is_load: false, merchant: null, scheme: 'payport_faster_payments',
    counterparty: { name, sort_code: sortCode, account_number: accountNumber }, originator: false, include_in_spending: false,
  }
}

/** An incoming Monzo-to-Monzo payment: the description is the sender's name. */
function p2p(id: string, name: string, userId: string, pence: number, created: string): SimTransaction {
  return {
    id, account_id: DEFAULT_ACCOUNT_ID, amount: pence, currency: 'GBP', created, settled: created, description: name, notes: '',
    metadata: { p2p_initiator: 'p2p' }, category: 'general', is_load: false, merchant: null, scheme: 'p2p_payment',
    counterparty: { name, preferred_name: name, user_id: userId, account_id: `acc_${userId.slice(5)}` }, originator: false, include_in_spending: false,
  }
}

test('a six-week season: repeat with roster, drop-out and undo, max change, sync, inbox on who owes, group chat, charge setting', async ({ subs }) => {
  test.setTimeout(300_000)
  const { page } = subs
  const sim = subs.sim!
  await page.getByRole('button', { name: /Start with my own players/ }).click()

  // The squad.
  await subs.goTo('Players')
  for (const name of SQUAD) await subs.addPlayer(name)
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(SQUAD.length)

  // Week 1, ten days ago. The first try has last year's date typed by habit: Subs asks.
  await subs.goTo('Fixtures')
  await expect(page.getByText('Set “Repeat weekly for” to a number of weeks')).toBeVisible()
  const newFixture = page.getByRole('button', { name: '+ New fixture' }).first()
  await newFixture.click()
  let d = subs.dialog('New fixture')
  await expect(d.getByLabel('Date')).toBeFocused()
  const week1 = day(-10)
  const typo = `${Number(week1.slice(0, 4)) - 6}${week1.slice(4)}`
  await d.getByLabel('Date').fill(typo)
  await d.getByLabel('Location').fill(PLACE)
  await d.getByRole('button', { name: 'Create fixture' }).click()
  const sure = subs.dialog('Is that date right?')
  await expect(sure).toContainText(/was 6 years ago/)
  await sure.getByRole('button', { name: 'Change the date' }).click()
  await expect(d.getByLabel('Date')).toBeFocused()
  await d.getByLabel('Date').fill(week1)
  await d.getByRole('button', { name: 'Create fixture' }).click()
  await expect(d).toBeHidden()
  await expect(newFixture).toBeFocused()

  const past = page.getByRole('region', { name: /^Past/ })
  await past.getByRole('article').first().getByRole('button', { name: '+ Add player' }).click()
  const picker = subs.dialog('Add players')
  await expect(picker.getByLabel('Search players')).toBeFocused()
  for (const name of FIRST_TEN) {
    await picker.getByLabel('Search players').fill(name)
    await picker.getByLabel('Search players').press('Enter')
    await expect(picker.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0)
  }
  await picker.getByRole('button', { name: 'Done' }).click()
  await expect(past.getByRole('article').first().getByRole('button', { name: '+ Add player' })).toBeFocused()
  await expect(past.getByTestId('squad')).toHaveText('Played · 10 players')

  // Weeks 2–6 in one go. The dialog offers the usual weekday (next one to come) and kick-off,
  // and the roster of the last fixture that has players; the organiser starts from last week.
  await subs.clearToasts()
  await newFixture.click()
  d = subs.dialog('New fixture')
  await expect(d.getByLabel('Date')).toHaveValue(day(4))
  await expect(d.getByLabel('Kick-off')).toHaveValue('19:00')
  await expect(d.getByLabel('Location')).toHaveValue(PLACE)
  await d.getByLabel('Date').fill(day(-3))
  await d.getByLabel('Repeat weekly for').fill('5')
  await expect(d.getByLabel('Copy roster from').locator('option:checked')).toHaveText(`${label(week1)} · 10 players`)
  await expect(d.getByText('The same players go into all 5 weeks')).toBeVisible()
  await subs.screenshots('season-repeat-with-roster', { keepScroll: true })
  await d.getByRole('button', { name: 'Create 5 fixtures' }).click()
  await expect(d).toBeHidden()
  await expect(page.getByText(`Created 5 fixtures, each with the roster from ${label(week1)}.`)).toBeVisible()
  const upcoming = page.getByRole('region', { name: /^Upcoming/ })
  await expect(upcoming.getByRole('article')).toHaveCount(4)
  await expect(past.getByRole('article')).toHaveCount(2)
  await expect(past.getByTestId('squad')).toHaveText(['Played · 10 players', 'Played · 10 players'])
  await expect(upcoming.getByTestId('squad')).toHaveText(Array(4).fill('10/12 — on'))

  // Week 3 fills up: two more play, two wait.
  const week3 = upcoming.getByRole('article').first()
  await subs.clearToasts()
  await week3.getByRole('button', { name: '+ Add player' }).click()
  for (const name of SQUAD.slice(10)) {
    await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click()
    await expect(picker.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0)
  }
  await picker.getByRole('button', { name: 'Done' }).click()
  await expect(week3.getByTestId('squad')).toHaveText('12/12 — on')
  const roster = week3.getByRole('list', { name: 'Roster' }).locator('.name')
  const waiting = week3.getByRole('list', { name: 'Waiting list' }).locator('.name')
  await expect(roster).toHaveText(SQUAD.slice(0, 12))
  await expect(waiting).toHaveText(['Aoife Byrne', 'Kofi Asante'])

  // A drop-out: Priya can't make it. Aoife moves up... then Priya can after all: Undo puts
  // everyone back exactly where they were.
  await subs.clearToasts()
  await week3.getByRole('button', { name: 'Remove Priya Raman' }).click()
  // Toasts say which game: several cards are open at once.
  const dropped = page.getByRole('status').filter({ hasText: `Removed Priya Raman from ${label(day(4))}. Aoife Byrne moved up from the waiting list.` })
  await expect(dropped).toBeVisible()
  await expect(roster).toHaveText([...SQUAD.slice(0, 3), ...SQUAD.slice(4, 12), 'Aoife Byrne'])
  await subs.screenshots('season-drop-out-undo', { keepToasts: true })
  await dropped.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(`Priya Raman is back in their place on ${label(day(4))}; Aoife Byrne is first on the waiting list again.`)).toBeVisible()
  await expect(roster).toHaveText(SQUAD.slice(0, 12))
  await expect(waiting).toHaveText(['Aoife Byrne', 'Kofi Asante'])

  // The pitch is smaller that week: lowering max says who moves before anything changes.
  await subs.clearToasts()
  await week3.getByRole('button', { name: 'Edit' }).click()
  d = subs.dialog('Edit fixture')
  await d.getByLabel('Max players').fill('10')
  await d.getByRole('button', { name: 'Save changes' }).click()
  const lower = subs.dialog('Lower the maximum to 10?')
  await expect(lower).toContainText('Ella Novak and Jonathan Okafor move from the roster to the front of the waiting list.')
  await subs.screenshots('season-max-warning', { keepScroll: true })
  // Keeping it says what stays: the maximum, back in the box, with nothing saved.
  await lower.getByRole('button', { name: 'Keep max at 12' }).click()
  await expect(lower).toBeHidden()
  await expect(d.getByLabel('Max players')).toHaveValue('12')
  await expect(waiting).toHaveText(['Aoife Byrne', 'Kofi Asante'])
  await d.getByLabel('Max players').fill('10')
  await d.getByRole('button', { name: 'Save changes' }).click()
  await lower.getByRole('button', { name: 'Lower to 10 and move 2 players to the waiting list' }).click()
  await expect(d).toBeHidden()
  await expect(page.getByText('Saved. Ella Novak and Jonathan Okafor moved to the waiting list.')).toBeVisible()
  await expect(week3.getByTestId('squad')).toHaveText('10/10 — on')
  await expect(waiting).toHaveText(['Ella Novak', 'Jonathan Okafor', 'Aoife Byrne', 'Kofi Asante'])
  // Back to the big pitch: raising it says who is promoted.
  await week3.getByRole('button', { name: 'Edit' }).click()
  d = subs.dialog('Edit fixture')
  await d.getByLabel('Max players').fill('12')
  await d.getByRole('button', { name: 'Save changes' }).click()
  await expect(d).toBeHidden()
  await expect(page.getByText('Saved. Ella Novak and Jonathan Okafor moved up from the waiting list.')).toBeVisible()
  await expect(week3.getByTestId('squad')).toHaveText('12/12 — on')

  // The line-up for the group chat, word for word.
  await week3.getByRole('button', { name: 'Copy for group chat' }).click()
  await expect(page.getByText('Copied the line-up for the group chat to the clipboard.')).toBeVisible()
  expect(subs.platform.copied.at(-1)).toBe(
    [
      `⚽ ${label(day(4))}, 19:00 · ${PLACE}`,
      '£5 each',
      '',
      'In (12/12):',
      ...SQUAD.slice(0, 12).map((n, i) => `${i + 1}. ${n}`),
      '',
      'Waiting list:',
      '1. Aoife Byrne',
      '2. Kofi Asante',
      '',
      'Full: reply to go on the waiting list.',
    ].join('\n'),
  )
  await subs.screenshots('season-fixtures')

  // Players pay. Monzo holds this squad's transfers (references as each player was given them).
  const refs = new Map((await snapshot(subs)).players.map((p) => [p.name, p.reference]))
  const ref = (name: string) => refs.get(name)!
  for (const [i, name] of ["Ciarán O'Brien", 'Omar Al-Hassan', 'Sam Whitley', 'Dan Price', 'Tom Baxter'].entries()) {
    sim.addTransaction(fps(`tx_season_fps_${i}`, name.toUpperCase(), ref(name), 1000, hoursAgo(60 - i), '20000' + i, `5000000${i}`))
  }
  sim.addTransaction(fps('tx_season_kwame', 'K MENSAH', ref('Kwame Mensah'), 1500, hoursAgo(50), '200099', '50000099'))
  sim.addTransaction(p2p('tx_season_priya', 'Priya Raman', 'user_0000SeasonPriya', 500, hoursAgo(40)))
  // Zoë's bank shows only an initial, and she typed no reference: Subs can't be sure.
  sim.addTransaction(fps('tx_season_zoe', 'Z ADEBAYO', 'FOOTY', 500, hoursAgo(30), '309999', '12121212'))
  // Someone else's money entirely.
  sim.addTransaction(fps('tx_season_stranger', 'J SMITH', 'J SMITH', 500, hoursAgo(20), '401234', '87878787'))

  // Connecting Monzo (set up directly: the connection screens are tested in monzo.spec) syncs in
  // the background, and a notification says what happened; clicking it opens Payments.
  await subs.core.invoke('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
  await subs.core.invoke('monzo:connect', undefined)
  await expect.poll(() => subs.platform.notified.length, { timeout: 20_000 }).toBe(1)
  expect(subs.platform.notified[0]).toEqual({
    title: 'Subs: payments synced',
    body: '7 payments matched to players. 2 new payments are waiting in Payments for you to check.',
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Fixtures' })).toBeVisible()
  subs.platform.clickNotification()
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible()
  const inbox = page.getByRole('region', { name: /^Inbox/ })
  await expect(inbox.getByRole('article')).toHaveCount(2)
  await expect(inbox.getByRole('article', { name: 'Payment from Z ADEBAYO' })).toBeVisible()

  // Luke pays after the game; the organiser syncs from the window (no notification for that one).
  const lukeAt = new Date(Date.now() - 3600_000)
  sim.addTransaction(fps('tx_season_luke', 'L MORRISON', ref('Luke Morrison'), 500, lukeAt.toISOString(), '200777', '50000777'))
  await subs.clearToasts()
  await page.getByRole('button', { name: 'Sync payments' }).click()
  await expect(page.getByRole('region', { name: /^Matched/ }).getByRole('row')).toHaveCount(9, { timeout: 20_000 }) // header + 8
  await expect(page.getByRole('button', { name: 'Sync payments' })).toBeEnabled()
  expect(subs.platform.notified).toHaveLength(1)

  // Who owes: games played only (the default). Zoë's probable payment shows beside her.
  await subs.goTo('Who owes')
  await expect(subs.nav('Who owes')).toContainText('£30.00')
  await expect(page.getByTestId('owed-total')).toHaveText('£30.00')
  await expect(page.getByTestId('due-next-total')).toHaveText('£205.00')
  // One group per player: their row, and a line under it when a payment may be theirs.
  const owing = page.getByRole('table', { name: 'Who owes' }).locator('tbody')
  await expect(owing).toHaveCount(4)
  await expect(owing.locator('td:first-child strong')).toHaveText(['Rhys Evans', 'Zoë Adebayo', 'Luke Morrison', 'Priya Raman'])
  const zoe = owing.filter({ hasText: 'Zoë Adebayo' })
  await expect(zoe.getByTestId('waiting-payment')).toHaveText(/^£5 from Z ADEBAYO waiting in Payments\s*Resolve$/)
  // Paid up lists players with something to their name, and says how credit and games to come add up.
  const paidUp = page.getByRole('region', { name: /^Paid up/ })
  await expect(paidUp).toContainText('Kwame Mensah · £15.00 due next (£5.00 paid ahead)')
  await expect(paidUp).not.toContainText('Aoife Byrne')
  await expect(paidUp).not.toContainText('Kofi Asante')
  await subs.screenshots('season-who-owes')

  // Chasing Zoë warns first; the organiser checks Payments instead.
  await zoe.getByRole('button', { name: 'Request payment' }).click()
  let ask = subs.dialog('Ask Zoë Adebayo to pay')
  await expect(ask.getByRole('alert')).toContainText('Zoë may already have paid.')
  await expect(ask.getByRole('alert')).toContainText('£5 from Z ADEBAYO')
  // What assigning it would do, with the real amounts: £5 waits, £10 is owed.
  await expect(ask.getByRole('alert')).toContainText("If it's Zoë's, assigning it brings what Zoë owes down to £5.00.")
  await expect(ask.getByRole('alert')).not.toContainText('settles')
  await expect(ask.getByRole('textbox', { name: 'Message' })).toHaveCount(0)
  await subs.screenshots('season-request-warning', { keepScroll: true })
  await ask.getByRole('button', { name: 'Chase anyway' }).click()
  await expect(ask.getByRole('textbox', { name: 'Message' })).toHaveValue(/^Hi Zoë, you owe £10\.00 for football \(/)
  await ask.getByRole('button', { name: 'Done' }).click()
  await expect(zoe.getByRole('button', { name: 'Request payment' })).toBeFocused()
  await zoe.getByRole('button', { name: 'Resolve' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible()

  // A pasted monzo.me link is fine in Settings.
  await subs.goTo('Settings')
  await page.getByLabel('monzo.me username').fill('https://monzo.me/alexorganiser')
  await expect(page.getByText('Requests link to monzo.me/alexorganiser for the exact amount.')).toBeVisible()
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await expect(page.getByLabel('monzo.me username')).toHaveValue('alexorganiser')

  // Who owes for the group chat, word for word: names and amounts, no bank details; Zoë is left
  // out while her payment waits.
  await subs.goTo('Who owes')
  await subs.clearToasts()
  await page.getByRole('button', { name: 'Copy for group chat' }).click()
  await expect(page.getByText('Left out Zoë Adebayo: a payment that may be theirs is waiting in Payments.')).toBeVisible()
  expect(subs.platform.copied.at(-1)).toBe(
    [
      `Subs still owed, ${label(day(0))}:`,
      'Rhys Evans: £10',
      'Luke Morrison: £5',
      'Priya Raman: £5',
      '',
      'Pay by bank transfer with your usual reference, or at https://monzo.me/alexorganiser',
      'Thanks!',
    ].join('\n'),
  )

  // The CSV says the same: owed for games played, credit apart, games to come as due next.
  await page.getByRole('button', { name: 'Export CSV' }).click()
  await expect(page.getByText(/^Saved 14 rows to /)).toBeVisible()
  const rows = parse(await readFile(subs.platform.saved.at(-1)!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
  const row = (name: string) => rows.find((r) => r.player === name)!
  const withYear = (date: string) => `${label(date).replace(/ \d{4}$/, '')} ${date.slice(0, 4)}`
  expect(row('Rhys Evans')).toMatchObject({ charged: '10', paid: '0', owes: '10', credit: '0', 'due next': '20' })
  expect(row('Rhys Evans')['unpaid fixtures']).toBe(`${withYear(week1)} (£5.00); ${withYear(day(-3))} (£5.00)`)
  expect(row('Kwame Mensah')).toMatchObject({ charged: '10', paid: '15', owes: '0', credit: '5', 'due next': '20' })
  const lukeDay = `${lukeAt.getFullYear()}-${String(lukeAt.getMonth() + 1).padStart(2, '0')}-${String(lukeAt.getDate()).padStart(2, '0')}`
  expect(row('Luke Morrison')['last payment']).toBe(withYear(lukeDay))

  // An organiser who takes money up front switches the charge setting: games to come are owed now.
  await subs.goTo('Settings')
  await page.getByLabel("As soon as they're on the roster").check()
  await expect(subs.nav('Settings').getByText('Unsaved changes')).toBeAttached()
  await subs.screenshots('season-settings-charge')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await subs.goTo('Who owes')
  await expect(subs.nav('Who owes')).toContainText('£235.00')
  await expect(page.getByTestId('owed-total')).toHaveText('£235.00')
  await expect(page.getByTestId('due-next-total')).toHaveCount(0)
  await expect(owing).toHaveCount(12)
  await expect(owing.filter({ hasText: 'Rhys Evans' }).locator('td.owes')).toHaveText('£30.00')
  await subs.screenshots('season-who-owes-on-roster')
})
