// The organiser's first evening with Subs, end to end through the UI against the real core.
import { test, expect } from './harness'

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
]

/** YYYY-MM-DD, n days from today, in local time (what a date input takes). */
function day(n: number): string {
  const d = new Date()
  d.setDate(d.getDate() + n)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('welcome, players, weekly fixtures, waiting list, promotion, and it all survives a restart', async ({ subs }) => {
  const { page } = subs

  // First run: choose to start for real.
  await expect(page.getByRole('heading', { name: 'Welcome to Subs' })).toBeVisible()
  await subs.screenshots('welcome')
  await page.getByRole('button', { name: /Start with my own players/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fixtures' })).toBeVisible()
  await expect(page.getByText('No fixtures yet')).toBeVisible()
  await subs.screenshots('fixtures-empty')

  // Players, including unicode names and accepted bank names.
  await subs.goTo('Players')
  await expect(page.getByText('No players yet')).toBeVisible()
  await subs.screenshots('players-empty')
  // The add dialog, with bank names as chips (Enter adds, × removes).
  await page.getByRole('button', { name: '+ Add player' }).first().click()
  const add = subs.dialog('Add player')
  await add.getByLabel('Name', { exact: true }).fill('Zoë Adebayo')
  for (const alias of ['Z ADEBAYO', 'MS Z ADEBAYO']) {
    await add.getByLabel('Names their bank shows').fill(alias)
    await add.getByLabel('Names their bank shows').press('Enter')
  }
  await add.getByRole('button', { name: 'Remove MS Z ADEBAYO' }).click()
  await add.getByLabel('Notes').fill('Usually in goal')
  await subs.screenshots('player-dialog', { keepScroll: true })
  await add.getByRole('button', { name: 'Add player' }).click()
  await expect(add).toBeHidden()
  await subs.addPlayer(SQUAD[1], ['C OBRIEN', 'Ciaran O Brien'])
  for (const name of SQUAD.slice(2)) await subs.addPlayer(name)
  const table = page.getByRole('table')
  for (const name of ["Zoë Adebayo", "Ciarán O'Brien", 'Omar Al-Hassan']) {
    await expect(table.getByRole('cell', { name, exact: false }).first()).toContainText(name)
  }
  await expect(table.getByText('Z ADEBAYO')).toBeVisible()
  await expect(table.locator('tbody tr')).toHaveCount(SQUAD.length)

  // A duplicate name is allowed but warned about; then we delete the accidental duplicate.
  await subs.addPlayer('sam whitley')
  await expect(page.getByText(/There is already a player called Sam Whitley/)).toBeVisible()
  await page.getByRole('row', { name: /^sam whitley/ }).getByRole('button', { name: 'Delete sam whitley' }).click()
  await subs.dialog('Delete sam whitley?').getByRole('button', { name: 'Delete player' }).click()
  await expect(table.locator('tbody tr')).toHaveCount(SQUAD.length)

  // Copy a payment reference.
  await page.getByRole('button', { name: "Copy reference for Ciarán O'Brien" }).click()
  await expect.poll(() => subs.platform.copied.at(-1)).toMatch(/^SUBS-/)
  await subs.screenshots('players')

  // Last week's game, played by ten. (Escape closes a dialog without saving.)
  await subs.goTo('Fixtures')
  await page.getByRole('button', { name: '+ New fixture' }).first().click()
  await expect(subs.dialog('New fixture')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(subs.dialog('New fixture')).toBeHidden()
  await page.getByRole('button', { name: '+ New fixture' }).first().click()
  let d = subs.dialog('New fixture')
  await d.getByLabel('Date').fill(day(-7))
  await d.getByLabel('Kick-off').fill('19:00')
  await d.getByLabel('Location').fill('Powerleague Shoreditch, pitch 3')
  await expect(d.getByLabel('Price per player')).toHaveValue('5')
  await expect(d.getByLabel('Pitch cost')).toHaveValue('45')
  await expect(d.getByLabel('Min players')).toHaveValue('8')
  await expect(d.getByLabel('Max players')).toHaveValue('12')
  await d.getByRole('button', { name: 'Create fixture' }).click()
  await expect(d).toBeHidden()
  const past = page.getByRole('region', { name: /^Past/ })
  await expect(past.getByRole('article')).toHaveCount(1)
  await past.getByRole('button', { name: '+ Add player' }).click()
  const picker = subs.dialog('Add players')
  for (const name of SQUAD.slice(0, 10)) {
    await picker.getByLabel('Search players').fill(name)
    await picker.getByLabel('Search players').press('Enter')
    await expect(picker.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0)
  }
  await picker.getByRole('button', { name: 'Done' }).click()
  // A game that has happened reads as what happened.
  await expect(past.getByTestId('squad')).toHaveText('Played · 10 players')

  // The next three weeks in one go, starting from last week's roster.
  await subs.clearToasts()
  await page.getByRole('button', { name: '+ New fixture' }).first().click()
  d = subs.dialog('New fixture')
  await d.getByLabel('Date').fill(day(7))
  await d.getByLabel('Repeat weekly for').fill('3')
  // The roster to copy defaults to the most recent fixture that has players.
  await expect(d.getByLabel('Copy roster from').locator('option:checked')).toHaveText(/· 10 players$/)
  await subs.screenshots('fixture-dialog', { keepScroll: true })
  await d.getByRole('button', { name: 'Create 3 fixtures' }).click()
  await expect(d).toBeHidden()
  const upcoming = page.getByRole('region', { name: /^Upcoming/ })
  await expect(upcoming.getByRole('article')).toHaveCount(3)
  await expect(upcoming.getByTestId('squad').first()).toHaveText('10/12 — on')

  // Fill the next game past 12: the 13th player waits.
  const next = upcoming.getByRole('article').first()
  await subs.clearToasts()
  await next.getByRole('button', { name: '+ Add player' }).click()
  await expect(picker.getByRole('listitem')).toHaveCount(3)
  await subs.screenshots('add-player-picker', { keepScroll: true })
  for (const name of SQUAD.slice(10)) {
    await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click()
    await expect(picker.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0)
  }
  await picker.getByRole('button', { name: 'Done' }).click()
  await expect(next.getByTestId('squad')).toHaveText('12/12 — on')
  const waiting = next.getByRole('list', { name: 'Waiting list' })
  await expect(waiting).toContainText('1Aoife Byrne')
  await subs.screenshots('fixtures')

  // Someone drops out: the first waiting player is promoted, and the organiser is told.
  await next.getByRole('button', { name: 'Remove Priya Raman' }).click()
  await expect(page.getByText(/^Removed Priya Raman from \w{3} \d{1,2} \w{3,4}( \d{4})?\. Aoife Byrne moved up from the waiting list\.$/)).toBeVisible()
  await expect(next.getByRole('list', { name: 'Waiting list' })).toHaveCount(0)
  await expect(next.getByRole('list', { name: 'Roster' })).toContainText('Aoife Byrne')
  await expect(next.getByTestId('squad')).toHaveText('12/12 — on')

  // A short week: cancel, then restore.
  const last = upcoming.getByRole('article').last()
  await last.getByRole('button', { name: 'Cancel game' }).click()
  await subs.dialog('Cancel this fixture?').getByRole('button', { name: 'Cancel fixture' }).click()
  await expect(last.getByTestId('squad')).toHaveText('Cancelled')
  await last.getByRole('button', { name: 'Restore' }).click()
  await expect(last.getByTestId('squad')).toHaveText('10/12 — on')

  // The rest of the app, for the screenshots.
  await subs.goTo('Who owes')
  await expect(page.getByTestId('position')).toContainText('out of pocket')
  await subs.screenshots('who-owes')
  await subs.goTo('Payments')
  // No Monzo yet: Connect is the main action (Sync could only fail), and it leads to Settings → Monzo.
  const bankSync = page.getByRole('region', { name: 'Bank sync' })
  await expect(bankSync.getByRole('button', { name: 'Sync payments' })).toHaveCount(0)
  await expect(bankSync.getByRole('button', { name: 'Connect Monzo' })).toHaveClass(/primary/)
  await expect(bankSync.getByRole('button', { name: 'Import a Monzo statement' })).toBeVisible()
  await subs.screenshots('payments-empty')
  await bankSync.getByRole('button', { name: 'Connect Monzo' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Monzo' }).getByRole('heading', { name: 'Monzo', exact: true })).toBeInViewport()
  await expect(page.getByText(subs.dataFile)).toBeVisible()
  await subs.screenshots('settings')

  // Quit and relaunch on the same data dir: everything is still there.
  await subs.restart()
  await expect(subs.page.getByRole('heading', { level: 1, name: 'Fixtures' })).toBeVisible()
  const up2 = subs.page.getByRole('region', { name: /^Upcoming/ })
  await expect(up2.getByRole('article')).toHaveCount(3)
  await expect(up2.getByRole('article').first().getByTestId('squad')).toHaveText('12/12 — on')
  await expect(up2.getByRole('article').first()).toContainText('Aoife Byrne')
  await expect(subs.page.getByRole('region', { name: /^Past/ }).getByRole('article')).toHaveCount(1)
  await subs.goTo('Players')
  await expect(subs.page.getByRole('table').locator('tbody tr')).toHaveCount(SQUAD.length)
  await expect(subs.page.getByRole('table')).toContainText("Ciarán O'Brien")
})
