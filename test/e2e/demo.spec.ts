// "Try Subs with a demo bank": sample data, the simulator standing in for Monzo, one click to leave.
import type { Snapshot } from '../../src/shared/views'
import { test, expect } from './harness'

test('demo mode: start, synced at once from the demo bank, see who owes, then leave and start for real', async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Try Subs with a demo bank/ }).click()

  // Clearly labelled while it lasts.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByText('Sample data, demo bank.')).toBeVisible()
  const past = page.getByRole('region', { name: /^Past/ }).getByRole('article')
  await expect(past.first()).toBeVisible()
  // The demo bank synced as the demo started (as connecting Monzo does): past games show who paid,
  // not a page of "Not paid".
  await expect(past.getByLabel('Paid', { exact: true }).first()).toBeVisible()
  await subs.screenshots('demo-fixtures')

  await subs.goTo('Players')
  await expect(page.getByRole('table').locator('tbody tr')).not.toHaveCount(0)

  // Payments are there already: matched, some in the inbox, and when the sync ran.
  await subs.goTo('Payments')
  await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Inbox/ }).getByRole('article')).not.toHaveCount(0)
  await expect(page.getByText(/Last synced/)).toBeVisible()
  const matched = await page.getByRole('region', { name: /^Matched/ }).locator('.count').textContent()
  // Syncing again works like Monzo would, with live progress, and finds nothing new.
  await page.getByRole('button', { name: 'Sync payments' }).click()
  await expect(page.getByRole('button', { name: 'Sync payments' })).toBeEnabled({ timeout: 30_000 })
  await expect(page.getByRole('region', { name: 'Last sync in numbers' }).getByTestId('nothing-new')).toBeVisible()
  await expect(page.getByRole('region', { name: /^Matched/ }).locator('.count')).toHaveText(matched!)
  await subs.screenshots('payments')
  await subs.goTo('Who owes')
  // What's owed once payments are in: well under every game's price for everyone.
  const snap = await subs.core.invoke('app:snapshot', undefined)
  const owed = snap.ok ? (snap.value as Snapshot).balances.reduce((s, b) => s + Math.max(0, b.owesPence), 0) : -1
  const charged = snap.ok ? (snap.value as Snapshot).balances.reduce((s, b) => s + b.chargedPence, 0) : -1
  expect(owed).toBeGreaterThanOrEqual(0)
  expect(owed).toBeLessThan(charged / 2)
  await subs.screenshots('demo-who-owes')
  await subs.goTo('Settings')
  await expect(page.getByText('Demo bank').first()).toBeVisible()
  await subs.screenshots('demo-settings')

  // Leave: confirm, and everything sample is gone.
  await nav.getByRole('button', { name: 'Leave demo and start for real' }).click()
  await subs.dialog('Leave the demo?').getByRole('button', { name: 'Leave demo' }).click()
  await expect(nav.getByText('Sample data, demo bank.')).toBeHidden()
  await subs.goTo('Players')
  await expect(page.getByText('No players yet')).toBeVisible()
  await subs.goTo('Payments')
  await expect(page.getByText('No payments yet')).toBeVisible()
})
