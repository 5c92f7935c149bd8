// Forms that don't lose or misread, toasts that never block, focus that comes back, one date style,
// and the smaller points: each through the UI against the real core.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, type Subs } from './harness'

function day(n: number): string {
  const d = new Date()
  d.setDate(d.getDate() + n)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function start(subs: Subs, players: string[]): Promise<string[]> {
  await subs.page.getByRole('button', { name: /Start with my own players/ }).click()
  const ids: string[] = []
  // Set up directly: the player dialog is not what is under test here.
  for (const name of players) {
    const r = await subs.core.invoke('players:create', { name })
    if (!r.ok) throw new Error(r.error)
    ids.push((r.value as { player: { id: string } }).player.id)
  }
  return ids
}

test('money fields read one way everywhere and say what is wrong on the field', async ({ subs }) => {
  const { page } = subs
  await start(subs, ['Sam Whitley', 'Ann Berry'])
  await subs.goTo('Fixtures')
  await page.getByRole('button', { name: '+ New fixture' }).first().click()
  const d = subs.dialog('New fixture')
  const price = d.getByLabel('Price per player')
  const pitch = d.getByLabel('Pitch cost')
  for (const [typed, reason] of [
    ['5,00', 'Use a dot for pence: 5.00.'],
    ['4.999', 'Pence can only have two digits, like 4.99.'],
    ['abc', 'Type an amount in pounds, like 5 or 5.50.'],
  ]) {
    await price.fill(typed)
    await price.blur()
    await expect(d.getByText(reason)).toBeVisible()
    await expect(price).toHaveAttribute('aria-invalid', 'true')
    await expect(price).toHaveAccessibleDescription(reason)
  }
  await subs.screenshots('money-field-error', { keepScroll: true })
  // Nothing is created while a field can't be read; focus goes to it.
  await d.getByRole('button', { name: 'Create fixture' }).click()
  await expect(price).toBeFocused()
  await expect(d).toBeVisible()
  await price.fill('£5.50')
  await pitch.fill('£1,045.00')
  await expect(d.locator('.field-error')).toHaveCount(0)
  await d.getByLabel('Date').fill(day(9))
  await d.getByRole('button', { name: 'Create fixture' }).click()
  await expect(d).toBeHidden()
  await expect(page.getByRole('article').first()).toContainText('£5.50 each · pitch £1,045.00')

  // Cash: the same parser, the same place for the reason.
  await subs.goTo('Payments')
  await page.getByRole('button', { name: 'Record cash payment' }).click()
  const cash = subs.dialog('Record cash payment')
  await cash.getByRole('button', { name: 'Record payment' }).click()
  await expect(cash.getByText('Choose who paid.')).toBeVisible()
  await cash.getByLabel('Player').selectOption({ label: 'Ann Berry' })
  await cash.getByLabel('Amount').fill('5,5')
  await cash.getByRole('button', { name: 'Record payment' }).click()
  await expect(cash.getByText('Use a dot for pence: 5.50.')).toBeVisible()
  await cash.getByLabel('Amount').fill('5.5')
  await cash.getByRole('button', { name: 'Record payment' }).click()
  await expect(cash).toBeHidden()
  await expect(page.getByText('Recorded £5.50 cash from Ann Berry.')).toBeVisible()

  // Split: "5,00" is refused on its own field, never read as 5 or 500 behind the organiser's back.
  const csv = join(subs.dir, 'statement.csv')
  await writeFile(
    csv,
    'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In\n' +
      'tx_e2e_forms_0001,20/11/2026,18:02:11,Faster payment,Mystery Payer,,Income,10.00,GBP,10.00,GBP,footy x2,,,footy x2,,,10.00\n',
  )
  subs.platform.nextOpenFile = csv
  await page.getByRole('button', { name: 'Import a Monzo statement' }).click()
  await page.getByRole('region', { name: /^Inbox/ }).getByRole('button', { name: 'Split…' }).first().click()
  const split = subs.dialog('Split payment')
  const amounts = split.getByRole('textbox', { name: /^Amount for/ })
  while ((await amounts.count()) < 2) await split.getByLabel('Add a player').selectOption({ index: 1 })
  await amounts.nth(0).fill('5,00')
  await amounts.nth(1).fill('4.999')
  await expect(split.getByText('Use a dot for pence: 5.00.')).toBeVisible()
  await expect(split.getByText('Pence can only have two digits, like 4.99.')).toBeVisible()
  await expect(split.getByText('Fix the amounts above to see what’s left to share')).toBeVisible()
  await expect(split.getByRole('button', { name: 'Split payment' })).toBeDisabled()
  await subs.screenshots('split-field-errors', { keepScroll: true })
  await amounts.nth(0).fill('£5')
  await amounts.nth(1).fill('5')
  await expect(split.getByText('Adds up to £10.00 ✓')).toBeVisible()
  await split.getByRole('button', { name: 'Split payment' }).click()
  await expect(split).toBeHidden()
})

test('settings keep unsaved edits across pages and accept a pasted monzo.me link', async ({ subs }) => {
  const { page } = subs
  await start(subs, [])
  await subs.goTo('Settings')
  await page.getByLabel('Price per player').fill('6')
  await page.getByLabel('monzo.me username').fill('https://evil.example/alex')
  await page.getByLabel('monzo.me username').blur()
  await expect(page.getByText('Paste your monzo.me link, or type the username in it (like alexorganiser).')).toBeVisible()
  await expect(subs.nav('Settings')).toContainText('Unsaved changes')
  // Off to another page and back: nothing lost.
  await subs.goTo('Fixtures')
  await subs.goTo('Settings')
  await expect(page.getByLabel('Price per player')).toHaveValue('6')
  await expect(page.getByLabel('monzo.me username')).toHaveValue('https://evil.example/alex')
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible()
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByLabel('monzo.me username')).toBeFocused()
  for (const pasted of ['@alexorganiser', 'monzo.me/alexorganiser', 'https://monzo.me/alexorganiser/5.00?d=SUBS-X']) {
    await page.getByLabel('monzo.me username').fill(pasted)
    await expect(page.getByText('Requests link to monzo.me/alexorganiser for the exact amount.')).toBeVisible()
  }
  await subs.screenshots('settings-unsaved')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await expect(subs.nav('Settings')).not.toContainText('Unsaved changes')
  const snap = await subs.core.invoke('app:snapshot', undefined)
  expect(snap.ok && snap.value).toMatchObject({ settings: { defaultPricePence: 600, monzoMeUsername: 'alexorganiser' } })
  // Discard puts the saved values back.
  await page.getByLabel('Price per player').fill('7')
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByLabel('Price per player')).toHaveValue('6')
  // The notifications switch is there, on by default.
  await expect(page.getByLabel(/Notify me when a background sync/)).toBeChecked()
})

test('toasts never block: three at most, clicks pass between them, and one over a dialog can be dismissed', async ({ subs }) => {
  const { page } = subs
  const names = ['Ann Berry', 'Ben Cole', 'Cat Jones', 'Dev Patel', 'Eve Long']
  await start(subs, names)
  await subs.core.invoke('fixtures:create', { date: day(5), time: '19:00', location: 'Goals', pitchCostPence: 4500, pricePence: 500 })
  await subs.goTo('Fixtures')
  const card = page.getByRole('article').first()
  await card.getByRole('button', { name: '+ Add player' }).click()
  const picker = subs.dialog('Add players')
  for (const name of names.slice(0, 4)) await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  // Four confirmations, three shown; they sit above the open picker and can be dismissed there.
  const toast = page.getByRole('status').filter({ hasText: /is playing on / })
  await expect(toast).toHaveCount(3)
  // Which game, too: "Ben Cole is playing on Tue 1 Dec."
  await expect(toast.first()).toHaveText(/Ben Cole is playing on \w{3} \d{1,2} \w{3,4}( \d{4})?\./)
  await subs.screenshots('toasts-over-dialog', { keepScroll: true, keepToasts: true })
  await toast.first().getByRole('button', { name: 'Dismiss' }).click()
  await expect(toast).toHaveCount(2)
  // The picker still works underneath.
  await picker.getByRole('button', { name: /^Eve Long/ }).click()
  await expect(toast).toHaveCount(3)
  await picker.getByRole('button', { name: 'Done' }).click()

  // Outside a dialog, the gap between two toasts belongs to the page underneath.
  await subs.goTo('Players')
  await subs.clearToasts()
  for (const name of names.slice(0, 3)) await page.getByRole('button', { name: `Copy reference for ${name}` }).click()
  const copied = page.getByRole('status').filter({ hasText: /Copied reference/ })
  await expect(copied).toHaveCount(3)
  const boxes = await copied.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  const gap = { x: boxes[0]!.x + boxes[0]!.width / 2, y: (boxes[0]!.bottom + boxes[1]!.top) / 2 }
  expect(boxes[1]!.top - boxes[0]!.bottom).toBeGreaterThan(2)
  const under = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y)
    return { inToasts: !!el?.closest('.toasts'), tag: el?.tagName ?? null }
  }, gap)
  expect(under.inToasts).toBe(false)
  expect(under.tag).not.toBeNull()
})

test('focus goes where the organiser expects, and dates read one way', async ({ subs }) => {
  const { page } = subs
  const ids = await start(subs, ['Ann Berry', 'Ben Cole', 'Cat Jones'])
  // Last week's game with three players, and one a year and a bit away (its date shows the year).
  await subs.core.invoke('fixtures:create', { date: day(-7), time: '19:00', location: 'Goals', pitchCostPence: 4500, pricePence: 500, playerIds: ids })
  await subs.core.invoke('fixtures:create', { date: day(400), time: '19:00', location: 'Goals', pitchCostPence: 4500, pricePence: 500 })
  await subs.goTo('Fixtures')
  const future = new Date()
  future.setDate(future.getDate() + 400)
  const far = page.getByRole('region', { name: /^Upcoming/ }).getByRole('article').last()
  await expect(far.getByRole('heading', { level: 3 })).toHaveText(
    `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(future)} ${future.getFullYear()} 19:00`,
  )

  // The new-fixture dialog opens on its first field, not on ✕; Escape hands focus back.
  const newFixture = page.getByRole('button', { name: '+ New fixture' })
  await newFixture.click()
  const d = subs.dialog('New fixture')
  await expect(d.getByLabel('Date')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(d).toBeHidden()
  await expect(newFixture).toBeFocused()

  // Edit: copy a roster into a fixture that exists already.
  await far.getByRole('button', { name: 'Edit' }).click()
  const edit = subs.dialog('Edit fixture')
  await expect(edit.getByLabel('Copy roster from').locator('option:checked')).toHaveText(/· 3 players$/)
  await edit.getByRole('button', { name: 'Copy players' }).click()
  await expect(edit.getByText(/^Added 3 players from /)).toBeVisible()
  await edit.getByRole('button', { name: 'Cancel' }).click()
  await expect(far.getByTestId('squad')).toHaveText('3/12 — needs 5 more')
  await expect(far.getByRole('button', { name: 'Edit' })).toBeFocused()

  // The picker's rows draw their focus ring inside the scrolling list, so it is never cut off.
  await far.getByRole('button', { name: '+ Add player' }).click()
  const picker = subs.dialog('Add players')
  await expect(picker.getByLabel('Search players')).toBeFocused()
  await subs.core.invoke('players:create', { name: 'Dev Patel' })
  await expect(picker.getByRole('button', { name: /^Dev Patel/ })).toBeVisible()
  await page.keyboard.press('Tab')
  const row = picker.getByRole('button', { name: /^Dev Patel/ })
  await expect(row).toBeFocused()
  expect(await row.evaluate((e) => getComputedStyle(e).outlineOffset)).toBe('-2px')
  await subs.screenshots('picker-focus', { keepScroll: true })
  await picker.getByRole('button', { name: 'Done' }).click()
  await expect(far.getByRole('button', { name: '+ Add player' })).toBeFocused()

  // Players with history can be archived, not deleted; the others can be deleted.
  await subs.goTo('Players')
  await expect(page.getByRole('button', { name: 'Delete Ann Berry' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Delete Dev Patel' })).toBeVisible()
})

test("the demo's Payments page is synced and offers Sync, not Connect", async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Try Subs with a demo bank/ }).click()
  await subs.goTo('Payments')
  await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sync payments' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Connect Monzo' })).toHaveCount(0)
  await expect(page.getByText(/Connect Monzo/)).toHaveCount(0)
  await subs.goTo('Fixtures')
  await expect(page.getByRole('region', { name: /^Past/ }).getByTestId('squad').first()).toHaveText(/^Played · \d+ players$|^Cancelled$/)
})
