import { createServer } from 'node:net'
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type ConnectionStatus, type MonzoConnection, createMonzoConnection } from '../../src/main/core/monzo/connection'
import { DEFAULT_ACCOUNT_ID, JOINT_ACCOUNT_ID, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { VAULT_KEYS, createMemoryVault } from '../../src/main/core/monzo/vault'
import { type Clock, fakeClock, startSim, testDispatcher } from './monzo-helpers'
import { freePort } from '../helpers/free-port'

let sim: MonzoSimulator | undefined
let conn: MonzoConnection | undefined
afterEach(async () => {
  await conn?.close()
  await sim?.close()
  sim = conn = undefined
})

/** What a person does in the browser: approve (or deny) and get redirected to the loopback URL. */
const browser = (decision: 'approve' | 'deny') => async (url: string) => {
  const callback = decision === 'approve' ? await sim!.approveAuthorisation(url) : await sim!.denyAuthorisation(url)
  const res = await request(callback)
  const page = await res.body.text()
  if (res.statusCode !== 200 || !page.includes('return to Subs')) throw new Error('callback page wrong')
}

interface Setup {
  clock?: Clock
  open?: (url: string) => Promise<void>
  joint?: boolean
  approveAfterPolls?: number
  port?: number
  listenerTimeoutMs?: number
  approvalTimeoutMs?: number
  onSleep?: () => void
}

async function setup(s: Setup = {}) {
  const clock = s.clock ?? fakeClock()
  sim ??= await startSim(clock, { jointAccount: s.joint })
  const vault = createMemoryVault()
  const statuses: ConnectionStatus[] = []
  const connected: string[] = []
  let polls = 0
  conn = createMonzoConnection({
    vault, authBase: sim.authoriseUrl, apiBase: sim.baseUrl, clock: clock.now, dispatcher: testDispatcher(),
    open: s.open ?? browser('approve'),
    sleep: async () => {
      polls++
      if (polls === (s.approveAfterPolls ?? 2)) sim!.approveInApp()
      s.onSleep?.()
    },
    onStatus: (st) => statuses.push(st),
    onConnected: ({ accountId }) => void connected.push(accountId),
    port: s.port ?? 0, listenerTimeoutMs: s.listenerTimeoutMs, approvalPollMs: 1_000, approvalTimeoutMs: s.approvalTimeoutMs,
  })
  await conn.configure({ clientId: sim.client.clientId, clientSecret: sim.client.clientSecret })
  return { vault, statuses, connected, clock, conn, sim, polls: () => polls }
}

const tokenPosts = () => sim!.requestLog.filter((r) => r.path === '/oauth2/token').length

describe('Monzo connection', () => {
  it('connects end to end: browser, exchange, approve-in-app polling, single account, first-sync hook', async () => {
    const { conn, statuses, connected, vault } = await setup()
    const final = await conn.connect()
    expect(final).toMatchObject({ state: 'connected', accountName: 'Alex Organiser', accountType: 'uk_retail', clientIdSet: true })
    expect(statuses.map((s) => s.state)).toEqual(
      expect.arrayContaining(['waiting_for_browser', 'exchanging', 'needs_approval', 'connected']),
    )
    expect(statuses.find((s) => s.state === 'needs_approval')!.message).toMatch(/^Approve Subs in your Monzo app/)
    expect(sim!.requestLog.filter((r) => r.path === '/accounts' && r.status === 403)).toHaveLength(2)
    expect(connected).toEqual([DEFAULT_ACCOUNT_ID])
    expect(JSON.parse((await vault.get(VAULT_KEYS.tokens))!).refreshToken).toMatch(/^sim_rt_/)
    expect((await conn.client().transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, limit: 3 }))).toHaveLength(3)
  })

  it('never puts a token, code or the secret into a status', async () => {
    const { conn, statuses, vault } = await setup()
    await conn.connect()
    const secrets = [sim!.client.clientSecret, ...Object.values(JSON.parse((await vault.get(VAULT_KEYS.tokens))!)).filter((v) => typeof v === 'string' && v.startsWith('sim_'))]
    const text = JSON.stringify(statuses)
    expect(secrets.length).toBeGreaterThanOrEqual(2)
    for (const s of secrets) expect(text).not.toContain(s)
    expect(text).not.toMatch(/sim_(at|rt|code)_/)
  })

  it('ignores a callback with the wrong state (400, no token request) and still completes', async () => {
    let forged = 0
    const { conn } = await setup({
      open: async (url) => {
        const redirect = new URL(url).searchParams.get('redirect_uri')!
        const res = await request(`${redirect}?code=forged&state=not-the-state`)
        forged = res.statusCode
        await res.body.dump()
        expect(tokenPosts()).toBe(0)
        await browser('approve')(url)
      },
    })
    expect((await conn.connect()).state).toBe('connected')
    expect(forged).toBe(400)
    expect(tokenPosts()).toBe(1)
  })

  it('a denial leaves Subs disconnected with no token request', async () => {
    const { conn } = await setup({ open: browser('deny') })
    const st = await conn.connect()
    expect(st.state).toBe('disconnected')
    expect(st.message).toMatch(/You chose Deny/)
    expect(tokenPosts()).toBe(0)
  })

  it('times out when the browser never comes back', async () => {
    const { conn } = await setup({ open: async () => {}, listenerTimeoutMs: 50 })
    const st = await conn.connect()
    expect(st).toMatchObject({ state: 'disconnected', message: expect.stringContaining('stopped waiting') })
  })

  it('explains a port in use', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const port = (blocker.address() as { port: number }).port
    try {
      const { conn } = await setup({ port })
      const st = await conn.connect()
      expect(st.state).toBe('error')
      expect(st.message).toBe(`Port ${port} is already in use on this computer. Close the program using it, or change the port in Settings → Monzo (and in your Monzo client's redirect URL).`)
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()))
    }
  })

  it('asks which account when there is a personal and a joint account', async () => {
    const { conn, statuses, connected } = await setup({ joint: true })
    const done = conn.connect()
    while (conn.status().state !== 'choose_account') await new Promise((r) => setTimeout(r, 5))
    const choices = conn.status().accounts!
    expect(choices.map((a) => a.type).sort()).toEqual(['uk_retail', 'uk_retail_joint'])
    await conn.selectAccount(JOINT_ACCOUNT_ID)
    expect(await done).toMatchObject({ state: 'connected', accountType: 'uk_retail_joint', accountName: 'Alex Organiser & Robin Organiser' })
    expect(connected).toEqual([JOINT_ACCOUNT_ID])
    expect(statuses.at(-1)!.accounts).toBeUndefined()
  })

  it('stops polling for approval after the cap, and wipes the half-made login', async () => {
    const { conn, vault } = await setup({ approveAfterPolls: -1, approvalTimeoutMs: 5_000 })
    const st = await conn.connect()
    expect(st).toMatchObject({ state: 'error', message: expect.stringContaining('still waiting for approval') })
    expect(sim!.requestLog.filter((r) => r.path === '/accounts')).toHaveLength(5)
    expect(await vault.get(VAULT_KEYS.tokens)).toBeUndefined()
  })

  it('cancel during the approval wait stops the flow', async () => {
    let c: MonzoConnection | undefined
    const { conn } = await setup({ approveAfterPolls: -1, onSleep: () => c!.cancel() })
    c = conn
    const st = await conn.connect()
    expect(st.state).toBe('disconnected')
    expect(sim!.requestLog.filter((r) => r.path === '/accounts')).toHaveLength(1)
  })

  it('disconnect logs out at Monzo and deletes the sign-in, keeping the client ID, secret and port', async () => {
    const { conn, vault } = await setup()
    const port = await freePort()
    await conn.configure({ clientId: sim!.client.clientId, port })
    await conn.connect()
    const st = await conn.disconnect()
    expect(st).toMatchObject({ state: 'disconnected', clientIdSet: true, secretSet: true, accountName: null, approvedAt: null })
    expect(st.redirectUri).toBe(`http://127.0.0.1:${port}/callback`)
    expect(st.message).toMatch(/client ID and secret are kept/)
    expect(sim!.requestCount('/oauth2/logout')).toBe(1)
    expect(sim!.liveAccessTokens()).toBe(0)
    expect(Object.keys(vault.snapshot()).sort()).toEqual([VAULT_KEYS.clientId, VAULT_KEYS.clientSecret, VAULT_KEYS.port].sort())
    expect(() => conn.client()).toThrow(/not connected/)
  })

  it('forget this client deletes the client ID, secret and port as well', async () => {
    const { conn, vault } = await setup()
    await conn.connect()
    const st = await conn.forget()
    expect(st).toMatchObject({ state: 'not_configured', clientIdSet: false, secretSet: false, redirectUri: 'http://127.0.0.1:0/callback' })
    expect(st.message).toMatch(/forgotten your Monzo client/)
    expect(sim!.requestCount('/oauth2/logout')).toBe(1)
    expect(vault.snapshot()).toEqual({})
  })

  it('a refused refresh token turns into needs_reconnect, keeping the chosen account', async () => {
    const { conn, vault } = await setup()
    await conn.connect()
    sim!.revokeRefreshTokens()
    sim!.expireAccessTokens()
    await expect(conn.client().accounts()).rejects.toMatchObject({ kind: 'needs_reconnect' })
    await new Promise((r) => setTimeout(r, 10))
    expect(conn.status()).toMatchObject({ state: 'needs_reconnect', accountName: 'Alex Organiser' })
    expect(await vault.get(VAULT_KEYS.tokens)).toBeUndefined()
    expect(await vault.get(VAULT_KEYS.account)).toContain(DEFAULT_ACCOUNT_ID)
  })

  it('restores its state from the vault after a restart', async () => {
    const { conn, vault, clock } = await setup()
    await conn.connect()
    const again = createMonzoConnection({ vault, authBase: sim!.authoriseUrl, apiBase: sim!.baseUrl, clock: clock.now, open: async () => {}, dispatcher: testDispatcher() })
    expect(await again.load()).toMatchObject({ state: 'connected', accountName: 'Alex Organiser', clientIdSet: true })
    expect((await again.client().whoami()).authenticated).toBe(true)
    await again.close()
  })
})
