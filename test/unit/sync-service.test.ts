import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { createSyncService, type SyncSource } from '../../src/main/core/sync/service'
import { MonzoError } from '../../src/main/core/monzo/errors'

let dir: string
let store: DataStore
const now = () => new Date('2026-11-20T12:00:00Z')

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-svc-'))
  store = await openDataStore({ file: join(dir, 'subs.json'), now })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function pagerWith(pages: unknown[][], onCall?: () => Promise<void>) {
  let calls = 0
  return {
    get calls() {
      return calls
    },
    async transactionsPage() {
      calls++
      await onCall?.()
      return pages.shift() ?? []
    },
  }
}

describe('sync service', () => {
  it('joins a second click onto the running sync instead of starting another', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const pager = pagerWith([[]], () => gate)
    const svc = createSyncService({ store, now, source: () => ({ pager, accountId: 'acc' }), onStatus: () => {} })
    const a = svc.run()
    const b = svc.run()
    expect(svc.status().running).toBe(true)
    release()
    expect(await a).toBe(await b)
    expect(pager.calls).toBe(1)
    expect(svc.status()).toMatchObject({ running: false, lastError: null })
    expect(svc.status().lastSyncAt).toBe(now().toISOString())
  })

  it('says what the sync did, in the same counts the panel shows', async () => {
    const tx = (id: string, over: Record<string, unknown> = {}) => ({
      id, amount: 500, currency: 'GBP', created: '2026-11-19T18:00:00Z', settled: '2026-11-19T19:00:00Z', description: 'SUBS-X', notes: 'SUBS-X',
      metadata: {}, scheme: 'payport_faster_payments', counterparty: { name: 'A Payer', sort_code: '112233', account_number: '12345678' }, ...over,
    })
    const page = [tx('tx_1'), tx('tx_2', { amount: -300, scheme: 'mastercard', merchant: 'merch_1' }), tx('tx_3', { scheme: 'bacs', counterparty: { name: 'SOMEONE' } }), tx('tx_4', { settled: true })]
    const svc = createSyncService({ store, now, source: () => ({ pager: pagerWith([page]), accountId: 'acc' }), onStatus: () => {} })
    await svc.run()
    expect(svc.status().message).toBe("1 new, 0 updated, 0 reversed, 0 unchanged, 1 not subs, 1 set aside (Bacs credit that fits no player), 1 couldn't read (listed on Payments).")
    expect(svc.status().last).toMatchObject({ kind: 'sync', counts: { added: 1, notSubs: 1, setAside: 1, unreadable: 1 } })
    const quiet = createSyncService({ store, now, source: () => ({ pager: pagerWith([[tx('tx_1')]]), accountId: 'acc' }), onStatus: () => {} })
    await quiet.run()
    expect(quiet.status().message).toBe('Nothing new: 1 unchanged, 0 not subs.')
  })

  it('cancel stops a running sync (before Monzo is disconnected), says why, and keeps the cursor', async () => {
    await store.update((d) => void (d.sync.cursor = '2026-11-01T00:00:00.000Z'))
    let started!: () => void
    const inFlight = new Promise<void>((r) => (started = r))
    const pager = {
      transactionsPage: (q: { signal?: AbortSignal }) =>
        new Promise<unknown[]>((_resolve, reject) => {
          started()
          q.signal?.addEventListener('abort', () => reject(q.signal!.reason))
        }),
    }
    const svc = createSyncService({ store, now, source: () => ({ pager, accountId: 'acc' }), onStatus: () => {} })
    const run = svc.run()
    await inFlight
    await svc.cancel('The sync was stopped because Monzo was disconnected.')
    await expect(run).rejects.toThrow('The sync was stopped because Monzo was disconnected.')
    expect(svc.status().running).toBe(false)
    expect(store.data.sync).toMatchObject({ cursor: '2026-11-01T00:00:00.000Z', lastError: null })
  })

  it('says to connect first when there is no bank', async () => {
    const svc = createSyncService({ store, now, source: () => null, onStatus: () => {} })
    await expect(svc.run()).rejects.toThrow(/Connect Monzo in Settings first/)
  })

  it('a sync refused for want of a bank does not block the next one, and writes nothing', async () => {
    let source: SyncSource | null = null
    const failures: unknown[] = []
    const svc = createSyncService({ store, now, source: () => source, onStatus: () => {}, onFailed: (e) => failures.push(e) })
    const writes = store.writes
    await expect(svc.run()).rejects.toThrow(/Connect Monzo in Settings first/)
    expect(svc.status().running).toBe(false)
    expect(store.writes).toBe(writes)
    source = { pager: pagerWith([[]]), accountId: 'acc' }
    await expect(svc.run()).resolves.toMatchObject({ pages: 1 })
    expect(svc.status()).toMatchObject({ running: false, lastSyncAt: now().toISOString() })
    expect(failures).toEqual([]) // a refusal is not a failed sync
  })

  it('tells onFailed why a sync failed, after recording it', async () => {
    const err = new MonzoError('needs_approval', 'Approve Subs in your Monzo app')
    const seen: string[] = []
    const pager = { transactionsPage: async () => { throw err } }
    const svc = createSyncService({
      store, now, source: () => ({ pager, accountId: 'acc' }), onStatus: () => {},
      onFailed: (e) => seen.push(`${(e as MonzoError).kind}:${store.data.sync.lastError}`),
    })
    await expect(svc.run()).rejects.toBe(err)
    expect(seen).toEqual(['needs_approval:Approve Subs in your Monzo app'])
  })

  it('records a readable error and leaves the cursor alone when Monzo fails', async () => {
    await store.update((d) => void (d.sync.cursor = '2026-11-01T00:00:00.000Z'))
    const pager = {
      async transactionsPage(): Promise<unknown[]> {
        throw new MonzoError('network', "Couldn't reach Monzo. Check your internet connection and try again.")
      },
    }
    const svc = createSyncService({ store, now, source: () => ({ pager, accountId: 'acc' }), onStatus: () => {} })
    await expect(svc.run()).rejects.toThrow(/Couldn't reach Monzo/)
    expect(store.data.sync).toMatchObject({ cursor: '2026-11-01T00:00:00.000Z', lastError: expect.stringMatching(/Couldn't reach Monzo/) })
  })

  it('polls on the interval from settings while a bank is connected', async () => {
    await store.update((d) => void (d.settings.pollMinutes = 30))
    const timers: { fn: () => void; ms: number }[] = []
    const pager = pagerWith([])
    let source: SyncSource | null = null
    const svc = createSyncService({
      store,
      now,
      source: () => source,
      onStatus: () => {},
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => {},
    })
    svc.startPolling()
    expect(timers.map((t) => t.ms)).toEqual([30 * 60_000])
    timers[0].fn() // not connected yet: no sync, but it keeps polling
    expect(pager.calls).toBe(0)
    source = { pager, accountId: 'acc' }
    timers[1].fn()
    await new Promise((r) => setTimeout(r, 10))
    expect(pager.calls).toBe(1)
    expect(timers).toHaveLength(3)
    await svc.stop()
  })
})

describe('sync service without a bank', () => {
  it('says why, in the words the caller gives', async () => {
    const svc = createSyncService({ store, now, source: () => null, unavailable: () => 'Reconnect Monzo in Settings.', onStatus: () => {} })
    await expect(svc.run()).rejects.toThrow('Reconnect Monzo in Settings.')
  })
})
