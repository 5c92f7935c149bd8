// npm run bench [-- --json] [--players N --fixtures N --transactions N --payments N]
// Measures a full sync against the Monzo simulator at organiser scale, a no-change re-sync,
// matching, who-owes and CSV, and the same sync done naively. Prints figures; asserts nothing.
import { parseArgs } from 'node:util'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDataStore } from '../src/main/core/store/data-store'
import { startMonzoSimulator, generateTransactions, makePlayers, DEFAULT_ACCOUNT_ID } from '../src/main/core/monzo/simulator'
import { connectToSimulator } from '../src/main/core/monzo/demo-bank'
import { syncTransactions } from '../src/main/core/sync/engine'
import { createPlayer } from '../src/main/core/roster/players'
import { createFixtures } from '../src/main/core/roster/fixtures'
import { createMatcher } from '../src/main/core/matching/matcher'
import { computeLedger, whoOwes } from '../src/main/core/ledger/balances'
import { owesCsv } from '../src/main/core/ledger/owes-csv'
import { currentPrices } from '../src/main/core/sync/apply'
import { naiveSync } from './naive-sync'

const { values: o } = parseArgs({
  options: {
    json: { type: 'boolean' },
    players: { type: 'string', default: '500' },
    fixtures: { type: 'string', default: '300' },
    transactions: { type: 'string', default: '30000' },
    payments: { type: 'string', default: '10000' },
  },
})
const N = { players: Number(o.players), fixtures: Number(o.fixtures), transactions: Number(o.transactions), payments: Number(o.payments) }

let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now()
  const r = await fn()
  return [r, Math.round((performance.now() - t) * 10) / 10]
}

const now = Date.now()
const start = now - 2 * 365 * 86_400_000
const simPlayers = makePlayers(N.players)
const seed = generateTransactions({ players: simPlayers, count: N.transactions, paymentCount: N.payments, start, end: now - 60_000, seed: 2026 })
const sim = await startMonzoSimulator({ seed, autoApproveInApp: true })
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

const writes0 = store.writes
const bytes0 = store.bytesWritten
sim.resetLog()
const [full, fullSyncMs] = await time(() => syncTransactions({ pager: client, store, accountId: DEFAULT_ACCOUNT_ID, now: () => new Date() }))
const requests = sim.requestCount('/transactions')
const writes = store.writes - writes0
const bytesWritten = store.bytesWritten - bytes0

sim.resetLog()
const [re, resyncMs] = await time(() => syncTransactions({ pager: client, store, accountId: DEFAULT_ACCOUNT_ID, now: () => new Date() }))
const resyncRequests = sim.requestCount('/transactions')

const d = store.data
const matcher = createMatcher(d.players, { pricePences: currentPrices(d) })
const [, matchMs] = await time(() => {
  for (const p of d.payments) matcher.match(p)
})
const [rows, owesMs] = await time(() => whoOwes(computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now: new Date() }), d.players))
const [, csvMs] = await time(() => owesCsv(rows))

// Peak memory of Subs' own work (the simulator shares this process); the naive run is reported apart.
const subsPeakRss = Math.max(peakRss, process.memoryUsage().rss)
peakRss = 0
const [naive, naiveMs] = await time(() => naiveSync(client, DEFAULT_ACCOUNT_ID, [...d.players], join(dir, 'naive.json')))

clearInterval(sampler)
peakRss = Math.max(peakRss, process.memoryUsage().rss)
const result = {
  requests,
  requestsFloor: Math.ceil(N.transactions / 100),
  fullSyncMs,
  resyncRequests,
  resyncMs,
  matchMs,
  owesMs,
  csvMs,
  writes,
  bytesWritten,
  peakRssMb: Math.round(subsPeakRss / 1024 / 1024),
  naivePeakRssMb: Math.round(peakRss / 1024 / 1024),
  naiveMs,
  speedup: Math.round((naiveMs / fullSyncMs) * 10) / 10,
}
await client.close()
await sim.close()
await store.close()
rmSync(dir, { recursive: true, force: true })

if (o.json) {
  console.log(JSON.stringify(result))
} else {
  const matched = d.payments.filter((p) => p.status === 'matched').length
  console.log(`Subs sync benchmark: ${N.players} players, ${N.fixtures} fixtures, ${N.transactions} transactions (${N.payments} player payments)`)
  console.log(`  stored payments       ${d.payments.length} (${matched} matched automatically, ${full.added} added, re-sync added ${re.added})`)
  console.log(`  requests              ${requests} (floor ${result.requestsFloor})`)
  console.log(`  full sync             ${fullSyncMs} ms`)
  console.log(`  no-change re-sync     ${resyncRequests} requests, ${resyncMs} ms`)
  console.log(`  matcher               ${matchMs} ms for ${d.payments.length} payments`)
  console.log(`  who owes              ${owesMs} ms`)
  console.log(`  CSV                   ${csvMs} ms`)
  console.log(`  data-file writes      ${writes} (${(bytesWritten / 1024 / 1024).toFixed(1)} MB)`)
  console.log(`  peak RSS              ${result.peakRssMb} MB (simulator in the same process)`)
  console.log(`  naive sync            ${naiveMs} ms (${naive.writes} writes, peak RSS ${result.naivePeakRssMb} MB) → ${result.speedup}× slower`)
}
