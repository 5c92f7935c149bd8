// Issue 12 through the real UI: a sync with one transaction Subs can't read lists it under
// "Couldn't read" and shows honest counts; the next sync says "Nothing new"; a webhook capture
// imports through Payments → Import; the organiser's own note from the Monzo app is shown.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_ACCOUNT_ID, DEMO_PLAYERS } from '../../src/main/core/monzo/simulator'
import type { Snapshot } from '../../src/shared/views'
import { test, expect } from './harness'
import { freePort } from '../helpers/free-port'
import { sample } from '../helpers/samples'

test.use({ startOptions: { monzo: {} } })

test('a sync with an unreadable transaction lists it, shows honest counts, then says nothing new', async ({ subs }) => {
  const { page } = subs
  const sim = subs.sim!
  await page.getByRole('button', { name: /Start with my own players/ }).click()
  for (const p of DEMO_PLAYERS) {
    await subs.core.invoke('players:create', { name: p.name, aliases: p.bankName && p.bankName !== p.name ? [p.bankName] : [] })
  }

  // At the bank: one player's payment in the middle of the history has `settled: true`, and the
  // organiser has written a note over the newest Faster Payment's notes in the Monzo app.
  const txs = sim.store.all(DEFAULT_ACCOUNT_ID)
  const fps = txs.filter((t) => t.scheme === 'payport_faster_payments' && t.amount > 0)
  const broken = fps[Math.floor(fps.length / 2)]!
  sim.updateTransaction(broken.id, { settled: true as unknown as string })
  const annotated = fps.at(-1)!
  sim.updateTransaction(annotated.id, { notes: 'Dave paid cash for this one' })

  // Connect Monzo in Settings; the first sync runs at once.
  await subs.goTo('Settings')
  const monzo = page.getByRole('region', { name: 'Monzo' })
  await monzo.getByLabel('Client ID').fill(sim.client.clientId)
  await monzo.getByLabel('Client secret').fill(sim.client.clientSecret)
  await monzo.getByLabel('Port').fill(String(await freePort()))
  await monzo.getByRole('button', { name: 'Connect Monzo' }).click()
  await expect(monzo.getByText('Approve Subs in your Monzo app')).toBeVisible()
  sim.approveInApp()
  await expect(monzo.getByText(/Last synced/)).toBeVisible({ timeout: 20_000 })

  await subs.goTo('Payments')
  const counts = page.getByRole('region', { name: 'Last sync in numbers' })
  await expect(counts).toBeVisible()
  await expect(counts.getByRole('listitem').filter({ hasText: "couldn't read" })).toHaveText(/^\s*1 couldn't read\s*$/)
  await expect(counts.getByRole('listitem').filter({ hasText: 'not subs' })).not.toHaveText(/^\s*0 /)
  const unreadable = page.getByRole('region', { name: /^Couldn't read/ })
  await expect(unreadable.getByRole('listitem')).toHaveCount(1)
  const item = unreadable.getByRole('listitem').first()
  await expect(item).toContainText(broken.counterparty!.name!)
  await expect(item).toContainText('£5.00')
  // Plain words first; the technical reason and what Monzo sent wait behind "Technical details".
  await expect(item.getByText("Monzo sent this transaction in a form Subs doesn't understand.")).toBeVisible()
  await expect(item.getByText('settled is true (expected text or nothing)')).toBeHidden()
  await expect(item.locator('pre')).toBeHidden()
  // Honest advice: never "record it as cash" for a bank payment; the statement import reads it.
  await expect(unreadable).not.toContainText(/cash/i)
  await expect(unreadable).toContainText('Import a Monzo statement')
  // Nothing clipped: the button sits wholly inside its row.
  const [row, button] = await Promise.all([item.boundingBox(), item.getByRole('button', { name: 'Remove from list' }).boundingBox()])
  expect(button!.x).toBeGreaterThanOrEqual(row!.x)
  expect(button!.x + button!.width).toBeLessThanOrEqual(row!.x + row!.width)
  expect(button!.y + button!.height).toBeLessThanOrEqual(row!.y + row!.height)

  // The organiser's note from the Monzo app is shown on the payment; the reference stays the payer's.
  const note = page.getByText(/^Your note( in Monzo)?: Dave paid cash for this one$/)
  await expect(note).toBeVisible()
  const snap = await subs.core.invoke('app:snapshot', undefined)
  const stored = snap.ok ? (snap.value as Snapshot).payments.find((p) => p.id === annotated.id) : undefined
  expect(stored).toMatchObject({ reference: annotated.description, annotation: 'Dave paid cash for this one' })
  await subs.screenshots('payments-couldnt-read')
  await unreadable.scrollIntoViewIfNeeded()
  await subs.screenshots('payments-couldnt-read-list', { keepScroll: true })
  await item.getByText('Technical details').click()
  await expect(item.getByText('settled is true (expected text or nothing)')).toBeVisible()
  await expect(item.locator('pre')).toContainText(`"id": "${broken.id}"`)
  await expect(item.locator('pre')).toContainText('"settled": true')
  await item.getByText('Technical details').click()
  await expect(item.locator('pre')).toBeHidden()

  // Sync again: nothing changed at the bank, so "Nothing new", in the toast and the panel.
  await page.getByRole('button', { name: 'Sync payments' }).click()
  await expect(page.getByText(/^Nothing new: \d+ unchanged, \d+ not subs/)).toBeVisible()
  await expect(counts.getByTestId('nothing-new')).toBeVisible()
  await expect(unreadable.getByRole('listitem')).toHaveCount(1)
  await subs.screenshots('payments-nothing-new')
  await note.scrollIntoViewIfNeeded()
  await subs.screenshots('payments-organiser-note', { keepScroll: true })

  // Dealt with it in the Monzo app: remove it, and it's gone for good.
  await item.getByRole('button', { name: 'Remove from list' }).click()
  await expect(unreadable).toBeHidden()

})

test('Payments → Import takes a webhook capture, and the same file again says nothing new', async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Try Subs with a demo bank/ }).click()
  await subs.goTo('Payments')
  const matched = page.getByRole('region', { name: /^Matched/ })
  const captured = JSON.parse(await readFile(sample('webhook-transaction-created.json'), 'utf8'))
  // The demo bank happens to give Jonathan Okafor the sample's account, and an account that paid under a
  // player's full name credits "OKAFOR J" too; here the sample comes from an account Subs has never seen.
  captured.data.counterparty = { ...captured.data.counterparty, account_number: '31926819' }
  const other = {
    type: 'transaction.created',
    data: {
      ...captured.data, id: 'tx_0000E2eWebhook02', created: new Date(Date.now() - 60_000).toISOString(), description: 'WEBHOOK FOOTY',
      notes: 'WEBHOOK FOOTY', metadata: { notes: 'WEBHOOK FOOTY' }, counterparty: { name: 'Kofi Mensah', sort_code: '112233', account_number: '99001122' },
    },
  }
  const file = join(subs.dir, 'webhooks.json')
  await writeFile(file, JSON.stringify([captured, other, { type: 'balance.updated', data: {} }]))
  subs.platform.nextOpenFile = file
  await page.getByRole('button', { name: 'Import a Monzo statement' }).click()
  await expect(page.getByText(/^Imported webhooks\.json: 2 new, 0 updated, 0 reversed, 0 unchanged, 0 not subs\.$/)).toBeVisible()
  const imported = page.getByRole('region', { name: 'Last import in numbers' })
  await expect(imported.getByRole('listitem').filter({ hasText: 'new' }).first()).toHaveText(/^\s*2 new\s*$/)
  await expect(page.getByRole('region', { name: /^Inbox/ }).getByRole('article', { name: 'Payment from OKAFOR J' })).toBeVisible()
  await expect(matched.getByRole('row').filter({ hasText: 'WEBHOOK FOOTY' })).toContainText('Kofi Mensah')
  await subs.screenshots('payments-imported-webhook')

  subs.platform.nextOpenFile = file
  await subs.clearToasts()
  await page.getByRole('button', { name: 'Import a Monzo statement' }).click()
  await expect(page.getByText(/^Imported webhooks\.json: Nothing new: 2 unchanged, 0 not subs\.$/)).toBeVisible()
  await expect(imported.getByTestId('nothing-new')).toBeVisible()
})
