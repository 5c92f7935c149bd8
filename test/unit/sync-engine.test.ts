import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { startMonzoSimulator, type MonzoSimulator, DEFAULT_ACCOUNT_ID } from '../../src/main/core/monzo/simulator'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import type { MonzoClient } from '../../src/main/core/monzo/client'
import { syncTransactions } from '../../src/main/core/sync/engine'
import { createPlayer } from '../../src/main/core/roster/players'
import { connectedClient } from '../helpers/sim-client'

const samples = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/monzo-samples/transactions.json'), 'utf8'))
  .transactions as SimTransaction[]
const now = new Date('2026-10-20T12:00:00Z')

let dir: string
let store: DataStore
let sim: MonzoSimulator
let client: MonzoClient

function fps(id: string, created: string, name: string, ref: string, amount = 500): SimTransaction {
  return {
    ...samples[0],
    id,
    created,
    settled: created,
    amount,
    description: ref,
    notes: ref,
    metadata: { faster_payment: 'true', notes: ref },
    counterparty: { name, sort_code: '112233', account_number: id.slice(-8).padStart(8, '0') },
  } as SimTransaction
}

async function setup(seed: SimTransaction[]) {
  sim = await startMonzoSimulator({ seed, now: () => now.getTime() })
  ;({ client } = await connectedClient(sim))
}

function sync(extra: Partial<Parameters<typeof syncTransactions>[0]> = {}) {
  return syncTransactions({ pager: client, store, accountId: DEFAULT_ACCOUNT_ID, now: () => now, ...extra })
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-sync-'))
  store = await openDataStore({ file: join(dir, 'subs.json'), now: () => now })
  await store.update((d) => {
    createPlayer(d, { name: 'Jonathan Okafor' }, now)
    createPlayer(d, { name: 'Priya Raman' }, now)
    createPlayer(d, { name: 'Luke Morrison' }, now).player.reference = 'SUBS-LUKEM'
  })
})
afterEach(async () => {
  await client?.close()
  await sim?.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('sync engine', () => {
  it('stores only credits that can be subs, and matches them', async () => {
    await setup(samples)
    const s = await sync()
    const ids = store.data.payments.map((p) => p.id).sort()
    // Faster Payments, Monzo-to-Monzo (incl. joint); never the card payment, refund, top-up, pot, decline or EUR.
    expect(ids).toEqual(['tx_0000AbC1fps0001', 'tx_0000AbC1fps0004', 'tx_0000AbC1p2p0002', 'tx_0000AbC1p2p0003'])
    expect(s.found).toBe(4)
    const onDisk = readFileSync(join(dir, 'subs.json'), 'utf8')
    for (const secret of ['POWERLEAGUE', 'AMAZON', 'pot_0000FootballPot', 'Top up', 'M Keller']) expect(onDisk).not.toContain(secret)
    const priya = store.data.payments.find((p) => p.id === 'tx_0000AbC1p2p0002')!
    expect(priya.status).toBe('matched')
    expect(priya.rule).toBe('name')
    const luke = store.data.payments.find((p) => p.id === 'tx_0000AbC1fps0004')!
    expect(luke).toMatchObject({ status: 'matched', rule: 'reference' })
  })

  it('a second sync over the same transactions changes nothing', async () => {
    await setup(samples)
    await sync()
    const before = readFileSync(join(dir, 'subs.json'), 'utf8')
    const again = await sync()
    expect(again.added).toBe(0)
    expect(again.updated).toBe(0)
    const after = JSON.parse(readFileSync(join(dir, 'subs.json'), 'utf8'))
    expect(after.payments).toEqual(JSON.parse(before).payments)
  })

  it('updates a pending payment in place when it settles, and reverses one declined later', async () => {
    // Priya's Monzo-to-Monzo payment is still pending when first seen, so a late decline can reach it.
    await setup(samples.map((t) => (t.id === 'tx_0000AbC1p2p0002' ? { ...t, settled: '' } : t)))
    await sync()
    expect(store.data.payments.find((p) => p.id === 'tx_0000AbC1fps0004')!.settledAt).toBeNull()
    sim.updateTransaction('tx_0000AbC1fps0004', { settled: '2026-10-10T07:00:00Z' })
    sim.updateTransaction('tx_0000AbC1p2p0002', { decline_reason: 'INSUFFICIENT_FUNDS' })
    const s = await sync()
    expect(s).toMatchObject({ updated: 1, reversed: 1, added: 0 })
    const luke = store.data.payments.filter((p) => p.id === 'tx_0000AbC1fps0004')
    expect(luke).toHaveLength(1)
    expect(luke[0].settledAt).toBe('2026-10-10T07:00:00.000Z')
    const priya = store.data.payments.find((p) => p.id === 'tx_0000AbC1p2p0002')!
    expect(priya).toMatchObject({ status: 'reversed', declined: true, allocations: [] })
  })

  it('keeps every weekly £5 from the same player (never dedupes by name and amount)', async () => {
    const weekly = Array.from({ length: 6 }, (_, i) =>
      fps(`tx_week${String(i).padStart(8, '0')}`, new Date(Date.UTC(2026, 8, 2 + 7 * i, 18)).toISOString(), 'L MORRISON', 'SUBS-LUKEM'),
    )
    await setup(weekly)
    await sync()
    expect(store.data.payments.filter((p) => p.status === 'matched')).toHaveLength(6)
  })

  it('pages with limit 100 and bounds the writes per sync', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      fps(`tx_many${String(i).padStart(8, '0')}`, new Date(Date.UTC(2026, 8, 1) + i * 3600_000).toISOString(), `Payer ${i}`, 'footy'),
    )
    await setup(many)
    const writesBefore = store.writes
    const s = await sync({ pagesPerCommit: 2 })
    expect(s.pages).toBe(5)
    expect(s.requests).toBe(5)
    expect(store.data.payments).toHaveLength(450)
    expect(store.writes - writesBefore).toBe(3) // after pages 2, 4 and the last
    expect(sim.requestLog.filter((r) => r.path === '/transactions').every((r) => r.query.includes('limit=100'))).toBe(true)
  })

  it('an interrupted sync resumes from the last durable page with nothing missed or doubled', async () => {
    const many = Array.from({ length: 350 }, (_, i) =>
      fps(`tx_int${String(i).padStart(8, '0')}`, new Date(Date.UTC(2026, 8, 1) + i * 3600_000).toISOString(), `Payer ${i}`, 'footy'),
    )
    await setup(many)
    let calls = 0
    const flaky = {
      transactionsPage: async (q: Parameters<MonzoClient['transactionsPage']>[0]) => {
        if (++calls === 3) throw new Error('connection dropped')
        return client.transactionsPage(q)
      },
    }
    await expect(sync({ pager: flaky, pagesPerCommit: 1 })).rejects.toThrow('connection dropped')
    expect(store.data.payments).toHaveLength(200)
    const cursor = store.data.sync.cursor
    expect(cursor).toBe(new Date(Date.UTC(2026, 8, 1) + 199 * 3600_000).toISOString())
    await sync({ pagesPerCommit: 1 })
    expect(store.data.payments).toHaveLength(350)
    expect(new Set(store.data.payments.map((p) => p.id)).size).toBe(350)
  })

  it('re-reads from the oldest stored payment still pending, so a late decline or settle is seen', async () => {
    const txs = [
      { ...fps('tx_ov00000001', '2026-10-01T18:00:00Z', 'L MORRISON', 'SUBS-LUKEM'), settled: '' },
      fps('tx_ov00000002', '2026-10-09T18:00:00Z', 'Someone', 'footy'),
      { ...fps('tx_ov00000003', '2026-10-10T18:00:00Z', 'Someone Else', 'footy'), settled: '' },
      fps('tx_ov00000004', '2026-10-15T18:00:00Z', 'Another', 'footy'),
    ]
    await setup(txs)
    await sync()
    expect(store.data.sync.cursor).toBe('2026-10-15T18:00:00.000Z')
    sim.updateTransaction('tx_ov00000003', { decline_reason: 'OTHER' })
    const s = await sync()
    expect(s.reversed).toBe(1)
    // The oldest pending (1 Oct) is more than 14 days before the cursor, so the window stops at 1 Oct 18:00.
    expect(lastSince()).toBe('2026-10-01T18:00:00.000Z')
    sim.updateTransaction('tx_ov00000001', { settled: '2026-10-16T07:00:00Z' })
    expect(await sync()).toMatchObject({ updated: 1 })
    // Nothing pending now: the next sync reads only from just before the cursor.
    const quiet = await sync()
    expect(lastSince()).toBe('2026-10-15T17:00:00.000Z')
    expect(quiet).toMatchObject({ requests: 1, added: 0, updated: 0, reversed: 0, unchanged: 1 })
  })
})

describe('another account than last time', () => {
  it("reads that account's history from the start, not from the other account's cursor", async () => {
    await setup([fps('tx_00000000000001', '2026-10-01T10:00:00Z', 'J OKAFOR', 'FOOTBALL'), fps('tx_00000000000002', '2026-10-02T10:00:00Z', 'P RAMAN', 'FOOTBALL')])
    await store.update((d) => {
      d.sync.accountId = 'acc_00009SomeOtherAccount'
      d.sync.cursor = '2026-10-19T12:00:00.000Z'
    })
    const s = await sync()
    expect(s.added).toBe(2)
    expect(store.data.sync).toMatchObject({ accountId: DEFAULT_ACCOUNT_ID, cursor: '2026-10-02T10:00:00.000Z' })
  })
})

describe('the organiser’s annotation (notes overwritten in the Monzo app)', () => {
  it('is kept and shown, and changes no match: the payer’s reference stays what they wrote', async () => {
    await setup(samples)
    await sync()
    const before = structuredClone(store.data.payments.find((p) => p.id === 'tx_0000AbC1fps0004')!)
    expect(before).toMatchObject({ status: 'matched', rule: 'reference', reference: 'SUBS-LUKEM' })
    expect(before.annotation).toBeUndefined()
    // "SUBS-JOKA" would credit someone else if it were read as the reference.
    sim.updateTransaction('tx_0000AbC1fps0004', { notes: 'Paid for Jon SUBS-JOKA too' })
    const s = await sync()
    expect(s).toMatchObject({ updated: 1, added: 0 })
    const after = store.data.payments.find((p) => p.id === 'tx_0000AbC1fps0004')!
    expect(after.annotation).toBe('Paid for Jon SUBS-JOKA too')
    expect({ ...after, annotation: undefined, updatedAt: before.updatedAt }).toEqual({ ...before, annotation: undefined })
  })

  it('a Monzo-to-Monzo message seen first is the payer’s; a later notes is the organiser’s', async () => {
    await setup(samples.map((t) => (t.id === 'tx_0000AbC1p2p0002' ? { ...t, settled: '', notes: 'SUBS-LUKEM' } : t)))
    await sync()
    expect(store.data.payments.find((p) => p.id === 'tx_0000AbC1p2p0002')).toMatchObject({ reference: 'SUBS-LUKEM' })
    sim.updateTransaction('tx_0000AbC1p2p0002', { notes: 'Priya paid Luke back' })
    await sync()
    expect(store.data.payments.find((p) => p.id === 'tx_0000AbC1p2p0002')).toMatchObject({ reference: 'SUBS-LUKEM', annotation: 'Priya paid Luke back' })
  })
})

function lastSince(): string | null {
  return new URLSearchParams(sim.requestLog.filter((r) => r.path === '/transactions').at(-1)!.query).get('since')
}
