// Settings → Monzo against the simulator: guidance, credentials, browser sign-in, approve in the
// app, choose the account, first sync, disconnect. The harness plays the browser.
import { DEMO_PLAYERS } from '../../src/main/core/monzo/simulator'
import { test, expect } from './harness'
import { freePort } from '../helpers/free-port'


test.use({ startOptions: { monzo: { jointAccount: true } } })

test('connect Monzo step by step, sync at once, then disconnect', async ({ subs }) => {
  const { page } = subs
  const sim = subs.sim!
  await page.getByRole('button', { name: /Start with my own players/ }).click()
  // The organiser's squad, so the first sync has someone to match (set up directly: not under test here).
  for (const p of DEMO_PLAYERS) {
    await subs.core.invoke('players:create', { name: p.name, aliases: p.bankName && p.bankName !== p.name ? [p.bankName] : [] })
  }

  await subs.goTo('Settings')
  const monzo = page.getByRole('region', { name: 'Monzo' })
  await expect(monzo.getByText('Create a client:')).toBeVisible()
  await monzo.getByRole('button', { name: /Open developers.monzo.com/ }).click()
  await expect.poll(() => subs.platform.opened).toContain('https://developers.monzo.com/')
  await monzo.getByRole('button', { name: 'Copy redirect URL' }).click()
  await expect.poll(() => subs.platform.copied.at(-1)).toBe('http://127.0.0.1:8765/callback')
  await expect(monzo.getByRole('button', { name: 'Connect Monzo' })).toBeDisabled()
  await monzo.scrollIntoViewIfNeeded()
  await subs.screenshots('monzo-setup', { keepScroll: true })

  const port = await freePort()
  await monzo.getByLabel('Client ID').fill(sim.client.clientId)
  await monzo.getByLabel('Client secret').fill(sim.client.clientSecret)
  await monzo.getByLabel('Port').fill(String(port))
  await expect(monzo.getByText(`http://127.0.0.1:${port}/callback`)).toBeVisible()
  await monzo.getByRole('button', { name: 'Connect Monzo' }).click()

  // The browser approved (harness); now the visible "approve in the app" step.
  await expect(monzo.getByText('Approve Subs in your Monzo app')).toBeVisible()
  expect(subs.platform.opened.some((u) => u.startsWith(sim.authoriseUrl))).toBe(true)
  await subs.screenshots('monzo-approve', { keepScroll: true })
  sim.approveInApp()

  // Personal and joint accounts: the organiser picks where players pay.
  const choose = monzo.getByRole('group', { name: 'Which account do players pay into?' })
  await expect(choose).toBeVisible()
  await subs.screenshots('monzo-choose-account', { keepScroll: true })
  await choose.getByRole('radio').first().check()
  await choose.getByRole('button', { name: 'Use this account' }).click()

  await expect(monzo.getByText('Personal account')).toBeVisible()
  await expect(monzo.getByText(/Last synced/)).toBeVisible()
  await subs.screenshots('monzo-connected', { keepScroll: true })

  // The first sync ran straight away (full history is only offered in the first 5 minutes).
  await subs.goTo('Payments')
  await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible({ timeout: 20_000 })
  expect(sim.requestCount('/transactions')).toBeGreaterThan(0)

  // Disconnect: confirmed, and back to the setup steps; payments stay.
  await subs.goTo('Settings')
  await monzo.getByRole('button', { name: 'Disconnect' }).click()
  await subs.dialog('Disconnect Monzo?').getByRole('button', { name: 'Disconnect' }).click()
  await expect(monzo.getByRole('button', { name: 'Connect Monzo' })).toBeVisible()
  await subs.goTo('Payments')
  await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible()

  // The client ID and secret stayed: step 1 is done, its instructions wait behind "Use a different
  // Monzo client", it's said once, and Connect works with nothing typed.
  await subs.goTo('Settings')
  const steps = monzo.getByRole('list', { name: 'Connection progress' }).getByRole('listitem')
  await expect(steps.first()).toHaveText(/^✓\s*Create a client$/)
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step')
  await expect(monzo.getByRole('button', { name: 'Connect Monzo' })).toBeEnabled()
  await expect(monzo.getByText(/client ID and secret are (kept|saved)/)).toHaveCount(1)
  await expect(monzo.getByText('Create a client:')).toBeHidden()
  await expect(monzo.getByLabel('Client ID')).toBeHidden()
  await monzo.scrollIntoViewIfNeeded()
  await subs.screenshots('monzo-disconnected-client-kept', { keepScroll: true })
  await monzo.getByText('Use a different Monzo client').click()
  await expect(monzo.getByLabel('Client ID')).toBeVisible()
  await expect(monzo.getByLabel('Client ID')).toHaveValue('')
  await expect(monzo.getByText(/Default port is 8765/)).toBeVisible()
  // Forget this client removes them too: now they must be typed again.
  await monzo.getByRole('button', { name: 'Forget this client' }).click()
  await subs.dialog('Forget this Monzo client?').getByRole('button', { name: 'Forget this client' }).click()
  await expect(monzo.getByRole('button', { name: 'Forget this client' })).toBeHidden()
  await expect(monzo.getByRole('button', { name: 'Connect Monzo' })).toBeDisabled()
  await expect(monzo.getByLabel('Client secret')).toHaveAttribute('placeholder', 'mnzconf.…')
})
