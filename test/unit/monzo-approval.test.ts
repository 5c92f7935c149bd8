// Honest connection states after connecting: Monzo's 90-day approval (warn from day 80, refuse
// after day 90 until Reconnect, nothing stored lost) and access turned off in the Monzo app
// ("waiting for approval in the Monzo app", checked until it is allowed again).
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { APPROVAL_DAYS, WARN_FROM_DAY, approvalWindow, reapprovalMessage } from '../../src/main/core/monzo/approval-window'
import { type ConnectionStatus, type MonzoConnection, createMonzoConnection } from '../../src/main/core/monzo/connection'
import { DEFAULT_ACCOUNT_ID, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { VAULT_KEYS, createMemoryVault } from '../../src/main/core/monzo/vault'
import { DAY, type Clock, fakeClock, startSim, testDispatcher } from './monzo-helpers'

let sim: MonzoSimulator | undefined
const conns: MonzoConnection[] = []
afterEach(async () => {
  for (const c of conns.splice(0)) await c.close()
  await sim?.close()
  sim = undefined
})

async function until(pred: () => boolean, what: string, ms = 5_000) {
  const end = Date.now() + ms
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

describe('the 90-day window', () => {
  const t0 = Date.parse('2026-01-10T09:30:00Z')
  it.each([
    [0, 'ok'],
    [WARN_FROM_DAY - 0.001, 'ok'],
    [WARN_FROM_DAY, 'soon'],
    [APPROVAL_DAYS - 0.001, 'soon'],
    [APPROVAL_DAYS, 'expired'],
    [400, 'expired'],
  ])('day %d is %s', (day, phase) => {
    expect(approvalWindow(t0, t0 + day * DAY)).toEqual({ phase, reapproveBy: t0 + 90 * DAY })
  })

  it('is unknown without a recorded approval', () => {
    expect(approvalWindow(null, t0)).toEqual({ phase: 'unknown', reapproveBy: null })
  })

  it('says what to do once it has run out', () => {
    const text = reapprovalMessage(Date.parse('2026-04-10T09:30:00Z'))
    expect(text).toMatch(/^Re-approve Subs in Monzo to keep syncing/)
    expect(text).toMatch(/ran out on .*2026/)
    expect(text).toMatch(/Reconnect in Settings → Monzo\. Your payments so far are safe\./)
  })
})

interface Setup {
  clock?: Clock
  vault?: ReturnType<typeof createMemoryVault>
  restored?: () => void
  /** The browser; by default the organiser approves and is redirected back at once. */
  open?: (url: string) => Promise<void>
  /** Waits between checks; by default a couple of milliseconds whatever is asked. */
  sleep?: (ms: number) => Promise<void>
}

async function connection(s: Setup = {}) {
  const clock = s.clock ?? fakeClock()
  sim ??= await startSim(clock, { autoApproveInApp: true })
  const vault = s.vault ?? createMemoryVault()
  const statuses: ConnectionStatus[] = []
  const conn = createMonzoConnection({
    vault, authBase: sim.authoriseUrl, apiBase: sim.baseUrl, clock: clock.now, dispatcher: testDispatcher(),
    open: s.open ?? (async (url) => {
      const callback = await sim!.approveAuthorisation(url)
      await request(callback).then((r) => r.body.dump())
    }),
    sleep: s.sleep ?? (async () => void (await new Promise((r) => setTimeout(r, 2)))),
    onStatus: (st) => statuses.push(st),
    onApprovalRestored: s.restored,
    port: 0, approvalPollMs: 1_000, approvalTimeoutMs: 3_000, withdrawnPollMs: 60_000,
  })
  conns.push(conn)
  await conn.configure({ clientId: sim.client.clientId, clientSecret: sim.client.clientSecret })
  return { conn, vault, clock, statuses }
}

describe("Monzo's 90-day approval", () => {
  it('records when the Connect flow completed, warns from day 80, and refuses after day 90 keeping everything', async () => {
    const { conn, vault, clock } = await connection()
    const connectedAt = clock.now()
    const st = await conn.connect()
    expect(st).toMatchObject({ state: 'connected', approvedAt: new Date(connectedAt).toISOString(), reapproveSoon: false })
    expect(st.reapproveBy).toBe(new Date(connectedAt + 90 * DAY).toISOString())

    clock.advance(80 * DAY)
    expect(conn.status()).toMatchObject({ state: 'connected', reapproveSoon: true })
    // Still syncing until the day comes.
    expect((await conn.client().transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, since: new Date(clock.now() - DAY).toISOString() }))).toBeInstanceOf(Array)

    const before = vault.snapshot()
    clock.advance(10 * DAY)
    const expired = conn.status()
    expect(expired).toMatchObject({ state: 'needs_reapproval', reapproveSoon: false })
    expect(expired.message).toMatch(/^Re-approve Subs in Monzo to keep syncing/)
    expect(() => conn.client()).toThrow(/not connected/)
    // Nothing is deleted: the same vault, tokens and chosen account included.
    expect(vault.snapshot()).toEqual(before)

    // A restart comes back in the same state.
    const again = (await connection({ clock, vault })).conn
    expect(await again.load()).toMatchObject({ state: 'needs_reapproval', accountName: 'Alex Organiser' })
  })

  it('Reconnect runs the full flow and starts a new 90 days', async () => {
    const { conn, clock } = await connection()
    await conn.connect()
    clock.advance(91 * DAY)
    expect(conn.status().state).toBe('needs_reapproval')
    const authorisations = sim!.redirects.length
    const st = await conn.connect()
    expect(sim!.redirects.length).toBe(authorisations + 1)
    expect(st).toMatchObject({ state: 'connected', approvedAt: new Date(clock.now()).toISOString(), reapproveSoon: false })
    expect((await conn.client().accounts()).length).toBeGreaterThan(0)
  })

  it('backing out of a Reconnect leaves the state as it was', async () => {
    let browserCameBack = true
    const { conn, clock } = await connection({
      open: async (url) => {
        if (!browserCameBack) return // the organiser closes the tab instead
        await request(await sim!.approveAuthorisation(url)).then((r) => r.body.dump())
      },
    })
    await conn.connect()
    browserCameBack = false
    clock.advance(82 * DAY)
    const reconnecting = conn.connect()
    await until(() => conn.status().state === 'waiting_for_browser', 'the reconnect to start')
    conn.cancel()
    expect(await reconnecting).toMatchObject({ state: 'connected', reapproveSoon: true })

    clock.advance(10 * DAY)
    expect(conn.status().state).toBe('needs_reapproval')
    const again = conn.connect()
    await until(() => conn.status().state === 'waiting_for_browser', 'the second reconnect to start')
    conn.cancel()
    expect(await again).toMatchObject({ state: 'needs_reapproval', message: expect.stringMatching(/cancelled/) })
  })

  it("Monzo's word counts too: verification_required for recent history means re-approve, even on day 30", async () => {
    const { conn, clock, vault } = await connection()
    await conn.connect()
    clock.advance(30 * DAY)
    sim!.expireApproval()
    const err = await conn.client().transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, since: new Date(clock.now() - DAY).toISOString() }).catch((e) => e)
    expect(err).toMatchObject({ kind: 'verification_required', status: 403 })
    conn.noteSyncFailure(err)
    await until(() => conn.status().state === 'needs_reapproval', 'needs_reapproval')
    expect(await vault.get(VAULT_KEYS.needsReapproval)).toBe('1')
    expect(conn.status().message).toMatch(/^Re-approve Subs in Monzo to keep syncing/)
    // A fresh sign-in clears it.
    expect((await conn.connect()).state).toBe('connected')
    expect(await vault.get(VAULT_KEYS.needsReapproval)).toBeUndefined()
  })
})

describe('access turned off in the Monzo app', () => {
  it('shows as waiting for approval in the Monzo app (not connected), checks until allowed, then carries on', async () => {
    let restored = 0
    const { conn, vault, statuses } = await connection({ restored: () => restored++ })
    await conn.connect()
    sim!.withdrawApproval()
    const err = await conn.client().accounts().catch((e) => e)
    expect(err).toMatchObject({ kind: 'needs_approval', code: 'forbidden.insufficient_permissions' })
    conn.noteSyncFailure(err)
    await until(() => conn.status().state === 'approval_withdrawn', 'approval_withdrawn')
    expect(conn.status().message).toMatch(/^Waiting for approval in the Monzo app/)
    expect(() => conn.client()).toThrow(/not connected/)
    expect(await vault.get(VAULT_KEYS.approvalWithdrawn)).toBe('1')
    // It keeps asking Monzo.
    const asked = () => sim!.requestLog.filter((r) => r.path === '/accounts' && r.status === 403).length
    await until(() => asked() >= 3, 'three checks')
    expect(restored).toBe(0)
    sim!.approveInApp()
    await until(() => conn.status().state === 'connected', 'connected again')
    expect(restored).toBe(1)
    expect(await vault.get(VAULT_KEYS.approvalWithdrawn)).toBeUndefined()
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['approval_withdrawn', 'connected']))
    // And it stops asking.
    const after = sim!.requestCount('/accounts')
    await new Promise((r) => setTimeout(r, 40))
    expect(sim!.requestCount('/accounts')).toBe(after)
  })

  it('Check again asks Monzo at once, and carries on when access is allowed', async () => {
    let restored = 0
    // The background checks never come round: any answer can only come from Check again.
    const { conn } = await connection({ restored: () => restored++, sleep: () => new Promise<void>(() => {}) })
    await conn.connect()
    sim!.withdrawApproval()
    conn.noteSyncFailure(await conn.client().accounts().catch((e) => e))
    await until(() => conn.status().state === 'approval_withdrawn', 'approval_withdrawn')
    const asked = () => sim!.requestCount('/accounts')
    const before = asked()
    expect(await conn.checkApproval()).toBe(false)
    expect(asked()).toBe(before + 1)
    expect(conn.status().state).toBe('approval_withdrawn')
    expect(restored).toBe(0)

    sim!.approveInApp()
    expect(await conn.checkApproval()).toBe(true)
    expect(conn.status()).toMatchObject({ state: 'connected', message: 'Subs is allowed in your Monzo app again.' })
    expect(restored).toBe(1)
    // Nothing to wait for once connected.
    expect(await conn.checkApproval()).toBe(true)
    expect(restored).toBe(1)
  })

  it('comes back after a restart and keeps checking', async () => {
    const { conn, vault, clock } = await connection()
    await conn.connect()
    sim!.withdrawApproval()
    conn.noteSyncFailure(await conn.client().accounts().catch((e) => e))
    await until(() => conn.status().state === 'approval_withdrawn', 'approval_withdrawn')
    await conn.close()
    const again = (await connection({ clock, vault })).conn
    expect((await again.load()).state).toBe('approval_withdrawn')
    sim!.approveInApp()
    await until(() => again.status().state === 'connected', 'connected again after the restart')
  })

  it('Disconnect while waiting stops the checks', async () => {
    const { conn } = await connection()
    await conn.connect()
    sim!.withdrawApproval()
    conn.noteSyncFailure(await conn.client().accounts().catch((e) => e))
    await until(() => conn.status().state === 'approval_withdrawn', 'approval_withdrawn')
    expect((await conn.disconnect()).state).toBe('disconnected')
    const n = sim!.requestCount('/accounts')
    await new Promise((r) => setTimeout(r, 40))
    expect(sim!.requestCount('/accounts')).toBe(n)
  })

  it('other sync failures leave a connected state alone', async () => {
    const { conn } = await connection()
    await conn.connect()
    for (const kind of ['network', 'server', 'rate_limited', 'bad_response']) {
      conn.noteSyncFailure(Object.assign(new Error(kind), { kind }))
    }
    conn.noteSyncFailure(new Error('plain'))
    expect(conn.status().state).toBe('connected')
  })
})

describe('the simulator plays both answers', () => {
  it('expired approval: 403 verification_required on data whatever the since; whoami still works; a new sign-in does not inherit it', async () => {
    const clock = fakeClock()
    const { conn } = await connection({ clock })
    await conn.connect()
    sim!.expireApproval()
    for (const since of [undefined, new Date(clock.now() - DAY).toISOString()]) {
      await expect(conn.client().transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, since })).rejects.toMatchObject({ code: 'forbidden.verification_required' })
    }
    await expect(conn.client().accounts()).rejects.toMatchObject({ code: 'forbidden.verification_required' })
    expect((await conn.client().whoami()).authenticated).toBe(true)
    expect((await conn.connect()).state).toBe('connected')
    expect((await conn.client().accounts()).length).toBeGreaterThan(0)
  })

  it('the approval also runs out by the clock, 90 days after sign-in', async () => {
    const clock = fakeClock()
    const { conn } = await connection({ clock })
    await conn.connect()
    const client = conn.client()
    clock.advance(90 * DAY - 60_000)
    expect((await client.accounts()).length).toBeGreaterThan(0)
    clock.advance(60_000)
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'verification_required' })
  })
})
