import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { createSyncService, type SyncSource } from '../../src/main/core/sync/service'
import { MonzoError } from '../../src/main/core/monzo/errors'
import type { MonzoTransaction } from '../../src/main/core/ledger/monzo-transaction'

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

function pagerWith(pages: MonzoTransaction[][], onCall?: () => Promise<void>) {
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
      async transactionsPage(): Promise<MonzoTransaction[]> {
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
