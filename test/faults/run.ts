// `npm run test:faults`: the long fault-injection suite. Crash safety (SIGKILL loop, damaged
// files, a second instance) and network faults during sync. Prints a summary table and exits
// non-zero if any run failed or lost data. SUBS_FAULT_KILLS / SUBS_FAULT_SEED override the
// kill count (default 220) and the seed of the kill timings (default: random, printed).
import { mkdirSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { disposeChild, prepareChild } from './children'
import { killLoop } from './crash'
import { networkFaults } from './network'
import { damagedFiles, secondInstance } from './startup'
import { printTable, type Row } from './table'

const kills = Number(process.env.SUBS_FAULT_KILLS ?? 220)
const seed = Number(process.env.SUBS_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31))
const log = (s: string) => process.stdout.write(`${s}\n`)
const started = performance.now()
// A hung step must fail the suite, not the CI job's clock.
const watchdog = setTimeout(() => {
  log('faults: gave up after 10 minutes')
  process.exit(1)
}, 10 * 60_000)
watchdog.unref()

const rows: Row[] = []
let suiteThrew = false
try {
  log(`faults: ${kills} kills, seed ${seed} (repeat with SUBS_FAULT_SEED=${seed})`)
  await prepareChild()
  rows.push(await damagedFiles())
  rows.push(await secondInstance())
  rows.push(...(await killLoop(kills, seed, log)))
  rows.push(...(await networkFaults(log)))
} catch (e) {
  log(`faults: the suite itself failed: ${(e as Error).stack ?? e}`)
  process.exitCode = 1
  suiteThrew = true
} finally {
  disposeChild()
}

const seconds = Math.round((performance.now() - started) / 1000)
log('')
log(printTable(rows))
log(`\n${rows.reduce((n, r) => n + r.runs, 0)} runs in ${seconds} s`)
const failed = rows.filter((r) => r.failures.length > 0 || r.passed !== r.runs || r.dataLost > 0)
for (const r of failed) log(`FAILED ${r.scenario}:\n  ${r.failures.slice(0, 10).join('\n  ')}`)
const runs = rows.reduce((n, r) => n + r.runs, 0)
const passed = rows.reduce((n, r) => n + r.passed, 0)
log(`faults: ${passed} passed, ${runs - passed} failed`)
// What .ci/run sums into its closing line.
mkdirSync('test-results', { recursive: true })
writeFileSync('test-results/faults.json', JSON.stringify({ passed, failed: runs - passed + (rows.length === 0 || suiteThrew ? 1 : 0), skipped: 0 }))
if (failed.length || rows.length === 0) process.exitCode = 1
// Leftover sockets or timers from a failed step must not keep the process alive.
setTimeout(() => process.exit(), 200).unref()
