// The same rules through the assembled core (what the app and the e2e harness run): sync refused
// with the re-approval sentence once the 90 days are up and nothing stored lost; Monzo's 403s
// turning into honest states; Disconnect keeping the client, Forget removing it; the pasted link
// crossing the IPC boundary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { startMonzoSimulator, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { VAULT_KEYS, createMemoryVault } from '../../src/main/core/monzo/vault'
import type { Snapshot } from '../../src/shared/views'
import { createTestPlatform } from '../helpers/test-platform'
import { freePort } from '../helpers/free-port'
import { DAY, fakeClock } from './monzo-helpers'

let dir: string
let sim: MonzoSimulator
let core: SubsCore
const clock = { ...fakeClock(Date.now()) }
let vault: ReturnType<typeof createMemoryVault>

async function call<T = unknown>(ch: string, input?: unknown): Promise<T> {
  const r = await core.invoke(ch, input)
  if (!r.ok) throw Object.assign(new Error(r.error), { code: r.code })
  return r.value as T
}
const snap = () => call<Snapshot>('app:snapshot')
const dataFile = () => readFileSync(join(dir, 'subs.json'), 'utf8')

async function until(pred: () => Promise<boolean> | boolean, what: string, ms = 8000) {
  const end = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

async function open() {
  core = await createSubsCore({
    dataFile: join(dir, 'subs.json'),
    platform: createTestPlatform(() => sim),
    background: false,
    now: () => new Date(clock.now()),
    vault,
    monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl, approvalPollMs: 10 },
    log: () => {},
  })
}

async function connectAndSync() {
  await call('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
  await call('players:create', { name: 'Jonathan Okafor' })
  await call('monzo:connect')
  await until(async () => (await snap()).sync.lastSyncAt !== null && !(await snap()).sync.running, 'the first sync')
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-honest-'))
  Object.assign(clock, fakeClock(Date.now()))
  sim = await startMonzoSimulator({ autoApproveInApp: true, now: clock.now })
  vault = createMemoryVault()
  await open()
})
afterEach(async () => {
  await core.close()
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('after connecting, the core says what is true', () => {
  it('from day 80 the snapshot asks to re-approve by the date; after day 90 sync is refused with the sentence and nothing stored changes', async () => {
    await connectAndSync()
    const connected = await snap()
    expect(connected.monzo).toMatchObject({ state: 'connected', reapproveSoon: false, approvedAt: expect.any(String) })
    const by = Date.parse(connected.monzo.reapproveBy!)
    expect(by - Date.parse(connected.monzo.approvedAt!)).toBe(90 * DAY)

    clock.advance(80 * DAY)
    expect((await snap()).monzo).toMatchObject({ state: 'connected', reapproveSoon: true })
    // Still syncing on day 80.
    expect((await call<{ lastError: string | null }>('sync:run')).lastError).toBeNull()

    clock.advance(10 * DAY)
    const before = dataFile()
    const expired = await snap()
    expect(expired.monzo.state).toBe('needs_reapproval')
    const refused = await core.invoke('sync:run', undefined)
    expect(refused).toMatchObject({ ok: false, code: 'not_connected', error: expect.stringMatching(/^Re-approve Subs in Monzo to keep syncing/) })
    expect(dataFile()).toBe(before)
    expect((await snap()).payments.length).toBe(expired.payments.length)
  })

  it('Reconnect after expiry runs the whole flow and an immediate full-history sync', async () => {
    await connectAndSync()
    clock.advance(91 * DAY)
    expect((await snap()).monzo.state).toBe('needs_reapproval')
    sim.resetLog()
    await call('monzo:connect')
    await until(async () => (await snap()).monzo.state === 'connected' && !(await snap()).sync.running && sim.requestCount('/transactions') > 0, 'reconnected and synced')
    expect(sim.requestCount('/oauth2/token', 'POST')).toBeGreaterThanOrEqual(1)
    // The first request of that sync asks for everything (no `since`): full history, while Monzo shares it.
    expect(sim.requestLog.find((r) => r.path === '/transactions')!.query).not.toMatch(/since=/)
    expect((await snap()).monzo).toMatchObject({ reapproveSoon: false, approvedAt: new Date(clock.now()).toISOString() })
  })

  it("Monzo's verification_required on a sync turns into needs_reapproval", async () => {
    await connectAndSync()
    clock.advance(3 * DAY)
    sim.expireApproval()
    const r = await core.invoke('sync:run', undefined)
    expect(r.ok).toBe(false)
    await until(async () => (await snap()).monzo.state === 'needs_reapproval', 'needs_reapproval')
    expect((await core.invoke('sync:run', undefined))).toMatchObject({ ok: false, error: expect.stringMatching(/^Re-approve Subs in Monzo/) })
  })

  it('access turned off in the Monzo app shows as waiting for approval, and syncing resumes by itself once allowed', async () => {
    await connectAndSync()
    const synced = (await snap()).sync.lastSyncAt
    clock.advance(60_000)
    sim.withdrawApproval()
    const r = await core.invoke('sync:run', undefined)
    expect(r).toMatchObject({ ok: false, code: 'needs_approval' })
    await until(async () => (await snap()).monzo.state === 'approval_withdrawn', 'approval_withdrawn')
    expect((await snap()).monzo.message).toMatch(/^Waiting for approval in the Monzo app/)
    expect(await core.invoke('sync:run', undefined)).toMatchObject({ ok: false, error: expect.stringMatching(/^Waiting for approval in the Monzo app/) })
    sim.approveInApp()
    await until(async () => {
      const s = await snap()
      return s.monzo.state === 'connected' && s.sync.lastSyncAt !== synced && !s.sync.running
    }, 'connected and synced again')
    expect((await snap()).sync.lastError).toBeNull()
  })
})

describe('Disconnect and Forget', () => {
  it('secretSet follows the vault; Disconnect keeps the client, Forget removes it; payments stay either way', async () => {
    expect((await snap()).monzo).toMatchObject({ clientIdSet: false, secretSet: false })
    await connectAndSync()
    expect((await snap()).monzo).toMatchObject({ clientIdSet: true, secretSet: true })
    const payments = (await snap()).payments.length
    expect(payments).toBeGreaterThan(0)

    const off = await call<Snapshot['monzo']>('monzo:disconnect')
    expect(off).toMatchObject({ state: 'disconnected', clientIdSet: true, secretSet: true, approvedAt: null })
    expect(await vault.get(VAULT_KEYS.tokens)).toBeUndefined()
    expect(await vault.get(VAULT_KEYS.clientSecret)).toBe(sim.client.clientSecret)
    // Connect again without typing anything.
    await call('monzo:connect')
    await until(async () => (await snap()).monzo.state === 'connected', 'connected again')

    const gone = await call<Snapshot['monzo']>('monzo:forget')
    expect(gone).toMatchObject({ state: 'not_configured', clientIdSet: false, secretSet: false })
    expect(vault.snapshot()).toEqual({})
    expect((await snap()).payments.length).toBe(payments)
  })
})

describe('monzo:finishSignIn over the contract', () => {
  it('finishes a sign-in from the pasted link; a wrong one is refused with a message and nothing changes', async () => {
    let link = ''
    await core.close()
    const platform = createTestPlatform()
    platform.openExternal = async (url) => void (link = await sim.approveOnAnotherDevice(url))
    core = await createSubsCore({
      dataFile: join(dir, 'subs.json'), platform, background: false, now: () => new Date(clock.now()), vault,
      monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl, approvalPollMs: 10 }, log: () => {},
    })
    await call('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
    await call('monzo:connect')
    await until(() => link !== '', 'the link')
    const before = dataFile()
    const wrong = await core.invoke('monzo:finishSignIn', { link: link.replace(/state=[^&]+/, 'state=forged') })
    expect(wrong).toMatchObject({ ok: false, code: 'bad_link', error: expect.stringMatching(/different sign-in than the one Subs is waiting for/) })
    expect((await snap()).monzo.state).toBe('waiting_for_browser')
    expect(sim.requestCount('/oauth2/token')).toBe(0)
    expect(dataFile()).toBe(before)
    expect(await core.invoke('monzo:finishSignIn', { link, extra: 1 })).toMatchObject({ ok: false, code: 'invalid' })

    expect(await core.invoke('monzo:finishSignIn', { link })).toMatchObject({ ok: true })
    await until(async () => (await snap()).monzo.state === 'connected', 'connected')
    await expect(request(link)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
