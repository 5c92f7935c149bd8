// A sync that never sticks and never loses what a person sent (issue 12): one transaction Subs
// can't read is set aside and listed while everything else is stored exactly as without it; credits
// by other schemes are kept when they fit a player; summaries say what happened.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import {
  DEFAULT_ACCOUNT_ID, DEMO_PLAYERS, generateTransactions, startMonzoSimulator, type MonzoSimulator, type SimTransaction,
} from '../../src/main/core/monzo/simulator'
import type { MonzoClient } from '../../src/main/core/monzo/client'
import { syncTransactions } from '../../src/main/core/sync/engine'
import { applyObserved, dismissUnreadable, matcherFor } from '../../src/main/core/sync/apply'
import { UNREADABLE_LIMIT } from '../../src/main/core/ledger/unreadable'
import { resumeFrom } from '../../src/main/core/sync/resume-from'
import { emptyData } from '../../src/main/core/store/schema'
import { createPlayer } from '../../src/main/core/roster/players'
import { isMonzoError } from '../../src/main/core/monzo/errors'
import { nothingNew } from '../../src/shared/sync-summary'
import { connectedClient } from '../helpers/sim-client'

const now = new Date('2026-11-20T12:00:00Z')
const DAY = 86_400_000

interface World {
  dir: string
  store: DataStore
  sim: MonzoSimulator
  client: MonzoClient
  sync(): ReturnType<typeof syncTransactions>
  pageRequests(): number
}
const worlds: World[] = []

async function world(seed: SimTransaction[]): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'subs-tolerance-'))
  const store = await openDataStore({ file: join(dir, 'subs.json'), now: () => now })
  await store.update((d) => {
    for (const p of DEMO_PLAYERS) createPlayer(d, { name: p.name, aliases: p.bankName && p.bankName !== p.name ? [p.bankName] : [] }, now)
  })
  const sim = await startMonzoSimulator({ seed, now: () => now.getTime() })
  const { client } = await connectedClient(sim)
  const w: World = {
    dir, store, sim, client,
    sync: () => syncTransactions({ pager: client, store, accountId: DEFAULT_ACCOUNT_ID, now: () => now, pagesPerCommit: 1 }),
    pageRequests: () => sim.requestCount('/transactions'),
  }
  worlds.push(w)
  return w
}

afterEach(async () => {
  for (const w of worlds.splice(0)) {
    await w.client.close()
    await w.sim.close()
    await w.store.close()
    rmSync(w.dir, { recursive: true, force: true })
  }
})

/** Three pages of the demo club's history, the newest two pending. */
function history(): SimTransaction[] {
  return generateTransactions({ players: DEMO_PLAYERS, count: 250, paymentCount: 100, start: now.getTime() - 80 * DAY, end: now.getTime() - 3600_000, seed: 12, pendingTail: 2 })
}

/** The first incoming Faster Payment at or after `from`: a credit a player sent. */
function playerPaymentFrom(txs: SimTransaction[], from: number): number {
  const i = txs.findIndex((t, k) => k >= from && t.scheme === 'payport_faster_payments' && t.amount > 0)
  if (i < 0) throw new Error('no player payment in the history')
  return i
}

/** Payments as comparable across data files: player ids differ per file, names don't. */
function fingerprint(w: World): string[] {
  const names = new Map(w.store.data.players.map((p) => [p.id, p.name]))
  return w.store.data.payments
    .map((p) => JSON.stringify([p.id, p.amountPence, p.status, p.reference, p.allocations.map((a) => [names.get(a.playerId), a.amountPence]), p.settledAt]))
    .sort()
}

describe('one transaction Subs cannot read', () => {
  it('in the middle of a page: set aside with its reason, the rest stored exactly as a fault-free run, the cursor past it', async () => {
    const seed = history()
    const k = playerPaymentFrom(seed, 150)
    const bad = seed[k]!
    const clean = await world(seed)
    await clean.sync()
    const faulty = await world(seed.map((t, i) => (i === k ? { ...t, settled: true as unknown as string } : t)))
    const s = await faulty.sync()

    expect(s).toMatchObject({ unreadable: 1, newUnreadable: 1, pages: 3 })
    expect(fingerprint(faulty)).toEqual(fingerprint(clean).filter((f) => !f.startsWith(`["${bad.id}"`)))
    expect(faulty.store.data.sync.cursor).toBe(clean.store.data.sync.cursor)
    const [listed] = faulty.store.data.unreadable
    expect(listed).toMatchObject({
      id: bad.id, reason: 'settled is true (expected text or nothing)', amountPence: bad.amount,
      payerName: bad.counterparty?.name, createdAt: new Date(bad.created).toISOString(), pending: false, source: 'monzo', dismissed: false,
    })
    expect(JSON.parse(listed!.raw)).toMatchObject({ id: bad.id, settled: true })
  })

  it('the next sync does not stall on it: the usual number of requests, listed once, "nothing new"', async () => {
    const seed = history()
    const k = playerPaymentFrom(seed, 150)
    const clean = await world(seed)
    await clean.sync()
    const faulty = await world(seed.map((t, i) => (i === k ? { ...t, metadata: { ...t.metadata, notes: 5 as unknown as string } } : t)))
    await faulty.sync()
    const before = [clean.pageRequests(), faulty.pageRequests()]
    await clean.sync()
    const again = await faulty.sync()
    expect(faulty.pageRequests() - before[1]!).toBe(clean.pageRequests() - before[0]!)
    expect(faulty.store.data.unreadable).toHaveLength(1)
    // It settled long ago, so the re-read window doesn't even reach it.
    expect(again).toMatchObject({ unreadable: 0, newUnreadable: 0, added: 0, updated: 0 })
    expect(nothingNew(again)).toBe(true)
  })

  it('once Monzo corrects a pending one, it leaves the list and is stored', async () => {
    const seed = history()
    const k = seed.length - 1 // the newest: still pending
    expect(seed[k]!.settled).toBe('')
    const fixed = { ...seed[k]!, amount: 500, currency: 'GBP', scheme: 'payport_faster_payments', merchant: null, is_load: false, decline_reason: undefined,
      description: 'SUBS-PRAM', notes: 'SUBS-PRAM', metadata: { notes: 'SUBS-PRAM' }, counterparty: { name: 'P RAMAN', sort_code: '112233', account_number: '44556677' } }
    const w = await world([...seed.slice(0, k), { ...fixed, metadata: { notes: 7 as unknown as string } }])
    await w.sync()
    expect(w.store.data.unreadable.map((u) => [u.id, u.pending])).toEqual([[fixed.id, true]])
    w.sim.updateTransaction(fixed.id, { metadata: { notes: 'SUBS-PRAM' } })
    const s = await w.sync()
    expect(s).toMatchObject({ added: 1, unreadable: 0 })
    expect(w.store.data.unreadable).toEqual([])
    expect(w.store.data.payments.find((p) => p.id === fixed.id)).toMatchObject({ status: 'matched', rule: 'reference' })
  })

  it('a card spend with a wrong-typed field is the organiser’s spending: counted as not subs, never kept (promise 9)', async () => {
    const seed = history()
    const k = seed.findIndex((t, i) => i > 120 && t.scheme === 'mastercard' && t.amount < 0)
    const w = await world(seed.map((t, i) => (i === k ? { ...t, settled: true as unknown as string, description: 'SECRET SPEND LTD' } : t)))
    const s = await w.sync()
    expect(s.unreadable).toBe(0)
    expect(w.store.data.unreadable).toEqual([])
    expect(readFileSync(join(w.dir, 'subs.json'), 'utf8')).not.toContain('SECRET SPEND')
  })

  it('keeps at most 4 kB of a huge unreadable transaction', async () => {
    const seed = history()
    const k = playerPaymentFrom(seed, 100)
    const w = await world(seed.map((t, i) => (i === k ? { ...t, notes: { essay: 'x'.repeat(2_000_000) } as unknown as string } : t)))
    await w.sync()
    const [listed] = w.store.data.unreadable
    expect(listed!.reason).toBe('notes is an object (expected text or nothing)')
    expect(listed!.raw.length).toBeLessThanOrEqual(4096)
  })

  it('a page that is not a transactions list at all still fails cleanly, and moves no cursor', async () => {
    const w = await world(history())
    w.sim.faults.notAList({ path: '/transactions' })
    const error = await w.sync().then(() => null, (e: unknown) => e)
    expect(isMonzoError(error) && error.kind).toBe('bad_response')
    expect(w.store.data.sync.cursor).toBeNull()
    expect(w.store.data.payments).toEqual([])
  })
})

describe('credits by other schemes', () => {
  const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString()
  const bacs = (id: string, created: string, name: string, ref: string, over: Partial<SimTransaction> = {}): SimTransaction => ({
    id, account_id: DEFAULT_ACCOUNT_ID, amount: 500, currency: 'GBP', created, settled: created, description: ref, notes: ref,
    metadata: { bacs_payment_id: `bacspayment_${id}` }, category: 'transfers', is_load: false, merchant: null, scheme: 'bacs',
    counterparty: { name, sort_code: '309634', account_number: '11223344' }, originator: false, include_in_spending: false, ...over,
  })

  it('a Bacs standing order from a player is kept and matched; a stranger’s is set aside and counted with the reason', async () => {
    const w = await world([
      bacs('tx_bacs0001', at(9), 'ASHLEY CLARKE', 'FOOTBALL'),
      bacs('tx_bacs0002', at(8), 'PRIVATE LANDLORD', 'DEPOSIT BACK'),
      bacs('tx_bacs0003', at(7), 'HUGHES D J', 'SUBS-DHUG', { scheme: 'chaps' }),
      bacs('tx_bacs0004', at(6), 'ACME WIDGETS LTD', 'PAYROLL', { merchant: 'merch_0000Acme', metadata: { payday: 'true' }, amount: 250_000 }),
      bacs('tx_bacs0005', at(5), 'T BAKER', 'wednesday', { scheme: 'a_new_scheme' }),
    ])
    const s = await w.sync()
    const byId = new Map(w.store.data.payments.map((p) => [p.id, p]))
    expect(byId.get('tx_bacs0001')).toMatchObject({ status: 'matched', rule: 'name', scheme: 'bacs' })
    expect(byId.get('tx_bacs0003')).toMatchObject({ status: 'matched', rule: 'reference' })
    // "T BAKER" is only an initial and a surname: suggested, in the inbox.
    expect(byId.get('tx_bacs0005')).toMatchObject({ status: 'suggested' })
    expect(byId.has('tx_bacs0002')).toBe(false)
    expect(byId.has('tx_bacs0004')).toBe(false)
    expect(s).toMatchObject({ added: 3, setAside: 1, notSubs: 1, setAsideReasons: [{ reason: 'Bacs credit that fits no player', count: 1 }] })
    const onDisk = readFileSync(join(w.dir, 'subs.json'), 'utf8')
    for (const never of ['PRIVATE LANDLORD', 'DEPOSIT BACK', 'ACME', 'PAYROLL']) expect(onDisk).not.toContain(never)
  })
})

describe('cheaper re-syncs', () => {
  it('never starts reading after now, even if a record from the future moved the cursor', () => {
    const d = emptyData()
    d.sync.cursor = new Date(now.getTime() + 5 * 3600_000).toISOString()
    expect(resumeFrom(d, now.getTime())).toBe(new Date(now.getTime() - 3600_000).toISOString())
    d.sync.cursor = null
    expect(resumeFrom(d, now.getTime())).toBeUndefined()
  })

  it('with nothing pending, a re-sync that changes nothing makes one request', async () => {
    const seed = history().map((t) => ({ ...t, settled: t.settled || t.created }))
    const w = await world(seed)
    const first = await w.sync()
    expect(first.requests).toBe(3)
    const again = await w.sync()
    expect(again.requests).toBe(1)
    expect(nothingNew(again)).toBe(true)
  })

  it('a pending payment holds the window open only as far back as it, and at most 14 days', async () => {
    const seed = history()
    const w = await world(seed)
    await w.sync()
    const pending = w.store.data.payments.filter((p) => p.settledAt === null).map((p) => p.createdAt).sort()
    const again = await w.sync()
    const since = new URLSearchParams(w.sim.requestLog.at(-1)!.query).get('since')!
    const cursor = Date.parse(w.store.data.sync.cursor!)
    expect(Date.parse(since)).toBe(Math.max(Math.min(cursor - 3600_000, ...pending.map((p) => Date.parse(p))), cursor - 14 * DAY))
    expect(again.requests).toBeLessThanOrEqual(2)
  })
})

describe('the "Couldn\'t read" list', () => {
  const item = (i: number) => ({
    kind: 'unreadable' as const,
    item: { id: `tx_bad${String(i).padStart(5, '0')}`, reason: 'settled is true (expected text or nothing)', raw: '{}', createdAt: null, amountPence: 500, payerName: 'A', pending: false },
  })

  it('stays bounded: the oldest go first, dismissed ones before the rest', async () => {
    const w = await world([])
    const later = (ms: number) => new Date(now.getTime() + ms)
    await w.store.update((d) => {
      applyObserved(d, [item(0), item(1)], 'monzo', matcherFor(d), later(0))
      dismissUnreadable(d, 'tx_bad00001')
      for (let i = 2; i < UNREADABLE_LIMIT + 5; i++) applyObserved(d, [item(i)], 'monzo', matcherFor(d), later(i * 1000))
    })
    const ids = w.store.data.unreadable.map((u) => u.id)
    expect(ids).toHaveLength(UNREADABLE_LIMIT)
    expect(ids).not.toContain('tx_bad00001') // dismissed: dropped first
    expect(ids).not.toContain('tx_bad00000') // then the oldest
    expect(ids.at(-1)).toBe(`tx_bad${String(UNREADABLE_LIMIT + 4).padStart(5, '0')}`)
  })

  it('dismissing hides it, drops its text, and it does not come back on the next read', async () => {
    const w = await world([])
    await w.store.update((d) => void applyObserved(d, [item(7)], 'monzo', matcherFor(d), now))
    await w.store.update((d) => expect(dismissUnreadable(d, 'tx_bad00007')).toBe(true))
    const counts = await w.store.update((d) => applyObserved(d, [item(7)], 'monzo', matcherFor(d), now))
    expect(counts).toMatchObject({ unreadable: 1, newUnreadable: 0 })
    expect(w.store.data.unreadable).toMatchObject([{ id: 'tx_bad00007', dismissed: true, raw: '' }])
  })
})

describe('what is kept of an unreadable transaction', () => {
  it('its text without the account balance older records carry, and a stable id when it has none', async () => {
    const { triageJson } = await import('../../src/main/core/ledger/unreadable')
    const t = triageJson({ amount: 500, currency: 'GBP', created: '2015-08-22T12:20:18Z', settled: true, account_balance: 1_234_567, description: 'J SMITH' }, 'id is missing (expected text)')
    expect(t.kind).toBe('unreadable')
    if (t.kind !== 'unreadable') return
    expect(t.item.raw).not.toContain('1234567')
    expect(t.item.id).toMatch(/^unreadable_[0-9a-f]{16}$/)
    expect(triageJson({ amount: 500, currency: 'GBP', created: '2015-08-22T12:20:18Z', settled: true, description: 'J SMITH' }, 'x')).toMatchObject({ item: { id: t.item.id } })
  })
})
