import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { startMonzoSimulator, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { createTestPlatform, type TestPlatform } from '../helpers/test-platform'
import type { Snapshot } from '../../src/shared/views'
import { freePort } from '../helpers/free-port'
import { sample } from '../helpers/samples'

let dir: string
let sim: MonzoSimulator
let core: SubsCore
let platform: TestPlatform

async function call<T = unknown>(ch: string, input?: unknown): Promise<T> {
  const r = await core.invoke(ch, input)
  if (!r.ok) throw new Error(`${ch}: ${r.error}`)
  return r.value as T
}
const snap = () => call<Snapshot>('app:snapshot')

async function until(pred: () => Promise<boolean> | boolean, what: string, ms = 8000) {
  const end = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-core-'))
  sim = await startMonzoSimulator({ autoApproveAfterMs: 0 })
  platform = createTestPlatform(() => sim)
  core = await createSubsCore({
    dataFile: join(dir, 'subs.json'),
    platform,
    background: false,
    monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl, approvalPollMs: 20 },
  })
})
afterEach(async () => {
  await core.close()
  await sim.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the assembled core', () => {
  it('starts with a welcome and an empty Subs', async () => {
    const s = await snap()
    expect(s.firstRun).toBe(true)
    expect(s.players).toEqual([])
    expect(s.monzo.state).toBe('not_configured')
  })

  it('connects to Monzo (the simulator) end to end and syncs at once', async () => {
    await call('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
    await call('players:create', { name: 'Jonathan Okafor' })
    await call('monzo:connect')
    await until(async () => (await snap()).monzo.state === 'connected', 'connected')
    await until(async () => (await snap()).sync.lastSyncAt !== null, 'first sync')
    const s = await snap()
    expect(s.monzo.accountName).toBeTruthy()
    expect(s.payments.length).toBeGreaterThan(0)
    expect(platform.opened[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/authorise\?client_id=/)
    // The renderer never receives a token or the secret.
    const all = JSON.stringify(s)
    expect(all).not.toContain(sim.client.clientSecret)
    expect(all).not.toMatch(/access_token|refresh_token|accessToken|refreshToken/)
  })

  it('refuses Connect until a client id and secret are given, with a clear message', async () => {
    const r = await core.invoke('monzo:configure', { clientId: 'oauth2client_x', port: 18766 })
    expect(r).toMatchObject({ ok: false })
    expect(!r.ok && r.error).toMatch(/client secret/)
  })

  it('runs a demo: sample players, a demo bank, sync, inbox decisions, who owes and CSV export', async () => {
    await call('app:startDemo')
    let s = await snap()
    expect(s.demo).toBe(true)
    expect(s.monzo).toMatchObject({ state: 'connected', demo: true })
    expect(s.players.length).toBeGreaterThanOrEqual(10)
    // The demo bank has already synced, as a first Connect does: the demo opens with its payments.
    expect(s.sync).toMatchObject({ running: false, lastError: null })
    expect(s.sync.lastSyncAt).not.toBeNull()
    const synced = s.payments.filter((p) => p.status === 'matched').length
    expect(synced).toBeGreaterThan(20)
    expect(s.balances.some((b) => b.paidPence > 0)).toBe(true)
    // Syncing again adds nothing.
    await call('sync:run')
    s = await snap()
    const matched = s.payments.filter((p) => p.status === 'matched')
    expect(matched.length).toBe(synced)

    const inbox = s.payments.find((p) => p.status === 'unmatched' || p.status === 'suggested')
    expect(inbox).toBeDefined()
    {
      const player = s.players[0]
      await call('payments:assign', { paymentId: inbox!.id, playerId: player.id, learn: 'account' })
      const after = (await snap()).payments.find((p) => p.id === inbox!.id)!
      expect(after).toMatchObject({ status: 'matched', rule: 'manual', decided: true })
      await call('payments:undo', { paymentId: inbox!.id })
      expect((await snap()).payments.find((p) => p.id === inbox!.id)!.decided).toBe(false)
    }

    const csvPath = join(dir, 'owes.csv')
    platform.saveAnswers.push(csvPath)
    const out = await call<{ file: string; rows: number }>('owes:exportCsv')
    expect(out.file).toBe(csvPath)
    const rows = parse(readFileSync(csvPath, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(s.players.length)
    expect(Object.keys(rows[0])).toEqual(['player', 'charged', 'paid', 'owes', 'credit', 'due next', 'unpaid fixtures', 'last payment'])

    await call('app:leaveDemo')
    s = await snap()
    expect(s).toMatchObject({ demo: false, players: [], fixtures: [], payments: [] })
    expect(s.monzo.demo).toBe(false)
  })

  it('records cash, splits and ignores payments, and explains a refused split', async () => {
    const a = (await call<{ player: { id: string } }>('players:create', { name: 'Ash Clarke' })).player.id
    const b = (await call<{ player: { id: string } }>('players:create', { name: 'Dave Jones' })).player.id
    const { id } = await call<{ id: string }>('payments:recordCash', { playerId: a, amountPence: 1000, date: '2026-11-18' })
    let s = await snap()
    expect(s.balances.find((x) => x.playerId === a)!.paidPence).toBe(1000)
    const bad = await core.invoke('payments:split', { paymentId: id, parts: [{ playerId: a, amountPence: 500 }, { playerId: b, amountPence: 400 }] })
    expect(!bad.ok && bad.error).toMatch(/adds up to £9.00 but the payment is £10.00/)
    await call('payments:split', { paymentId: id, parts: [{ playerId: a, amountPence: 500 }, { playerId: b, amountPence: 500 }] })
    s = await snap()
    expect(s.balances.find((x) => x.playerId === b)!.paidPence).toBe(500)
    await call('payments:deleteCash', { paymentId: id })
    expect((await snap()).payments).toEqual([])
  })

  it('emits data:changed after every write so views update live', async () => {
    const seen: string[] = []
    core.on('data:changed', (e) => seen.push(e.at))
    await call('players:create', { name: 'Zoë Adebayo' })
    await call('settings:update', { defaultPricePence: 600 })
    expect(seen).toHaveLength(2)
  })

  it('writes nothing for bad input', async () => {
    const before = readFileSync(join(dir, 'subs.json'), 'utf8')
    for (const bad of [{ name: '' }, { name: 5 }, null, 'x', { name: 'ok', extra: 1 }]) {
      const r = await core.invoke('players:create', bad)
      expect(r.ok).toBe(false)
    }
    expect(readFileSync(join(dir, 'subs.json'), 'utf8')).toBe(before)
  })

  it('imports a webhook capture: counts in the result and the sync panel, an unreadable one listed until dismissed', async () => {
    const file = join(dir, 'webhooks.json')
    const good = JSON.parse(readFileSync(sample('webhook-transaction-created.json'), 'utf8'))
    const unreadable = { type: 'transaction.created', data: { ...good.data, id: 'tx_0000BadWebhook1', settled: true } }
    writeFileSync(file, JSON.stringify([good, unreadable]))
    platform.openAnswers.push(file)
    const r = await call<{ imported: number; file: string; counts: { added: number; unreadable: number }; message: string }>('sync:importFile')
    expect(r).toMatchObject({ imported: 1, file, counts: { added: 1, unreadable: 1 } })
    expect(r.message).toBe("1 new, 0 updated, 0 reversed, 0 unchanged, 0 not subs, 1 couldn't read (listed on Payments).")
    let s = await snap()
    expect(s.sync.last).toMatchObject({ kind: 'import', counts: { added: 1, unreadable: 1, newUnreadable: 1 } })
    expect(s.unreadable).toMatchObject([{ id: 'tx_0000BadWebhook1', reason: 'settled is true (expected text or nothing)', amountPence: 500 }])
    await call('payments:dismissUnreadable', { id: 'tx_0000BadWebhook1' })
    s = await snap()
    expect(s.unreadable).toEqual([])
    const again = await core.invoke('payments:dismissUnreadable', { id: 'tx_0000BadWebhook1' })
    expect(!again.ok && again.error).toMatch(/no longer in the list/)
  })

  it('builds a payment request with a monzo.me link', async () => {
    const p = (await call<{ player: { id: string; reference: string } }>('players:create', { name: 'Sam Whitley' })).player
    await call('settings:update', { monzoMeUsername: 'alexorganiser' })
    await call('fixtures:create', { date: '2026-11-04', time: '19:00', location: 'x', pitchCostPence: 4500, pricePence: 500, playerIds: [p.id] })
    const r = await call<{ message: string; link: string }>('owes:paymentRequest', { playerId: p.id })
    expect(r.message).toContain('£5.00')
    expect(r.message).toContain(p.reference)
    expect(r.link).toBe(`https://monzo.me/alexorganiser/5.00?d=${encodeURIComponent(p.reference)}`)
  })

  it('after a background sync, a notification says what was matched and what waits; clicking it opens Payments', async () => {
    const navigations: string[] = []
    core.on('app:navigate', (e) => navigations.push(e.view))
    await call('players:create', { name: 'Jonathan Okafor', aliases: ['Mr Jonathan Okafor'] })
    await call('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
    await call('monzo:connect')
    // Connecting syncs by itself, in the background.
    await until(async () => (await snap()).sync.lastSyncAt !== null, 'first sync')
    await until(() => platform.notifications.length > 0, 'notification')
    const s = await snap()
    const matched = s.payments.filter((p) => p.status === 'matched').length
    const waiting = s.payments.filter((p) => p.status === 'unmatched' || p.status === 'suggested').length
    expect(matched).toBeGreaterThan(0)
    expect(platform.notifications).toHaveLength(1)
    expect(platform.notifications[0]!.title).toBe('Subs: payments synced')
    expect(platform.notifications[0]!.body).toBe(
      `${matched} payment${matched === 1 ? '' : 's'} matched to players. ${waiting} new payment${waiting === 1 ? ' is' : 's are'} waiting in Payments for you to check.`,
    )
    expect(navigations).toEqual([])
    platform.notifications[0]!.click()
    expect(navigations).toEqual(['payments'])
    // A sync the organiser starts in the window reports there; a sync with nothing new says nothing.
    await call('sync:run')
    expect(platform.notifications).toHaveLength(1)
  })

  it('says nothing after a background sync when notifications are switched off', async () => {
    await call('settings:update', { notifyAfterSync: false })
    await call('players:create', { name: 'Jonathan Okafor', aliases: ['Mr Jonathan Okafor'] })
    await call('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
    await call('monzo:connect')
    await until(async () => (await snap()).sync.lastSyncAt !== null, 'first sync')
    expect((await snap()).payments.some((p) => p.status === 'matched')).toBe(true)
    await new Promise((r) => setTimeout(r, 50))
    expect(platform.notifications).toEqual([])
  })

  it('follows the charge setting: games to come are due next, not owed, unless charged on the roster', async () => {
    const p = (await call<{ player: { id: string } }>('players:create', { name: 'Sam Whitley' })).player
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
    await call('fixtures:create', { date: day(-3), time: '12:00', location: 'x', pitchCostPence: 4500, pricePence: 500, playerIds: [p.id], weeks: 3 })
    let b = (await snap()).balances[0]!
    expect(b).toMatchObject({ chargedPence: 500, owesPence: 500, dueNextPence: 1000 })
    expect(b.dueNext).toHaveLength(2)
    expect((await call<{ message: string }>('owes:paymentRequest', { playerId: p.id })).message).toContain('you owe £5.00')
    await call('settings:update', { chargeWhen: 'rostered' })
    b = (await snap()).balances[0]!
    expect(b).toMatchObject({ chargedPence: 1500, owesPence: 1500, dueNextPence: 0, dueNext: [] })
    expect((await snap()).settings.chargeWhen).toBe('rostered')
  })

  it('accepts a pasted monzo.me link, @handle or handle, and says what is wrong otherwise', async () => {
    for (const input of ['https://monzo.me/alexorganiser', '@alexorganiser', 'alexorganiser', 'monzo.me/alexorganiser/5.00']) {
      expect((await call<{ monzoMeUsername: string }>('settings:update', { monzoMeUsername: input })).monzoMeUsername).toBe('alexorganiser')
    }
    expect((await call<{ monzoMeUsername: string }>('settings:update', { monzoMeUsername: '' })).monzoMeUsername).toBe('')
    const bad = await core.invoke('settings:update', { monzoMeUsername: 'https://evil.example/x' })
    expect(bad).toMatchObject({ ok: false, field: 'monzoMeUsername' })
    expect(!bad.ok && bad.error).toBe('monzo.me username should be your monzo.me link or username, like monzo.me/yourname.')
  })

  it('holds a lower max until the organiser agrees, then says who moved; Undo restores a removed player exactly', async () => {
    const ids: string[] = []
    for (const name of ['A One', 'B Two', 'C Three', 'D Four']) ids.push((await call<{ player: { id: string } }>('players:create', { name })).player.id)
    const { ids: [f] } = await call<{ ids: string[] }>('fixtures:create', { date: '2030-01-02', time: '19:00', location: 'x', pitchCostPence: 4500, pricePence: 500, playerIds: ids, maxPlayers: 4, minPlayers: 2 })
    const before = readFileSync(join(dir, 'subs.json'), 'utf8')
    expect(await call('fixtures:update', { id: f, maxPlayers: 2 })).toEqual({ applied: false, movedToWaiting: [ids[2], ids[3]], promoted: [] })
    expect(readFileSync(join(dir, 'subs.json'), 'utf8')).toBe(before)
    expect(await call('fixtures:update', { id: f, maxPlayers: 2, allowMoves: true })).toEqual({ applied: true, movedToWaiting: [ids[2], ids[3]], promoted: [] })
    const removal = await call<{ list: 'roster'; index: number; promoted: string }>('fixtures:removePlayer', { fixtureId: f, playerId: ids[0] })
    expect(removal).toEqual({ list: 'roster', index: 0, promoted: ids[2] })
    await call('fixtures:restorePlayer', { fixtureId: f, playerId: ids[0], ...removal })
    const fx = (await snap()).fixtures[0]!
    expect([fx.roster, fx.waiting]).toEqual([[ids[0], ids[1]], [ids[2], ids[3]]])
    expect(await call('fixtures:update', { id: f, maxPlayers: 3 })).toEqual({ applied: true, movedToWaiting: [], promoted: [ids[2]] })
    const text = await call<{ text: string }>('fixtures:groupText', { id: f })
    expect(text.text).toContain('In (3/3):\n1. A One\n2. B Two\n3. C Three\n\nWaiting list:\n1. D Four')
  })
})
