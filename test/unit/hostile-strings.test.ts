// Payers type whatever they like into their bank app. Their names and references must be kept
// exactly (they are evidence), shown as text, and never become formulas in the CSV export
// (promise 8). A Monzo reply Subs can't read must fail the sync cleanly (promise 4/5), while one
// transaction Subs can't read is set aside and listed and the sync carries on (issue 12).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { owesCsv } from '../../src/main/core/ledger/owes-csv'
import type { WhoOwesRow } from '../../src/main/core/ledger/balances'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { createSyncService } from '../../src/main/core/sync/service'
import { connectToSimulator } from '../../src/main/core/monzo/demo-bank'
import { DEFAULT_ACCOUNT_ID, generateTransactions, makePlayers, startMonzoSimulator, type MonzoSimulator, type SimTransaction } from '../../src/main/core/monzo/simulator'
import { isMonzoError } from '../../src/main/core/monzo/errors'
import { createTestPlatform } from '../helpers/test-platform'
import type { Snapshot } from '../../src/shared/views'

const FORMULA = /^[=+\-@\t\r\n]/
const PAYER_STRINGS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("https://evil.example","Paid")',
  '+44 7700 900123',
  '-1+1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  'two\r\nlines',
  '\u202Egnp.exe SUBS-ASHC',
  'nul\u0000byte',
  '\u0000',
  `${'W'.repeat(10_000)}`,
  'Zoë «Ünïcødé» 👍🏽',
]
/** What the importer keeps: the text as sent, with runs of whitespace made single spaces. */
const asStored = (s: string) => s.replace(/\s+/g, ' ').trim()

const dirs: string[] = []
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function fpsTx(i: number, s: string): Record<string, unknown> {
  return {
    id: `tx_0000HoStIlE${String(i).padStart(4, '0')}`, account_id: DEFAULT_ACCOUNT_ID, amount: 500, currency: 'GBP',
    created: new Date(Date.UTC(2026, 9, 1, 18, i)).toISOString(), settled: '', category: 'income',
    description: s, notes: s, metadata: { notes: s, faster_payment: 'true' }, scheme: 'payport_faster_payments',
    counterparty: { name: s, sort_code: '040004', account_number: String(10_000_000 + i) },
  }
}
function p2pTx(i: number, s: string): Record<string, unknown> {
  return {
    id: `tx_0000HoStP2p${String(i).padStart(4, '0')}`, account_id: DEFAULT_ACCOUNT_ID, amount: 500, currency: 'GBP',
    created: new Date(Date.UTC(2026, 9, 2, 18, i)).toISOString(), settled: '', description: s, notes: s,
    metadata: { p2p_initiator: 'p2p' }, scheme: 'p2p_payment', counterparty: { name: s, user_id: `user_0000H${i}` },
  }
}

describe('hostile payer strings', () => {
  let core: SubsCore
  let dir: string
  beforeAll(async () => {
    dir = tmp('subs-hostile-')
    const platform = createTestPlatform()
    core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform, background: false })
    const body = join(dir, 'transactions.json')
    writeFileSync(body, JSON.stringify({ transactions: [...PAYER_STRINGS.map((s, i) => fpsTx(i, s)), ...PAYER_STRINGS.map((s, i) => p2pTx(i, s))] }))
    platform.openAnswers.push(body)
    const r = await core.invoke('sync:importFile', undefined)
    expect(r).toMatchObject({ ok: true, value: { imported: PAYER_STRINGS.length * 2 } })
  })
  afterAll(() => core.close())

  it('are stored as given through an import of a /transactions body (and survive a reopen)', async () => {
    await core.close()
    core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform: createTestPlatform(), background: false })
    const snap = (await core.invoke('app:snapshot', undefined)) as { ok: true; value: Snapshot }
    const byId = new Map(snap.value.payments.map((p) => [p.id, p]))
    for (const [i, s] of PAYER_STRINGS.entries()) {
      const fps = byId.get(fpsTx(i, s).id as string)!
      const p2p = byId.get(p2pTx(i, s).id as string)!
      expect(fps.payerName, JSON.stringify(s).slice(0, 40)).toBe(asStored(s))
      expect(fps.reference).toBe(asStored(s))
      expect(p2p.payerName).toBe(asStored(s))
    }
    // Nothing was "sanitised" away: the markup, the bidi override and the NUL are all still there.
    const names = snap.value.payments.map((p) => p.payerName)
    expect(names).toContain('<script>alert("x")</script>')
    expect(names).toContain('\u202Egnp.exe SUBS-ASHC')
    expect(names).toContain('nul\u0000byte')
    expect(names.some((n) => n.length === 10_000)).toBe(true)
  })

  it('are neutralised in the who-owes CSV, which csv-parse still reads back exactly', () => {
    const rows: WhoOwesRow[] = PAYER_STRINGS.map((name, i) => ({
      playerId: `p${i}`, name, reference: `SUBS-${i}`, active: true, chargedPence: 500, paidPence: i * 100, owesPence: 500 - i * 100, unpaidFixtures: [],
      dueNextPence: 0, dueNextFixtures: [], lastPaymentAt: null,
    }))
    const text = owesCsv(rows)
    const parsed = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[]
    expect(parsed).toHaveLength(rows.length)
    for (const [i, row] of rows.entries()) {
      const cell = parsed[i].player
      expect(cell, JSON.stringify(row.name).slice(0, 40)).toBe(FORMULA.test(row.name) ? `'${row.name}` : row.name)
      expect(cell).not.toMatch(FORMULA)
      // Amounts stay numbers (never prefixed with an apostrophe); money paid ahead is a credit, not a negative debt.
      expect(Number(parsed[i].owes)).toBe(Math.max(0, 500 - i * 100) / 100)
      expect(Number(parsed[i].credit)).toBe(Math.max(0, i * 100 - 500) / 100)
      expect(parsed[i].owes).not.toMatch(/^'/)
      expect(parsed[i].credit).not.toMatch(/^'/)
    }
  })

  it('typed as player names, come out neutralised in the exported file', async () => {
    const platform = createTestPlatform()
    const d = tmp('subs-hostile-export-')
    const c = await createSubsCore({ dataFile: join(d, 'subs.json'), platform, background: false })
    try {
      // Names are trimmed at the boundary, so these are the formula cells that can really occur.
      const names = ['=1+1', '+1', '-1', '@SUM(A1)', '=cmd|\'/C calc\'!A0', '<b>bold</b>', '\u202Eevil', 'nul\u0000name']
      const ids: string[] = []
      for (const name of names) {
        const r = await c.invoke('players:create', { name })
        expect(r.ok, name).toBe(true)
        if (r.ok) ids.push((r.value as { player: { id: string } }).player.id)
      }
      expect((await c.invoke('fixtures:create', { date: '2026-10-07', time: '19:00', location: '=HYPERLINK("x")', pitchCostPence: 4500, pricePence: 500, playerIds: ids, maxPlayers: 12 })).ok).toBe(true)
      const file = join(d, 'owes.csv')
      platform.saveAnswers.push(file)
      expect((await c.invoke('owes:exportCsv', undefined)).ok).toBe(true)
      const parsed = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
      const byName = new Map(parsed.map((r) => [r.player, r]))
      for (const name of names) {
        const row = byName.get(FORMULA.test(name) ? `'${name}` : name)
        expect(row, name).toBeDefined()
        expect(Number(row!.owes)).toBe(5)
      }
    } finally {
      await c.close()
    }
  })
})

// --- Malformed Monzo replies ------------------------------------------------------------------

describe('malformed Monzo responses: a bad reply fails cleanly, a bad transaction is set aside', () => {
  let sim: MonzoSimulator | undefined
  let store: DataStore | undefined
  afterEach(async () => {
    await store?.close()
    await sim?.close()
    sim = undefined
    store = undefined
  })

  const good = () =>
    generateTransactions({ players: makePlayers(8), count: 150, paymentCount: 60, start: '2026-06-01T09:00:00Z', end: '2026-09-01T09:00:00Z', seed: 5 })

  /** Syncs through the real service (as the app does) and reports what the organiser would see. */
  async function syncWith(seed: SimTransaction[], arm?: (s: MonzoSimulator) => void) {
    sim = await startMonzoSimulator({ seed, autoApproveInApp: true })
    const { client } = await connectToSimulator(sim, { sleep: async () => {} })
    store = await openDataStore({ file: join(tmp('subs-malformed-'), 'subs.json') })
    const service = createSyncService({ store, now: () => new Date(), source: () => ({ pager: client, accountId: DEFAULT_ACCOUNT_ID }), onStatus: () => {} })
    arm?.(sim)
    const error = await service.run().then(() => null, (e: unknown) => e)
    await client.close()
    return { error, store, status: service.status() }
  }

  function expectCleanFailure(r: Awaited<ReturnType<typeof syncWith>>, cursorBefore: string | null = null) {
    expect(r.error, 'the sync should fail').not.toBeNull()
    expect(isMonzoError(r.error) && r.error.kind, String((r.error as Error)?.message)).toBe('bad_response')
    expect(r.status.lastError).toMatch(/Monzo sent a reply Subs couldn't read/)
    expect(r.status.lastError).not.toMatch(/undefined|ZodError|Invalid time|expected/)
    expect(r.store.data.sync.cursor).toBe(cursorBefore)
  }

  /** A player's Faster Payment from the middle of the history, broken as `patch` and `drop` say. */
  const bad = (patch: Record<string, unknown>, drop: string[] = []) => {
    const seed = good()
    const base = seed.find((t, i) => i >= 70 && t.scheme === 'payport_faster_payments' && t.amount > 0)!
    const tx: Record<string, unknown> = { ...base, id: 'tx_0000BaDoNe', ...patch }
    for (const k of drop) delete tx[k]
    return tx as unknown as SimTransaction
  }

  it.each([
    ['missing id', bad({}, ['id']), /^id is missing \(expected text\)$/],
    ['missing amount', bad({}, ['amount']), /^amount is missing/],
    ['amount as text', bad({ amount: '500' }), /^amount is "500" \(expected a number\)$/],
    ['amount as a fraction', bad({ amount: 5.5 }), /^amount is 5\.5/],
    ['currency missing', bad({}, ['currency']), /^currency is missing/],
    ['created missing', bad({}, ['created']), /^created is missing/],
    ['created not a date', bad({ created: 'last Tuesday' }), /^created is "last Tuesday": is not a date$/],
    ['counterparty as text', bad({ counterparty: 'Ash' }), /^counterparty is "Ash" \(expected an object or nothing\)$/],
    ['metadata with a number', bad({ metadata: { notes: 5 } }), /^metadata\.notes is 5 \(expected text\)$/],
    ['settled as true', bad({ settled: true }), /^settled is true \(expected text or nothing\)$/],
    ['a huge body with a wrong type', bad({ amount: 'x'.repeat(2_000_000) }), /^amount is "x{40}…" \(expected a number\)$/],
  ])('%s: that one is set aside and listed with its reason, everything else stored, the cursor moved', async (_label, tx, reason) => {
    const clean = await syncWith(good())
    const stored = clean.store.data.payments.map((p) => [p.id, p.status, p.amountPence])
    const cursor = clean.store.data.sync.cursor
    await store!.close()
    await sim!.close()
    const r = await syncWith([...good(), tx])
    expect(r.error).toBeNull()
    expect(r.status.lastError).toBeNull()
    expect(r.store.data.payments.map((p) => [p.id, p.status, p.amountPence])).toEqual(stored)
    expect(r.store.data.sync.cursor).toBe(cursor)
    expect(r.store.data.unreadable).toHaveLength(1)
    const [listed] = r.store.data.unreadable
    expect(listed!.reason).toMatch(reason)
    expect(listed!.reason).not.toMatch(/ZodError|undefined|Invalid input/)
    expect(listed!.raw.length).toBeLessThanOrEqual(4096)
    expect(r.status.message).toMatch(/1 couldn't read \(listed on Payments\)/)
  })

  it('a page whose transactions are not a list fails cleanly, nothing stored, cursor not moved', async () => {
    const r = await syncWith(good(), (s) => s.faults.notAList({ path: '/transactions' }))
    expectCleanFailure(r)
    expect(r.store.data.payments).toEqual([])
  })

  it('a reply that is not JSON, mid-pagination, leaves the cursor where the last sync put it', async () => {
    const seed = good()
    const first = await syncWith(seed.slice(0, 120))
    expect(first.error).toBeNull()
    const cursor = first.store.data.sync.cursor
    const payments = first.store.data.payments.length
    expect(cursor).not.toBeNull()
    // Newer transactions arrive; the next sync's second page comes back as broken JSON.
    for (const tx of seed.slice(120)) sim!.addTransaction(tx)
    sim!.faults.malformed({ path: '/transactions' })
    const { client } = await connectToSimulator(sim!, { sleep: async () => {} })
    const service = createSyncService({ store: store!, now: () => new Date(), source: () => ({ pager: client, accountId: DEFAULT_ACCOUNT_ID }), onStatus: () => {} })
    const error = await service.run().then(() => null, (e: unknown) => e)
    await client.close()
    expectCleanFailure({ error, store: store!, status: service.status() }, cursor)
    expect(store!.data.payments).toHaveLength(payments)
  })

  it('a huge but valid page (100 × 20 kB descriptions) syncs', async () => {
    const seed = good().map((tx, i) => (i < 100 ? { ...tx, description: `${tx.description} ${'d'.repeat(20_000)}` } : tx))
    const r = await syncWith(seed)
    expect(r.error).toBeNull()
    expect(r.store.data.payments.length).toBeGreaterThan(0)
    expect(r.store.data.sync.cursor).toBe(new Date(seed[seed.length - 1].created).toISOString())
  })
})
