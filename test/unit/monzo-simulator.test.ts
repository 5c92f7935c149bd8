import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_ACCOUNT_ID, DEMO_PLAYERS, type MonzoSimulator, generateTransactions, makePlayers,
} from '../../src/main/core/monzo/simulator'
import { DAY, connectedTokens, fakeClock, startSim } from './monzo-helpers'

let sim: MonzoSimulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function get(path: string, token: string) {
  const res = await request(`${sim!.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: res.statusCode, body: (await res.body.json()) as any }
}

async function postToken(form: Record<string, string>) {
  const res = await request(`${sim!.baseUrl}/oauth2/token`, {
    method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  return { status: res.statusCode, body: (await res.body.json()) as any }
}

describe('simulator transactions paging', () => {
  it('defaults limit to 30, allows 100, rejects 101', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock)
    const acc = `account_id=${DEFAULT_ACCOUNT_ID}`
    expect((await get(`/transactions?${acc}`, accessToken)).body.transactions).toHaveLength(30)
    expect((await get(`/transactions?${acc}&limit=100`, accessToken)).body.transactions).toHaveLength(100)
    const tooMany = await get(`/transactions?${acc}&limit=101`, accessToken)
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.code).toMatch(/^bad_request/)
  })

  it('orders ascending by created; since id is exclusive; since time and before bound the window', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock)
    const acc = `account_id=${DEFAULT_ACCOUNT_ID}`
    const first = (await get(`/transactions?${acc}&limit=10`, accessToken)).body.transactions
    const times = first.map((t: any) => Date.parse(t.created))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    const next = (await get(`/transactions?${acc}&limit=10&since=${first[4].id}`, accessToken)).body.transactions
    expect(next[0].id).toBe(first[5].id)
    const byTime = (await get(`/transactions?${acc}&limit=10&since=${encodeURIComponent(first[4].created)}`, accessToken)).body.transactions
    expect(byTime[0].id).toBe(first[4].id)
    const before = (await get(`/transactions?${acc}&limit=100&before=${encodeURIComponent(first[3].created)}`, accessToken)).body.transactions
    expect(before.map((t: any) => t.id)).toEqual(first.slice(0, 3).map((t: any) => t.id))
  })

  it('pages through everything with since=<last id> without gaps or repeats', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock)
    const seen: string[] = []
    let since = ''
    for (let i = 0; i < 20; i++) {
      const page = (await get(`/transactions?account_id=${DEFAULT_ACCOUNT_ID}&limit=100${since}`, accessToken)).body.transactions
      seen.push(...page.map((t: any) => t.id))
      if (page.length < 100) break
      since = `&since=${page.at(-1).id}`
    }
    expect(seen).toHaveLength(sim.store.count(DEFAULT_ACCOUNT_ID))
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('enforces the 90-day rule more than 5 minutes after authentication', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock)
    const acc = `account_id=${DEFAULT_ACCOUNT_ID}`
    const old = encodeURIComponent(new Date(clock.now() - 120 * DAY).toISOString())
    expect((await get(`/transactions?${acc}&since=${old}`, accessToken)).status).toBe(200)
    clock.advance(6 * 60_000)
    const blocked = await get(`/transactions?${acc}&since=${old}`, accessToken)
    expect(blocked.status).toBe(403)
    expect(blocked.body.code).toBe('forbidden.verification_required')
    expect((await get(`/transactions?${acc}`, accessToken)).status).toBe(403)
    const recent = encodeURIComponent(new Date(clock.now() - 30 * DAY).toISOString())
    expect((await get(`/transactions?${acc}&since=${recent}`, accessToken)).status).toBe(200)
  })

  it('reflects updates and additions in place', async () => {
    const clock = fakeClock()
    sim = await startSim(clock, { seed: [] })
    const { accessToken } = await connectedTokens(sim, clock)
    const tx = generateTransactions({ players: DEMO_PLAYERS, count: 1, paymentCount: 1, start: clock.now() - DAY, seed: 9, pendingTail: 1 })[0]!
    sim.addTransaction(tx)
    sim.updateTransaction(tx.id, { settled: new Date(clock.now()).toISOString(), decline_reason: 'OTHER' })
    const [got] = (await get(`/transactions?account_id=${DEFAULT_ACCOUNT_ID}`, accessToken)).body.transactions
    expect(got.id).toBe(tx.id)
    expect(got.settled).not.toBe('')
    expect(got.decline_reason).toBe('OTHER')
  })
})

describe('simulator OAuth', () => {
  it('blocks data until approved in the app, but whoami works', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock, false)
    expect((await get('/ping/whoami', accessToken)).body.authenticated).toBe(true)
    const denied = await get('/accounts', accessToken)
    expect(denied.status).toBe(403)
    expect(denied.body.code).toBe('forbidden.insufficient_permissions')
    sim.approveInApp()
    expect((await get('/accounts', accessToken)).status).toBe(200)
  })

  it('autoApproveAfterMs approves the grant after that much simulated time', async () => {
    const clock = fakeClock()
    sim = await startSim(clock, { autoApproveAfterMs: 30_000 })
    const { accessToken } = await connectedTokens(sim, clock, false)
    expect((await get('/accounts', accessToken)).status).toBe(403)
    clock.advance(30_000)
    expect((await get('/accounts', accessToken)).status).toBe(200)
  })

  it('codes and refresh tokens are one-time; refresh rotates and evicts the old access token', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const t1 = await connectedTokens(sim, clock)
    const creds = { client_id: sim.client.clientId, client_secret: sim.client.clientSecret }
    const r1 = await postToken({ ...creds, grant_type: 'refresh_token', refresh_token: t1.refreshToken! })
    expect(r1.status).toBe(200)
    expect(r1.body.refresh_token).not.toBe(t1.refreshToken)
    expect(r1.body.expires_in).toBe(21600)
    const again = await postToken({ ...creds, grant_type: 'refresh_token', refresh_token: t1.refreshToken! })
    expect(again.status).toBe(401)
    expect(again.body.error).toBe('invalid_grant')
    expect((await get('/accounts', t1.accessToken)).status).toBe(401)
    expect((await get('/accounts', r1.body.access_token)).status).toBe(200)
    expect(sim.liveAccessTokens()).toBe(1)
  })

  it('checks the client secret and the redirect_uri byte for byte', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const u = new URL(sim.authoriseUrl)
    u.search = new URLSearchParams({ client_id: sim.client.clientId, redirect_uri: 'http://127.0.0.1:8765/callback', response_type: 'code', state: 'x' }).toString()
    const code = new URL(await sim.approveAuthorisation(u.toString())).searchParams.get('code')!
    const base = { client_id: sim.client.clientId, grant_type: 'authorization_code', code }
    expect((await postToken({ ...base, client_secret: 'wrong', redirect_uri: 'http://127.0.0.1:8765/callback' })).body.error).toBe('invalid_client')
    const mismatch = await postToken({ ...base, client_secret: sim.client.clientSecret, redirect_uri: 'http://127.0.0.1:8765/callback/' })
    expect(mismatch.status).toBe(400)
  })

  it('expires access tokens after 6 hours of simulated time', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const { accessToken } = await connectedTokens(sim, clock)
    clock.advance(21_600_000)
    const res = await get('/ping/whoami', accessToken)
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('unauthorized.bad_access_token.expired')
  })

  it('deny redirects with access_denied and the state', async () => {
    const clock = fakeClock()
    sim = await startSim(clock)
    const u = new URL(sim.authoriseUrl)
    u.search = new URLSearchParams({ client_id: sim.client.clientId, redirect_uri: 'http://127.0.0.1:9/cb', response_type: 'code', state: 'st8' }).toString()
    const back = new URL(await sim.denyAuthorisation(u.toString()))
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('st8')
    expect(back.searchParams.has('code')).toBe(false)
  })
})

describe('generateTransactions', () => {
  it('is deterministic and hits exact counts at benchmark scale', () => {
    const players = makePlayers(500)
    const opts = { players, count: 30_000, paymentCount: 10_000, start: '2025-01-01T00:00:00Z', seed: 5 }
    const a = generateTransactions(opts)
    const b = generateTransactions(opts)
    expect(a).toHaveLength(30_000)
    expect(a.slice(0, 50)).toEqual(b.slice(0, 50))
    expect(a.at(-1)).toEqual(b.at(-1))
    // Player payments: Faster Payments, Monzo-to-Monzo (not the organiser's own "internal" moves) and Bacs standing orders.
    const payments = a.filter((t) => t.amount > 0 && !t.decline_reason && !t.is_load && !t.merchant && t.currency === 'GBP' &&
      (t.scheme === 'payport_faster_payments' || (t.scheme === 'p2p_payment' && t.metadata.p2p_initiator !== 'internal') || t.scheme === 'bacs'))
    expect(payments).toHaveLength(10_000)
    expect(new Set(a.map((t) => t.id)).size).toBe(30_000)
    expect(new Set(players.map((p) => p.reference)).size).toBe(500)
  })

  it('produces the sample shapes: FPS with sort code and reference, p2p with user id, joint names, and non-payments', () => {
    const txs = generateTransactions({ players: DEMO_PLAYERS, count: 400, paymentCount: 150, start: '2026-01-01T00:00:00Z', seed: 3 })
    const fps = txs.find((t) => t.scheme === 'payport_faster_payments' && t.amount > 0)!
    expect(fps.counterparty).toMatchObject({ sort_code: expect.any(String), account_number: expect.any(String), name: expect.any(String) })
    expect(fps.metadata.notes).toBe(fps.description)
    const p2p = txs.find((t) => t.scheme === 'p2p_payment' && !t.decline_reason && t.metadata.p2p_initiator === 'p2p' && t.counterparty?.name && t.description)!
    expect(p2p.counterparty?.user_id).toBeTruthy()
    expect(p2p.counterparty?.sort_code).toBeUndefined()
    expect(p2p.description).toBe(p2p.counterparty?.name)
    expect(txs.some((t) => t.description === 'Sam Whitley & Jo Whitley')).toBe(true)
    for (const kind of [
      (t: any) => t.is_load, (t: any) => t.scheme === 'uk_retail_pot', (t: any) => t.merchant && t.amount > 0,
      (t: any) => t.decline_reason, (t: any) => t.currency !== 'GBP', (t: any) => t.amount < 0,
    ]) expect(txs.some(kind)).toBe(true)
  })
})
