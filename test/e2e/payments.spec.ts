// The job Subs is opened for: sync, clear the inbox (assign, split, ignore, undo), cash,
// chase who owes, export the CSV and read it back. Runs on the demo bank (the simulator).
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Snapshot } from '../../src/shared/views'
import { test, expect, type Subs } from './harness'

async function snapshot(subs: Subs): Promise<Snapshot> {
  const out = await subs.core.invoke('app:snapshot', undefined)
  if (!out.ok) throw new Error(out.error)
  return out.value as Snapshot
}

test('sync, resolve the inbox, record cash, request payment and export who owes', async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Try Subs with a demo bank/ }).click()
  await subs.goTo('Payments')
  await page.getByRole('button', { name: 'Sync payments' }).click()
  const inbox = page.getByRole('region', { name: /^Inbox/ })
  const matched = page.getByRole('region', { name: /^Matched/ })
  const items = inbox.getByRole('article')
  await expect(matched).toBeVisible({ timeout: 30_000 })
  await expect(items).not.toHaveCount(0)

  // An import adds one more stranger's payment to the inbox. Text from strangers is shown as text.
  const csv = join(subs.dir, 'statement.csv')
  await writeFile(
    csv,
    'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In\n' +
      'tx_e2e_import_0001,20/11/2026,18:02:11,Faster payment,<b>Mystery</b> Payer,,Income,10.00,GBP,10.00,GBP,footy x2,,,footy x2,,,10.00\n',
  )
  subs.platform.nextOpenFile = csv
  const before = await items.count()
  await page.getByRole('button', { name: 'Import a Monzo statement' }).click()
  await expect(page.getByText(/^Imported statement\.csv: 1 new, 0 updated, 0 reversed, 0 unchanged, 0 not subs\.$/)).toBeVisible()
  await expect(items).toHaveCount(before + 1)
  const stranger = inbox.getByRole('article', { name: 'Payment from <b>Mystery</b> Payer' })
  await expect(stranger).toContainText('<b>Mystery</b> Payer')
  await subs.screenshots('payments-inbox')

  // Assign to a suggested player (saying what Subs may remember), then undo it from the matched list.
  await inbox.getByRole('button', { name: /^Assign to / }).first().click()
  const credit = subs.dialog(/^Credit/)
  await expect(credit.getByRole('group', { name: 'What should Subs remember?' }).getByRole('radio', { checked: true })).toHaveCount(1)
  await credit.getByRole('button', { name: /^Credit / }).click()
  await expect(credit).toBeHidden()
  await expect(page.getByText(/credited to/)).toBeVisible()
  await expect(items).toHaveCount(before)
  const manual = matched.getByRole('row').filter({ hasText: 'Assigned by you' })
  await expect(manual).toHaveCount(1)
  await manual.getByRole('button', { name: 'Undo' }).click()
  await expect(items).toHaveCount(before + 1)

  // "For me and Dave": split the stranger's £10 between two players.
  await subs.clearToasts()
  await stranger.getByRole('button', { name: 'Split…' }).click()
  const split = subs.dialog('Split payment')
  const amounts = split.getByRole('textbox', { name: /^Amount for/ })
  while ((await amounts.count()) < 2) await split.getByLabel('Add a player').selectOption({ index: 1 })
  await amounts.nth(0).fill('5')
  await amounts.nth(1).fill('4')
  await expect(split.getByText('£1.00 still to share out')).toBeVisible()
  await expect(split.getByRole('button', { name: 'Split payment' })).toBeDisabled()
  await amounts.nth(1).fill('5')
  await expect(split.getByText('Adds up to £10.00 ✓')).toBeVisible()
  await subs.screenshots('split-dialog', { keepScroll: true })
  await split.getByRole('button', { name: 'Split payment' }).click()
  await expect(split).toBeHidden()
  await expect(matched.getByRole('row').filter({ hasText: 'Split by you' })).toHaveCount(1)
  await expect(items).toHaveCount(before)

  // Not subs: ignore, then undo from the Ignored list.
  const ignoredName = (await items.first().getAttribute('aria-label'))!
  await items.first().getByRole('button', { name: 'Not subs' }).click()
  await expect(items).toHaveCount(before - 1)
  const ignored = page.getByRole('region', { name: /^Ignored/ })
  await expect(ignored.getByRole('row')).toHaveCount(2) // header + the one
  await ignored.getByRole('button', { name: 'Undo' }).click()
  await expect(inbox.getByRole('article', { name: ignoredName })).toBeVisible()

  // Cash at the pitch.
  await subs.clearToasts()
  await page.getByRole('button', { name: 'Record cash payment' }).click()
  const cash = subs.dialog('Record cash payment')
  await cash.getByLabel('Player').selectOption({ index: 1 })
  await subs.screenshots('cash-dialog', { keepScroll: true })
  await cash.getByRole('button', { name: 'Record payment' }).click()
  await expect(cash).toBeHidden()
  const cashRow = matched.getByRole('row').filter({ hasText: 'Cash' })
  await expect(cashRow).toHaveCount(1)
  await subs.screenshots('payments-matched')
  await cashRow.getByRole('button', { name: 'Delete' }).click()
  await subs.dialog('Delete this cash payment?').getByRole('button', { name: 'Delete' }).click()
  await expect(cashRow).toHaveCount(0)

  // Chase: a payment request, first without then with a monzo.me link.
  await subs.goTo('Who owes')
  // Someone with nothing waiting in the inbox that may be theirs (those are asked to check Payments first).
  const owing = page.getByRole('table', { name: 'Who owes' }).locator('tbody').filter({ hasNotText: /in Payments/ })
  await owing.first().getByRole('button', { name: 'Request payment' }).click()
  let ask = page.getByRole('dialog', { name: /^Ask .* to pay$/ })
  await expect(ask.getByRole('textbox', { name: 'Message' })).not.toHaveValue('')
  await ask.getByRole('button', { name: 'Open Settings' }).click()
  await page.getByLabel('monzo.me username').fill('alexorganiser')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await subs.goTo('Who owes')
  await subs.clearToasts()
  await owing.first().getByRole('button', { name: 'Request payment' }).click()
  ask = page.getByRole('dialog', { name: /^Ask .* to pay$/ })
  await expect(ask.getByRole('textbox', { name: 'monzo.me link' })).toHaveValue(/^https:\/\/monzo\.me\/alexorganiser\//)
  await subs.screenshots('request-dialog', { keepScroll: true })
  await ask.getByRole('button', { name: 'Copy link' }).click()
  await expect.poll(() => subs.platform.copied.at(-1)).toMatch(/^https:\/\/monzo\.me\/alexorganiser\//)
  await ask.getByRole('button', { name: 'Done' }).click()

  // Export, and read the file back.
  await page.getByRole('button', { name: 'Export CSV' }).click()
  await expect(page.getByText(/^Saved \d+ rows? to /)).toBeVisible()
  const file = subs.platform.saved.at(-1)!
  const rows = parse(await readFile(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
  const snap = await snapshot(subs)
  expect(rows).toHaveLength(snap.balances.length)
  const top = snap.balances.slice().sort((a, b) => b.owesPence - a.owesPence)[0]
  const row = rows.find((r) => r.player === top.name)!
  expect(Number(row.owes)).toBe(top.owesPence / 100)
})
