// Sums every suite CI ran into the one closing line CI counts: "N passed, N failed, N skipped".
// Each suite leaves its counts in test-results/: vitest and Playwright through their JSON
// reporters, the boot check and the fault suite as {passed, failed, skipped}. A step that
// failed before it could report (install, typecheck, a crashed runner) counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

const dir = 'test-results'
const read = (f) => (existsSync(`${dir}/${f}`) ? JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) : null)
const rows = []

const unit = read('vitest.json')
// A test file that failed to run at all (an import error) has no failed tests of its own: count it once.
const brokenFiles = (unit?.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length
if (unit) rows.push(['unit', unit.numPassedTests, unit.numFailedTests + brokenFiles, unit.numPendingTests + unit.numTodoTests])
const e2e = read('playwright.json')
if (e2e) rows.push(['e2e', e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected + (e2e.errors?.length ?? 0), e2e.stats.skipped])
for (const [name, file] of [['boot check', 'boot.json'], ['faults', 'faults.json']]) {
  const r = read(file)
  if (r) rows.push([name, r.passed, r.failed, r.skipped ?? 0])
}
for (const step of process.argv.slice(2)) rows.push([`${step} (did not finish)`, 0, 1, 0])

for (const [name, p, f, s] of rows) console.log(`ci: ${name}: ${p} passed, ${f} failed, ${s} skipped`)
const sum = (i) => rows.reduce((n, r) => n + r[i], 0)
console.log(`${sum(1)} passed, ${sum(2)} failed, ${sum(3)} skipped`)
process.exitCode = sum(2) > 0 || rows.length === 0 ? 1 : 0
