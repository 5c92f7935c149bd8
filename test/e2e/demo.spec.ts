// "Try Subs with a demo bank": sample data, the simulator standing in for Monzo, one click to leave.
import { test, expect } from './harness'

test('demo mode: start, sync from the demo bank, see who owes, then leave and start for real', async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Try Subs with a demo bank/ }).click()

  // Clearly labelled while it lasts.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByText('Sample data, demo bank.')).toBeVisible()
  await expect(page.getByRole('region', { name: /^Past/ }).getByRole('article').first()).toBeVisible()
  await subs.screenshots('demo-fixtures')

  await subs.goTo('Players')
  await expect(page.getByRole('table').locator('tbody tr')).not.toHaveCount(0)

  // The demo bank syncs like Monzo would, with live progress, and fills the inbox.
  await subs.goTo('Payments')
  await page.getByRole('button', { name: 'Sync payments' }).click()
  await expect(page.getByRole('button', { name: 'Sync payments' })).toBeEnabled({ timeout: 30_000 })
  await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible()
  await expect(page.getByText(/Last synced/)).toBeVisible()
  await subs.screenshots('payments')
  await subs.goTo('Who owes')
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
