// "Opened the email on another device? Paste the link your browser ended up on": the pasted
// address goes through the loopback listener's own check (state, first valid callback wins), then
// the flow carries on exactly as after the callback. Anything else is refused and changes nothing.
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type MonzoConnection, createMonzoConnection } from '../../src/main/core/monzo/connection'
import { startLoopbackListener } from '../../src/main/core/monzo/loopback'
import { readPastedLink } from '../../src/main/core/monzo/pasted-link'
import type { MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { VAULT_KEYS, createMemoryVault } from '../../src/main/core/monzo/vault'
import { fakeClock, startSim, testDispatcher } from './monzo-helpers'

let sim: MonzoSimulator | undefined
let conn: MonzoConnection | undefined
afterEach(async () => {
  await conn?.close()
  await sim?.close()
  sim = conn = undefined
})

const tokenPosts = () => sim!.requestLog.filter((r) => r.path === '/oauth2/token').length

async function until(pred: () => boolean, what: string, ms = 5_000) {
  const end = Date.now() + ms
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** The organiser opens Monzo's email on their phone: approved there, the link stays on the phone. */
async function setup() {
  const clock = fakeClock()
  sim = await startSim(clock, { autoApproveInApp: true })
  const vault = createMemoryVault()
  const links: string[] = []
  const authoriseUrls: string[] = []
  const connected: string[] = []
  conn = createMonzoConnection({
    vault, authBase: sim.authoriseUrl, apiBase: sim.baseUrl, clock: clock.now, dispatcher: testDispatcher(),
    open: async (url) => {
      authoriseUrls.push(url)
      links.push(await sim!.approveOnAnotherDevice(url))
    },
    sleep: async () => {},
    onConnected: ({ accountId }) => void connected.push(accountId),
    port: 0, approvalPollMs: 1_000,
  })
  await conn.configure({ clientId: sim.client.clientId, clientSecret: sim.client.clientSecret })
  /** Starts Connect and waits until Subs is waiting with a link on the "phone". */
  const start = async () => {
    const n = links.length
    const done = conn!.connect()
    await until(() => links.length > n && conn!.status().state === 'waiting_for_browser', 'the link')
    return { done, link: links.at(-1)! }
  }
  return { conn, vault, start, connected, authoriseUrls, clock }
}

describe('finishing a sign-in with a pasted link', () => {
  it('finishes from the full address, exactly as the callback would, and the link then works no more', async () => {
    const { conn, start, connected, vault } = await setup()
    const { done, link } = await start()
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?code=sim_code_\w+&state=/)
    expect(tokenPosts()).toBe(0)
    const st = await conn.finishSignIn({ link: `  ${link}\n` })
    expect(['exchanging', 'needs_approval', 'connected']).toContain(st.state)
    expect(await done).toMatchObject({ state: 'connected', accountName: 'Alex Organiser' })
    expect(connected).toHaveLength(1)
    expect(tokenPosts()).toBe(1)
    expect(await vault.get(VAULT_KEYS.approvedAt)).toMatch(/^2026-10-20T12:00:00/)
    // Single use: the listener closed after this first valid callback, and pasting again is refused.
    await expect(request(link)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await expect(conn.finishSignIn({ link })).rejects.toMatchObject({ code: 'bad_link', message: expect.stringMatching(/already been used/) })
    expect(tokenPosts()).toBe(1)
    expect(conn.status().state).toBe('connected')
  })

  it('accepts the code and state typed separately, or the address without http://', async () => {
    const { conn, start } = await setup()
    const first = await start()
    const q = new URL(first.link).searchParams
    await conn.finishSignIn({ code: q.get('code')!, state: q.get('state')! })
    expect((await first.done).state).toBe('connected')

    const second = await start()
    await conn.finishSignIn({ link: second.link.replace(/^http:\/\//, '') })
    expect((await second.done).state).toBe('connected')
  })

  it('refuses a wrong link with a message, changes nothing, and the real callback still completes', async () => {
    const { conn, start } = await setup()
    const { done, link } = await start()
    const real = new URL(link)
    const forged = new URL(link)
    forged.searchParams.set('state', 'not-the-state')
    const cases: [Parameters<MonzoConnection['finishSignIn']>[0], RegExp][] = [
      [{ link: forged.toString() }, /from a different sign-in than the one Subs is waiting for/],
      [{ link: 'hello there' }, /isn't the link Subs is waiting for/],
      [{ link: `${real.origin}${real.pathname}?state=${real.searchParams.get('state')}` }, /isn't the link Subs is waiting for/],
      [{ link: 'https://auth.monzo.com/?client_id=x&redirect_uri=y&response_type=code&intent=login' }, /That is the link in Monzo's email/],
      [{ link: '   ' }, /Paste the address your browser ended up on/],
      [{ code: real.searchParams.get('code')! }, /isn't the link Subs is waiting for/],
    ]
    for (const [input, message] of cases) {
      await expect(conn.finishSignIn(input), JSON.stringify(input)).rejects.toMatchObject({ code: 'bad_link', message: expect.stringMatching(message) })
      expect(conn.status().state).toBe('waiting_for_browser')
    }
    expect(tokenPosts()).toBe(0)
    // The message names the address to look for.
    await expect(conn.finishSignIn({ link: 'x' })).rejects.toThrow(`it starts with ${real.origin}${real.pathname}?code=`)
    const res = await request(link)
    expect(res.statusCode).toBe(200)
    await res.body.dump()
    expect((await done).state).toBe('connected')
    expect(tokenPosts()).toBe(1)
  })

  it('refuses a stale link from an earlier sign-in Subs stopped waiting for, then takes the new one', async () => {
    const { conn, start } = await setup()
    const first = await start()
    conn.cancel()
    expect((await first.done).state).toBe('disconnected')
    await expect(conn.finishSignIn({ link: first.link })).rejects.toMatchObject({ message: expect.stringMatching(/earlier sign-in/) })

    const second = await start()
    await expect(conn.finishSignIn({ link: first.link })).rejects.toMatchObject({ message: expect.stringMatching(/earlier sign-in/) })
    expect(conn.status().state).toBe('waiting_for_browser')
    expect(tokenPosts()).toBe(0)
    await conn.finishSignIn({ link: second.link })
    expect((await second.done).state).toBe('connected')
  })

  it('says so when Subs is not waiting for any sign-in', async () => {
    const { conn } = await setup()
    await expect(conn.finishSignIn({ link: 'http://127.0.0.1:8765/callback?code=abc&state=def' })).rejects.toMatchObject({
      code: 'bad_link', message: expect.stringMatching(/isn't waiting for a Monzo sign-in/),
    })
    expect(conn.status().state).toBe('disconnected')
    expect(tokenPosts()).toBe(0)
  })

  it('a pasted denial ends the sign-in as a denial, with no token request', async () => {
    const { conn, start } = await setup()
    const { done, link } = await start()
    const denied = new URL(link)
    denied.searchParams.delete('code')
    denied.searchParams.set('error', 'access_denied')
    await conn.finishSignIn({ link: denied.toString() })
    expect(await done).toMatchObject({ state: 'disconnected', message: expect.stringMatching(/You chose Deny/) })
    expect(tokenPosts()).toBe(0)
  })

  it('after the browser came back on this computer, pasting the same link is refused as used', async () => {
    const { conn, start } = await setup()
    const { done, link } = await start()
    await request(link).then((r) => r.body.dump())
    await done
    await expect(conn.finishSignIn({ link })).rejects.toMatchObject({ message: expect.stringMatching(/already been used/) })
    expect(tokenPosts()).toBe(1)
  })
})

describe('the loopback listener takes a callback by hand under the same rules', () => {
  it('wrong state changes nothing; the first valid one settles and closes it; later ones are finished', async () => {
    const l = await startLoopbackListener({ port: 0, state: 'good' })
    let settled = false
    void l.result.then(() => (settled = true), () => (settled = true))
    expect(l.submit(new URLSearchParams({ code: 'c', state: 'bad' }))).toBe('wrong_state')
    expect(l.submit(new URLSearchParams({ state: 'good' }))).toBe('no_code')
    await new Promise((r) => setTimeout(r, 10))
    expect(settled).toBe(false)
    expect(l.submit(new URLSearchParams({ code: 'c1', state: 'good' }))).toBe('code')
    await expect(l.result).resolves.toEqual({ code: 'c1' })
    expect(l.submit(new URLSearchParams({ code: 'c2', state: 'good' }))).toBe('finished')
    await expect(request(`${l.redirectUri}?code=c3&state=good`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('an HTTP callback first makes a pasted one "finished"', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's' })
    await request(`${l.redirectUri}?code=c&state=s`).then((r) => r.body.dump())
    await expect(l.result).resolves.toEqual({ code: 'c' })
    expect(l.submit(new URLSearchParams({ code: 'c', state: 's' }))).toBe('finished')
  })
})

describe('reading a pasted link', () => {
  const q = (x: ReturnType<typeof readPastedLink>) => (x.ok ? Object.fromEntries(x.query) : x.reason)
  it.each([
    ['http://127.0.0.1:8765/callback?code=abc&state=xyz', { code: 'abc', state: 'xyz' }],
    ['127.0.0.1:8765/callback?code=abc&state=xyz', { code: 'abc', state: 'xyz' }],
    ['localhost:8765/callback?state=xyz&code=abc', { code: 'abc', state: 'xyz' }],
    ['?code=abc&state=xyz', { code: 'abc', state: 'xyz' }],
    ['code=abc&state=xyz', { code: 'abc', state: 'xyz' }],
    ['<http://127.0.0.1:8765/callback?code=abc&state=xyz>', { code: 'abc', state: 'xyz' }],
    ['"http://127.0.0.1:8765/callback?code=abc\n&state=xyz"', { code: 'abc', state: 'xyz' }],
    ['http://127.0.0.1:8765/callback?error=access_denied&state=xyz', { error: 'access_denied', state: 'xyz' }],
    ['https://auth.monzo.com/?client_id=oauth2client_1&redirect_uri=x&response_type=code', 'email_link'],
    ['http://127.0.0.1:8765/callback?code=abc', 'no_callback'],
    ['http://127.0.0.1:8765/callback', 'no_callback'],
    ['just some words', 'no_callback'],
    ['http://[bad', 'no_callback'],
    ['', 'empty'],
  ])('%j', (link, expected) => {
    expect(q(readPastedLink({ link }))).toEqual(expected)
  })

  it('takes a code and state typed separately, and refuses one without the other', () => {
    expect(q(readPastedLink({ code: ' abc ', state: 'xyz' }))).toEqual({ code: 'abc', state: 'xyz' })
    expect(q(readPastedLink({ code: 'abc' }))).toBe('no_callback')
    expect(q(readPastedLink({ state: 'xyz', link: 'http://x/?code=1&state=2' }))).toBe('no_callback')
  })
})
