// One isolated world for a network-fault run: a simulator with a clock, a connected client with
// short timeouts and a recorded (shortened) sleep, and a fresh data file holding the squad.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMonzoSimulator, type MonzoSimulator, type SimRequest, type SimTransaction } from '../../src/main/core/monzo/simulator'
import { connectToSimulator } from '../../src/main/core/monzo/demo-bank'
import type { MonzoClient } from '../../src/main/core/monzo/client'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { syncTransactions, type SyncSummary, type TransactionPager } from '../../src/main/core/sync/engine'
import { ACCOUNT_ID, addSquad, squad } from './seed'

export interface Clock {
  now(): number
  advance(ms: number): void
}

export function clockAt(start: number): Clock {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

export interface Env {
  sim: MonzoSimulator
  clock: Clock
  store: DataStore
  client: MonzoClient
  /** Sleeps the client asked for (retry backoff, Retry-After), in ms. */
  sleeps: number[]
  /** Called as each /transactions request of the current sync arrives, with its 1-based number. */
  onPage: ((n: number, r: SimRequest) => void) | null
  /** Newest created time of each page the last sync received, in order. */
  pageMax: string[]
  sync(): Promise<SyncSummary>
  reconnect(): Promise<void>
  close(): Promise<void>
}

export async function createEnv(seed: SimTransaction[], clock: Clock): Promise<Env> {
  const dir = mkdtempSync(join(tmpdir(), 'subs-net-'))
  let pageRequests = 0
  const env = { sleeps: [] as number[], onPage: null, pageMax: [] as string[] } as unknown as Env
  const sim = await startMonzoSimulator({
    seed,
    now: clock.now,
    autoApproveInApp: true,
    onRequest: (r) => {
      if (r.path === '/transactions') env.onPage?.(++pageRequests, r)
    },
  })
  const connect = async () =>
    (
      await connectToSimulator(sim, {
        now: clock.now,
        // Real waits are shortened so the suite stays fast; what was asked for is recorded.
        sleep: (ms) => {
          env.sleeps.push(ms)
          return new Promise((r) => setTimeout(r, Math.min(ms, 15)))
        },
        timeouts: { connectMs: 1_000, headersMs: 400, bodyMs: 400 },
      })
    ).client
  const store = await openDataStore({ file: join(dir, 'subs.json'), now: () => new Date(clock.now()), noLock: true })
  await store.update((d) => addSquad(d, squad(), new Date(clock.now())))
  Object.assign(env, {
    sim,
    clock,
    store,
    client: await connect(),
    async sync() {
      pageRequests = 0
      env.pageMax = []
      const pager: TransactionPager = {
        async transactionsPage(q) {
          const page = await env.client.transactionsPage(q)
          // Compared as times: Monzo writes 0 to 3 fractional digits, so the strings don't sort.
          const times = page.map((tx) => Date.parse(String((tx as { created?: unknown }).created))).filter((t) => !Number.isNaN(t))
          env.pageMax.push(times.length ? new Date(Math.max(...times)).toISOString() : '')
          return page
        },
      }
      return syncTransactions({ pager, store, accountId: ACCOUNT_ID, now: () => new Date(clock.now()), pagesPerCommit: 2 })
    },
    async reconnect() {
      await env.client.close()
      env.client = await connect()
    },
    async close() {
      await env.client.close()
      await store.close()
      await sim.close()
      rmSync(dir, { recursive: true, force: true })
    },
  })
  return env
}
