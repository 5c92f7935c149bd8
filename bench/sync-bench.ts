// npm run bench [-- --json] [--size realistic|large|both] [--skip-naive] [--pages-per-commit N]
//                [--players N --fixtures N --transactions N --payments N]   (one custom size)
// Measures a full sync against the Monzo simulator at two organiser sizes (a realistic club and a
// large one): requests against the floor, the same pages only fetched and parsed (fetchOnlyMs, the
// floor for time) and how far the full sync is above it, a no-change re-sync, where the sync's time
// goes, matching, who-owes and CSV, and (large size) the same sync done naively.
// Prints figures; asserts nothing.
import { parseArgs } from 'node:util'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDataStore, type DataStore } from '../src/main/core/store/data-store'
import { startMonzoSimulator, generateTransactions, makePlayers, DEFAULT_ACCOUNT_ID } from '../src/main/core/monzo/simulator'
import { connectToSimulator } from '../src/main/core/monzo/demo-bank'
import { MAX_PAGE, type MonzoClient } from '../src/main/core/monzo/client'
import { syncTransactions, type TransactionPager } from '../src/main/core/sync/engine'
import { createPlayer } from '../src/main/core/roster/players'
import { createFixtures } from '../src/main/core/roster/fixtures'
import { createMatcher, forgetMatcherLookups } from '../src/main/core/matching/matcher'
import { computeLedger, whoOwes } from '../src/main/core/ledger/balances'
import { owesCsv } from '../src/main/core/ledger/owes-csv'
import { currentPrices } from '../src/main/core/sync/apply'
import { readTransaction } from '../src/main/core/ledger/monzo-transaction'
import { naiveSync } from './naive-sync'

const { values: o } = parseArgs({
  options: {
    json: { type: 'boolean' },
    size: { type: 'string', default: 'both' },
    'skip-naive': { type: 'boolean' },
    // What-if only: the app syncs with the engine's own batching; this shows what another would cost.
    'pages-per-commit': { type: 'string' },
    players: { type: 'string' },
    fixtures: { type: 'string' },
    transactions: { type: 'string' },
    payments: { type: 'string' },
  },
})

interface Size {
  name: string
  players: number
  fixtures: number
  transactions: number
  payments: number
  naive: boolean
}

// A real club: 40 players over a season of 45 fixtures, and two years of the organiser's own
// account (3,000 transactions, 900 of them subs). The large one is a stress test.
const REALISTIC: Size = { name: 'realistic', players: 40, fixtures: 45, transactions: 3_000, payments: 900, naive: false }
const LARGE: Size = { name: 'large', players: 500, fixtures: 300, transactions: 30_000, payments: 10_000, naive: true }

function sizes(): Size[] {
  if (o.players || o.fixtures || o.transactions || o.payments) {
    return [{
      name: 'custom',
      players: Number(o.players ?? LARGE.players),
      fixtures: Number(o.fixtures ?? LARGE.fixtures),
      transactions: Number(o.transactions ?? LARGE.transactions),
      payments: Number(o.payments ?? LARGE.payments),
      naive: !o['skip-naive'],
    }]
  }
  const chosen = o.size === 'realistic' ? [REALISTIC] : o.size === 'large' ? [LARGE] : [REALISTIC, LARGE]
  return chosen.map((s) => ({ ...s, naive: s.naive && !o['skip-naive'] }))
}

const ms = (t: number) => Math.round(t * 10) / 10
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now()
  const r = await fn()
  return [r, ms(performance.now() - t)]
}

/** The floor for time: the same pages, fetched and parsed (JSON and schema) by the same client, nothing stored. */
async function fetchOnly(client: MonzoClient, maxPages = Infinity): Promise<{ pages: number; transactions: number }> {
  let since: string | undefined
  let pages = 0
  let transactions = 0
  for (;;) {
    const page = await client.transactionsPage({ accountId: DEFAULT_ACCOUNT_ID, since, limit: MAX_PAGE })
    pages++
    transactions += page.length
    if (page.length < MAX_PAGE || pages >= maxPages) return { pages, transactions }
    // Each transaction is read on its own (the client only checks the list), so the floor reads them too.
    for (const tx of page) readTransaction(tx)
    since = (page[page.length - 1] as { id: string }).id
  }
}

/** The sync's own time, split: waiting on pages, applying and matching, and copying + writing the file. */
function instrumented(client: MonzoClient, store: DataStore) {
  const t = { fetchMs: 0, applyMs: 0, storeMs: 0 }
  const pager: TransactionPager = {
    async transactionsPage(q) {
      const s = performance.now()
      try {
        return await client.transactionsPage(q)
      } finally {
        t.fetchMs += performance.now() - s
      }
    },
  }
  const wrapped = {
    get data() {
      return store.data
    },
    async update<T>(fn: Parameters<DataStore['update']>[0]): Promise<T> {
      const s = performance.now()
      try {
        return (await store.update((d) => {
          const a = performance.now()
          try {
            return fn(d)
          } finally {
            t.applyMs += performance.now() - a
          }
        })) as T
      } finally {
        t.storeMs += performance.now() - s
      }
    },
  } as unknown as DataStore
  return { pager, store: wrapped, t }
}

async function benchSize(N: Size) {
  // memoryUsage.rss() only: the full memoryUsage() walks the heap and, every 20 ms, slowed whatever ran.
  let peakRss = process.memoryUsage.rss()
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20)
  const now = Date.now()
  const start = now - 2 * 365 * 86_400_000
  const simPlayers = makePlayers(N.players)
  const seed = generateTransactions({ players: simPlayers, count: N.transactions, paymentCount: N.payments, start, end: now - 60_000, seed: 2026 })
  // The bank's clock stands still: a slow machine must not push the later full-history reads
  // (fetch-only again, the naive sync) past Monzo's five minutes after sign-in.
  const sim = await startMonzoSimulator({ seed, autoApproveInApp: true, now: () => now })
  const { client } = await connectToSimulator(sim)
  const dir = mkdtempSync(join(tmpdir(), 'subs-bench-'))
  const store = await openDataStore({ file: join(dir, 'subs.json') })

  // The organiser's roster: every simulated payer, with the reference they quote.
  await store.update((d) => {
    for (const sp of simPlayers) {
      const { player } = createPlayer(d, { name: sp.name, aliases: sp.bankName && sp.bankName !== sp.name ? [sp.bankName] : [] }, new Date())
      if (sp.reference) player.reference = sp.reference
    }
    const ids = d.players.map((p) => p.id)
    const first = new Date(start)
    const date = first.toISOString().slice(0, 10)
    const made = createFixtures(d, { date, time: '19:00', location: 'Bench Park', pitchCostPence: 4500, pricePence: 500, weeks: Math.min(52, N.fixtures) }, new Date())
    while (made.length < N.fixtures) {
      const next = new Date(Date.parse(made[made.length - 1].kickoffAt) + 7 * 86_400_000)
      made.push(...createFixtures(d, { date: next.toISOString().slice(0, 10), time: '19:00', location: 'Bench Park', pitchCostPence: 4500, pricePence: 500, weeks: Math.min(52, N.fixtures - made.length) }, new Date()))
    }
    made.forEach((f, i) => (f.roster = Array.from({ length: 10 }, (_, k) => ids[(i * 10 + k) % ids.length])))
  })

  // Warm both paths (the simulator, undici, zod) so neither measurement pays for the JIT alone.
  await fetchOnly(client, 5)
  sim.resetLog()
  const [fetched, fetchBeforeMs] = await time(() => fetchOnly(client))
  const fetchRequests = sim.requestCount('/transactions')

  const writes0 = store.writes
  const bytes0 = store.bytesWritten
  const probe = instrumented(client, store)
  sim.resetLog()
  const pagesPerCommit = o['pages-per-commit'] ? Number(o['pages-per-commit']) : undefined
  const [full, fullSyncMs] = await time(() =>
    syncTransactions({ pager: probe.pager, store: probe.store, accountId: DEFAULT_ACCOUNT_ID, now: () => new Date(), pagesPerCommit }),
  )
  const requests = sim.requestCount('/transactions')
  const writes = store.writes - writes0
  const bytesWritten = store.bytesWritten - bytes0

  sim.resetLog()
  const [re, resyncMs] = await time(() => syncTransactions({ pager: client, store, accountId: DEFAULT_ACCOUNT_ID, now: () => new Date() }))
  const resyncRequests = sim.requestCount('/transactions')
  // Fetch-only once more after the sync; the faster of the two is the floor (the stricter overhead).
  const [, fetchAfterMs] = await time(() => fetchOnly(client))
  const fetchOnlyMs = Math.min(fetchBeforeMs, fetchAfterMs)

  const d = store.data
  // From cold, as the first sync after a start: the lookups the sync built for these players are dropped.
  forgetMatcherLookups()
  const matcher = createMatcher(d.players, { pricePences: currentPrices(d) })
  const [, matchMs] = await time(() => {
    for (const p of d.payments) matcher.match(p)
  })
  const [rows, owesMs] = await time(() => whoOwes(computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now: new Date() }), d.players))
  const [, csvMs] = await time(() => owesCsv(rows))
  // One data-file write at the final size (median of 5): what every commit of a sync costs by the end.
  const writeTimes: number[] = []
  for (let i = 0; i < 5; i++) writeTimes.push((await time(() => store.update(() => undefined)))[1])
  const writeMs = writeTimes.sort((a, b) => a - b)[2]

  // Peak memory of Subs' own work (the simulator shares this process); the naive run is reported apart.
  const subsPeakRss = Math.max(peakRss, process.memoryUsage.rss())
  let naive: { writes: number; ms: number; peakRssMb: number } | null = null
  if (N.naive) {
    peakRss = 0
    const [n, naiveMs] = await time(() => naiveSync(client, DEFAULT_ACCOUNT_ID, [...d.players], join(dir, 'naive.json')))
    naive = { writes: n.writes, ms: naiveMs, peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage.rss()) / 1024 / 1024) }
  }
  clearInterval(sampler)

  const other = fullSyncMs - probe.t.fetchMs - probe.t.storeMs
  const result = {
    size: N.name,
    pagesPerCommit: pagesPerCommit ?? 'engine default',
    players: N.players,
    fixtures: N.fixtures,
    transactions: N.transactions,
    playerPayments: N.payments,
    storedPayments: d.payments.length,
    matched: d.payments.filter((p) => p.status === 'matched').length,
    requests,
    requestsFloor: Math.ceil(N.transactions / MAX_PAGE),
    fullSyncMs,
    fetchOnlyMs,
    fetchOnlyRuns: [fetchBeforeMs, fetchAfterMs],
    fetchOnlyRequests: fetchRequests,
    overhead: Math.round((fullSyncMs / fetchOnlyMs) * 100) / 100,
    // Where the full sync's time went (ms): pages from the simulator, applying + matching inside the
    // store's update, the store copying the data and writing the file, and everything else.
    breakdown: {
      fetchMs: ms(probe.t.fetchMs),
      applyAndMatchMs: ms(probe.t.applyMs),
      copyAndWriteMs: ms(probe.t.storeMs - probe.t.applyMs),
      otherMs: ms(other),
    },
    resyncRequests,
    resyncMs,
    resyncAdded: re.added,
    added: full.added,
    matchMs,
    owesMs,
    csvMs,
    writes,
    bytesWritten,
    writeMs,
    peakRssMb: Math.round(subsPeakRss / 1024 / 1024),
    naive,
    speedup: naive ? Math.round((naive.ms / fullSyncMs) * 10) / 10 : null,
  }
  if (fetched.transactions !== N.transactions) throw new Error(`fetch-only read ${fetched.transactions} of ${N.transactions} transactions`)
  await client.close()
  await sim.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  return result
}

function print(r: Awaited<ReturnType<typeof benchSize>>): void {
  const b = r.breakdown
  console.log(`Subs sync benchmark (${r.size}): ${r.players} players, ${r.fixtures} fixtures, ${r.transactions} transactions (${r.playerPayments} player payments)`)
  if (r.pagesPerCommit !== 'engine default') console.log(`  (what-if: ${r.pagesPerCommit} pages per commit instead of the engine's own)`)
  console.log(`  stored payments       ${r.storedPayments} (${r.matched} matched automatically, ${r.added} added, re-sync added ${r.resyncAdded})`)
  console.log(`  requests              ${r.requests} (floor ${r.requestsFloor})`)
  console.log(`  full sync             ${r.fullSyncMs} ms`)
  console.log(`  fetch only            ${r.fetchOnlyMs} ms (${r.fetchOnlyRequests} requests: the same pages fetched and parsed, nothing stored; faster of ${r.fetchOnlyRuns.join(' / ')} ms)`)
  console.log(`  overhead              ${r.overhead}× (full sync / fetch only)`)
  console.log(`    where it went       fetch ${b.fetchMs} ms, apply+match ${b.applyAndMatchMs} ms, copy+write ${b.copyAndWriteMs} ms, other ${b.otherMs} ms`)
  console.log(`  no-change re-sync     ${r.resyncRequests} requests, ${r.resyncMs} ms`)
  console.log(`  matcher               ${r.matchMs} ms for ${r.storedPayments} payments`)
  console.log(`  who owes              ${r.owesMs} ms`)
  console.log(`  CSV                   ${r.csvMs} ms`)
  console.log(`  data-file writes      ${r.writes} (${(r.bytesWritten / 1024 / 1024).toFixed(1)} MB); one write at the final size ${r.writeMs} ms`)
  console.log(`  peak RSS              ${r.peakRssMb} MB (simulator in the same process)`)
  if (r.naive) console.log(`  naive sync            ${r.naive.ms} ms (${r.naive.writes} writes, peak RSS ${r.naive.peakRssMb} MB) → ${r.speedup}× slower`)
}

const results = []
for (const size of sizes()) {
  const r = await benchSize(size)
  results.push(r)
  if (!o.json) {
    print(r)
    console.log('')
  }
}
if (o.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results))
