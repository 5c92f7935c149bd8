// Monzo as organisers really meet it, through the real UI: Monzo's email opened on a phone (sign-in
// finished by pasting the link), the 90-day approval (warning from day 80, refused once it has run
// out, Reconnect), and access turned off in the Monzo app. The harness plays browser and bank.
import { DEMO_PLAYERS } from '../../src/main/core/monzo/simulator'
import { test, expect, type Subs } from './harness'
import { freePort } from '../helpers/free-port'

const DAY = 86_400_000

async function ownPlayers(subs: Subs): Promise<void> {
  await subs.page.getByRole('button', { name: /Start with my own players/ }).click()
  // The organiser's squad, so syncs have someone to match (set up directly: not under test here).
  for (const p of DEMO_PLAYERS) {
    await subs.core.invoke('players:create', { name: p.name, aliases: p.bankName && p.bankName !== p.name ? [p.bankName] : [] })
  }
}

async function startConnect(subs: Subs): Promise<void> {
  const sim = subs.sim!
  await subs.goTo('Settings')
  const monzo = subs.page.getByRole('region', { name: 'Monzo' })
  await monzo.getByLabel('Client ID').fill(sim.client.clientId)
  await monzo.getByLabel('Client secret').fill(sim.client.clientSecret)
  await monzo.getByLabel('Port').fill(String(await freePort()))
  await monzo.getByRole('button', { name: 'Connect Monzo' }).click()
}

test.describe('the email opened on another device', () => {
  test.use({ startOptions: { monzo: {} } })

  test('finish signing in by pasting the link the phone ended up on', async ({ subs }) => {
    const { page } = subs
    const sim = subs.sim!
    // The organiser approves on their phone: the redirect to 127.0.0.1 goes nowhere there.
    let phoneLink = ''
    subs.platform.browser = async (url) => {
      if (url.startsWith(sim.authoriseUrl)) phoneLink = await sim.approveOnAnotherDevice(url)
    }
    await ownPlayers(subs)
    await startConnect(subs)
    const monzo = page.getByRole('region', { name: 'Monzo' })
    await expect(monzo.getByText('Finish signing in to Monzo in your browser')).toBeVisible()
    await expect.poll(() => phoneLink).toMatch(/\/callback\?code=/)
    const box = monzo.getByLabel('Opened the email on another device? Paste the link your browser ended up on')
    await expect(box).toBeVisible()

    // A link from somewhere else: refused next to the box, and Subs keeps waiting.
    await box.fill(phoneLink.replace(/state=[^&]+/, 'state=from-another-sign-in'))
    await monzo.getByRole('button', { name: 'Finish sign-in' }).click()
    const error = monzo.getByRole('alert').filter({ hasText: 'That link is from a different sign-in than the one Subs is waiting for' })
    await expect(error).toBeVisible()
    await expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(sim.requestCount('/oauth2/token')).toBe(0)
    await monzo.scrollIntoViewIfNeeded()
    await subs.screenshots('monzo-paste-link-refused', { keepScroll: true })

    // Editing the box clears the refusal: it was about the old link.
    await box.fill(phoneLink)
    await expect(error).toBeHidden()
    await expect(box).not.toHaveAttribute('aria-invalid', 'true')
    await subs.screenshots('monzo-paste-link', { keepScroll: true })
    await monzo.getByRole('button', { name: 'Finish sign-in' }).click()
    // Exactly as the callback would: the token, then approval in the app, then connected and synced.
    await expect(monzo.getByText('Approve Subs in your Monzo app')).toBeVisible()
    expect(sim.requestCount('/oauth2/token')).toBe(1)
    sim.approveInApp()
    await expect(monzo.getByText('Personal account')).toBeVisible()
    await expect(monzo.getByText(/Approved .*; Monzo asks again every 90 days, next by/)).toBeVisible()
    await subs.goTo('Payments')
    await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible({ timeout: 20_000 })
    // The same link again has nothing to finish.
    expect((await subs.core.invoke('monzo:finishSignIn', { link: phoneLink })).ok).toBe(false)
  })
})

test.describe("Monzo's 90-day approval", () => {
  // One clock for Subs and the bank: it starts 80 days ago, so "now" is day 80 of the approval.
  const clock = { offset: -80 * DAY, now: () => Date.now() + clock.offset }
  test.use({ startOptions: { now: () => clock.now(), monzo: { now: () => clock.now(), autoApproveInApp: true } } })

  test('warns from day 80, refuses to sync once the approval has run out, and Reconnect brings it back', async ({ subs }) => {
    const { page } = subs
    const sim = subs.sim!
    clock.offset = -80 * DAY
    await ownPlayers(subs)
    await startConnect(subs)
    const monzo = page.getByRole('region', { name: 'Monzo' })
    await expect(monzo.getByText('Personal account')).toBeVisible()
    await subs.goTo('Payments')
    await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible({ timeout: 20_000 })

    // Eighty days later.
    clock.offset = 0
    await page.reload()
    await subs.goTo('Payments')
    const approvedAt = Date.now() - 80 * DAY
    const by = new Date(approvedAt + 90 * DAY)
    const soon = new RegExp(`Re-approve Subs in Monzo by \\w{3} ${by.getDate()} \\w{3}( \\d{4})? to keep syncing`)
    const notice = page.getByTestId('reapprove-notice')
    await expect(page.getByRole('main').getByText(soon)).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText(soon)).toBeVisible()
    await expect(notice).toHaveCount(2)
    // Still syncing until the day comes.
    await page.getByRole('button', { name: 'Sync payments' }).click()
    // The sync's summary (issue 12): "Nothing new: …" or "N new, …", always ending with the not-subs count.
    await expect(page.getByText(/^(Nothing new:|\d+ new,) .*\d+ not subs/)).toBeVisible({ timeout: 20_000 })
    await subs.screenshots('monzo-reapprove-soon')
    await subs.goTo('Settings')
    await monzo.scrollIntoViewIfNeeded()
    await expect(monzo.getByText(soon)).toBeVisible()
    await subs.screenshots('monzo-reapprove-soon-settings', { keepScroll: true })

    // Day 91: the approval has run out.
    clock.offset = 11 * DAY
    await page.reload()
    await subs.goTo('Payments')
    const matched = await page.getByRole('region', { name: /^Matched/ }).getByRole('row').count()
    await expect(page.getByRole('main').getByText('Re-approve Subs in Monzo to keep syncing')).toBeVisible()
    await expect(page.getByRole('main').getByText(/90-day approval ran out on .* Your payments so far are safe/)).toBeVisible()
    // One warning on the page, whose Reconnect is the one main action: no Sync that can only fail,
    // and the status says when Subs last synced successfully, not the earlier sync's counts as news.
    const main = page.getByRole('main')
    await expect(main.getByTestId('reapprove-notice')).toHaveCount(1)
    await expect(page.getByText('Monzo: syncing paused')).toBeVisible()
    await expect(page.getByTestId('sync-when')).toHaveText(/^\s*Last successful sync /)
    await expect(page.getByRole('region', { name: 'Last sync in numbers' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Sync payments' })).toHaveCount(0)
    await expect(main.getByTestId('reapprove-notice').getByRole('button', { name: 'Reconnect' })).toHaveClass(/primary/)
    await expect(page.getByRole('region', { name: 'Bank sync' }).locator('.btn.primary')).toHaveCount(0)
    // Main refuses a sync all the same, asking nothing of Monzo.
    const before = sim.requestCount('/transactions')
    const refused = await subs.core.invoke('sync:run', undefined)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toMatch(/Re-approve Subs in Monzo to keep syncing: .* Click Reconnect/)
    expect(sim.requestCount('/transactions')).toBe(before)
    // Nothing stored is lost.
    expect(await page.getByRole('region', { name: /^Matched/ }).getByRole('row').count()).toBe(matched)
    await subs.screenshots('monzo-reapproval-expired')
    await subs.goTo('Settings')
    await monzo.scrollIntoViewIfNeeded()
    await expect(monzo.getByText('Re-approve Subs in Monzo to keep syncing')).toBeVisible()
    await subs.screenshots('monzo-reapproval-expired-settings', { keepScroll: true })

    // One click: the whole flow, then a full-history sync.
    await subs.goTo('Payments')
    sim.resetLog()
    await page.getByRole('main').getByRole('button', { name: 'Reconnect' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(monzo.getByText('Personal account')).toBeVisible({ timeout: 20_000 })
    await expect.poll(() => sim.requestLog.some((r) => r.path === '/transactions' && r.status === 200)).toBe(true)
    expect(sim.requestLog.find((r) => r.path === '/transactions')!.query).not.toMatch(/since=/)
    await expect(page.getByTestId('reapprove-notice')).toHaveCount(0)
  })
})

test.describe('access turned off in the Monzo app', () => {
  test.use({ startOptions: { monzo: { autoApproveInApp: true } } })

  test('shows as waiting for approval in the Monzo app, not connected, and carries on once allowed', async ({ subs }) => {
    const { page } = subs
    const sim = subs.sim!
    await ownPlayers(subs)
    await startConnect(subs)
    await expect(page.getByRole('region', { name: 'Monzo' }).getByText('Personal account')).toBeVisible()
    await subs.goTo('Payments')
    await expect(page.getByRole('region', { name: /^Matched/ })).toBeVisible({ timeout: 20_000 })

    sim.withdrawApproval()
    await page.getByRole('button', { name: 'Sync payments' }).click()
    const main = page.getByRole('main')
    await expect(main.getByTestId('reapprove-notice').getByText('Waiting for approval in the Monzo app')).toBeVisible()
    // Said once on the page: the notice, with Check again as the one main action. The panel says
    // syncing is paused and when it last worked; no red "failed" beside it, no stale counts.
    await expect(main.getByTestId('reapprove-notice')).toHaveCount(1)
    await expect(page.getByText('Monzo: syncing paused')).toBeVisible()
    await expect(page.getByTestId('sync-when')).toHaveText(/^\s*Last successful sync /)
    await expect(main.getByText(/The last attempt failed/)).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Last sync in numbers' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Sync payments' })).toHaveCount(0)
    await expect(main.getByTestId('reapprove-notice').getByRole('button', { name: 'Check again' })).toHaveClass(/primary/)
    await expect(page.getByRole('region', { name: 'Bank sync' }).locator('.btn.primary')).toHaveCount(0)
    await subs.screenshots('monzo-approval-withdrawn')
    // Check again asks Monzo at once: not allowed yet, and it says so.
    await main.getByRole('button', { name: 'Check again' }).click()
    await expect(page.getByRole('status').filter({ hasText: "Still waiting: Monzo doesn't allow Subs yet." })).toBeVisible()
    await expect(page.getByText('Monzo: syncing paused')).toBeVisible()

    const synced = sim.requestCount('/transactions')
    sim.approveInApp()
    await expect(page.getByTestId('reapprove-notice')).toHaveCount(0, { timeout: 20_000 })
    await expect(page.getByText(/^Monzo: Alex Organiser/)).toBeVisible()
    await expect.poll(() => sim.requestCount('/transactions')).toBeGreaterThan(synced)
  })
})
