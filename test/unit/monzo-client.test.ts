import { afterEach, describe, expect, it } from 'vitest'
import { type MonzoClient, createMonzoClient } from '../../src/main/core/monzo/client'
import { DEFAULT_ACCOUNT_ID, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { DAY, type Clock, connectedTokens, deadPort, fakeClock, fakeSleep, memoryTokens, startSim, testDispatcher } from './monzo-helpers'

let sim: MonzoSimulator | undefined
let client: MonzoClient | undefined
afterEach(async () => {
  await client?.close()
  await sim?.close()
  sim = client = undefined
})

const tokenPosts = (grant?: string) => sim!.requestLog.filter((r) => r.path === '/oauth2/token' && (!grant || r.grantType === grant)).length

async function setup(o: { headersMs?: number; saveDelayMs?: number; simOpts?: Parameters<typeof startSim>[1] } = {}) {
  const clock: Clock = fakeClock()
  const events: string[] = []
  sim = await startSim(clock, { ...o.simOpts, onRequest: (r) => r.accessToken && events.push(`req:${r.accessToken}`) })
  const tokens = memoryTokens(sim, await connectedTokens(sim, clock), events, o.saveDelayMs)
  const sleeper = fakeSleep()
  const lost: string[] = []
  client = createMonzoClient({
    apiBase: sim.baseUrl, tokens: tokens.source, now: clock.now, sleep: sleeper.sleep, random: () => 0.5,
    dispatcher: testDispatcher(o.headersMs), timeouts: { headersMs: o.headersMs ?? 2_000, bodyMs: o.headersMs ?? 2_000 },
    onAuthLost: (e) => lost.push(e.kind),
  })
  sim.resetLog()
  return { clock, tokens, sleeper, lost, events, client, sim }
}

describe('Monzo client: reads', () => {
  it('reads whoami, accounts, balance and a validated transactions page', async () => {
    const { client } = await setup()
    expect((await client.whoami()).user_id).toBe(sim!.user.userId)
    expect((await client.accounts()).map((a) => a.type)).toContain('uk_retail')
    expect((await client.balance(DEFAULT_ACCOUNT_ID)).currency).toBe('GBP')
    const page = await client.transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, limit: 5 })
    expect(page).toHaveLength(5)
    expect((page[0] as { id: string }).id).toMatch(/^tx_/)
    expect(sim!.requestLog.at(-1)!.query).toContain('limit=5')
  })

  it('pages with since=<last id> until a short page', async () => {
    const { client } = await setup()
    let n = 0
    for await (const page of client.transactions({ accountId: DEFAULT_ACCOUNT_ID })) n += page.length
    expect(n).toBe(sim!.store.count(DEFAULT_ACCOUNT_ID))
    expect(sim!.requestCount('/transactions')).toBe(Math.floor(n / 100) + 1)
  })

  it('turns the 90-day rule into a readable message', async () => {
    const { client, clock } = await setup()
    clock.advance(10 * 60_000)
    const since = new Date(clock.now() - 120 * DAY).toISOString()
    await expect(client.transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, since })).rejects.toMatchObject({
      kind: 'verification_required', code: 'forbidden.verification_required',
      message: 'Monzo only shares the last 90 days unless you reconnect.',
    })
  })

  it('reports "approve in your Monzo app" while the grant is not approved', async () => {
    const { client } = await setup()
    sim!.withdrawApproval()
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'needs_approval', message: expect.stringMatching(/^Approve Subs in your Monzo app/) })
  })

  it('rejects a malformed body as bad_response', async () => {
    const { client } = await setup()
    sim!.faults.malformed({ path: '/accounts' })
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'bad_response' })
  })
})

describe('Monzo client: refresh', () => {
  it('refreshes shortly before expiry and saves the rotated refresh token', async () => {
    const { client, clock, tokens } = await setup()
    const before = tokens.current()!
    clock.advance(21_600_000 - 30_000)
    await client.whoami()
    expect(tokenPosts('refresh_token')).toBe(1)
    expect(tokens.saves).toHaveLength(1)
    expect(tokens.current()!.refreshToken).not.toBe(before.refreshToken)
    expect(sim!.requestLog.at(-1)!.accessToken).toBe(tokens.current()!.accessToken)
  })

  it('refreshes on a 401 and replays the request', async () => {
    const { client } = await setup()
    sim!.expireAccessTokens()
    expect((await client.accounts()).length).toBeGreaterThan(0)
    expect(tokenPosts('refresh_token')).toBe(1)
  })

  it('ten concurrent 401s cause exactly one refresh', async () => {
    const { client } = await setup()
    sim!.expireAccessTokens()
    const results = await Promise.all(Array.from({ length: 10 }, () => client.accounts()))
    expect(results).toHaveLength(10)
    expect(tokenPosts('refresh_token')).toBe(1)
    expect(sim!.liveAccessTokens()).toBe(1)
  })

  it('stores the rotated refresh token before the new access token is used', async () => {
    const { client, events, tokens } = await setup({ saveDelayMs: 30 })
    sim!.expireAccessTokens()
    await client.accounts()
    const fresh = tokens.current()!.accessToken
    const saved = events.indexOf(`saved:${fresh}`)
    const used = events.indexOf(`req:${fresh}`)
    expect(saved).toBeGreaterThanOrEqual(0)
    expect(used).toBeGreaterThan(saved)
  })

  it('never retries the token POST: a 500 is surfaced after exactly one POST', async () => {
    const { client, sleeper } = await setup()
    sim!.faults.serverError({ path: '/oauth2/token' })
    sim!.expireAccessTokens()
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'server' })
    expect(tokenPosts()).toBe(1)
    expect(sleeper.calls).toEqual([])
    // The refresh token was not spent, so the next attempt works.
    await expect(client.accounts()).resolves.toBeDefined()
  })

  it('invalid_grant means needs_reconnect, and says so', async () => {
    const { client, lost } = await setup()
    sim!.revokeRefreshTokens()
    sim!.expireAccessTokens()
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'needs_reconnect', message: expect.stringContaining('Reconnect Monzo in Settings') })
    expect(lost).toEqual(['needs_reconnect'])
    expect(tokenPosts()).toBe(1)
  })
})

describe('Monzo client: faults', () => {
  it('honours Retry-After on 429', async () => {
    const { client, sleeper } = await setup()
    sim!.faults.rateLimit(2, { path: '/accounts' })
    await client.accounts()
    expect(sleeper.calls).toEqual([2_000])
    expect(sim!.requestCount('/accounts')).toBe(2)
  })

  it('fails fast with "try again in N minutes" when Retry-After is beyond the cap', async () => {
    const { client, sleeper } = await setup()
    sim!.faults.rateLimit(600, { path: '/accounts' })
    await expect(client.accounts()).rejects.toMatchObject({
      kind: 'rate_limited', message: 'Monzo asked Subs to slow down: try again in 10 minutes.',
    })
    expect(sleeper.calls).toEqual([])
    expect(sim!.requestCount('/accounts')).toBe(1)
  })

  it('retries 500s with growing backoff, then succeeds', async () => {
    const { client, sleeper } = await setup()
    sim!.faults.serverError({ path: '/accounts', count: 2 })
    await client.accounts()
    expect(sim!.requestCount('/accounts')).toBe(3)
    expect(sleeper.calls).toHaveLength(2)
    expect(sleeper.calls[1]!).toBeGreaterThan(sleeper.calls[0]!)
  })

  it('gives up on persistent 500s after bounded attempts', async () => {
    const { client } = await setup()
    sim!.faults.serverError({ path: '/accounts', count: Infinity, status: 503 })
    await expect(client.accounts()).rejects.toMatchObject({ kind: 'server', status: 503 })
    expect(sim!.requestCount('/accounts')).toBe(4)
  })

  it('retries a response that is too slow', async () => {
    const { client } = await setup({ headersMs: 150 })
    // undici checks these timeouts on a ~1 s tick, so the stall must outlast that.
    sim!.faults.slow(3_000, { path: '/accounts' })
    await client.accounts()
    // Two requests: the first timed out and was retried (waiting out the stall would have answered it).
    expect(sim!.requestCount('/accounts')).toBe(2)
  })

  it('retries a body that stalls mid-way', async () => {
    const { client } = await setup({ headersMs: 150 })
    sim!.faults.slow(3_000, { path: '/accounts', phase: 'body' })
    await client.accounts()
    expect(sim!.requestCount('/accounts')).toBe(2)
  })

  it('retries a dropped connection', async () => {
    const { client } = await setup()
    sim!.faults.drop({ path: '/accounts', count: 2 })
    await client.accounts()
    expect(sim!.requestCount('/accounts')).toBe(3)
  })

  it('says "Couldn\'t reach Monzo" when the network is down', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const tokens = memoryTokens(sim, await connectedTokens(sim, clock))
    const sleeper = fakeSleep()
    client = createMonzoClient({ apiBase: `http://127.0.0.1:${await deadPort()}`, tokens: tokens.source, now: clock.now, sleep: sleeper.sleep })
    await expect(client.accounts()).rejects.toMatchObject({
      kind: 'network', message: "Couldn't reach Monzo. Check your internet connection and try again.",
    })
    expect(sleeper.calls).toHaveLength(3)
  })
})
