// npm run bench:cli — how long `subs` takes to start, as an organiser runs it. Prints figures;
// asserts nothing (speed targets are measured, never timed tests). Builds the CLI first.
//   npx subs --help          what the README shows
//   node bin/subs.js --help  the same without npm's own start-up
//   subs players             a real command: opens the data file through the core
//   npx (a one-line bin)     npm's own cost for `npx <bin>` on this machine, for comparison
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { buildCli } from './build-cli.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.RUNS ?? 15)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function measure(label, cmd, args, cwd = ROOT) {
  const once = () => {
    const t = performance.now()
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' })
    const ms = performance.now() - t
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr}`)
    return ms
  }
  once() // warm the disk cache and Node's compile cache, as every run after the first would be
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  console.log(`  ${label.padEnd(34)} median ${median.toFixed(0).padStart(4)} ms   min ${times[0].toFixed(0).padStart(4)} ms`)
  return { median: Math.round(median), min: Math.round(times[0]) }
}

await buildCli()
const data = mkdtempSync(join(tmpdir(), 'subs-startup-'))
const trivial = mkdtempSync(join(tmpdir(), 'npx-trivial-'))
writeFileSync(join(trivial, 'package.json'), JSON.stringify({ name: 'npx-trivial', version: '1.0.0', bin: { 'npx-trivial': './bin.js' } }))
writeFileSync(join(trivial, 'bin.js'), '#!/usr/bin/env node\n', { mode: 0o755 })
try {
  console.log(`subs CLI start-up, ${RUNS} runs each (node ${process.version})`)
  const results = {
    npxHelp: measure('npx subs --help', npx, ['subs', '--help']),
    nodeHelp: measure('node bin/subs.js --help', process.execPath, ['bin/subs.js', '--help']),
    players: measure('node bin/subs.js players', process.execPath, ['bin/subs.js', '--data', data, 'players']),
    npxFloor: measure('npx with a one-line bin (npm alone)', npx, ['npx-trivial'], trivial),
  }
  const npmShare = results.npxHelp.median - results.nodeHelp.median
  console.log(`  → of \`npx subs --help\`, subs itself takes ${results.nodeHelp.median} ms; the other ${npmShare} ms are npm's npx`)
  console.log(`    (npx alone takes ${results.npxFloor.median} ms for a one-line bin in an empty folder, more inside a project with node_modules)`)
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
} finally {
  rmSync(data, { recursive: true, force: true })
  rmSync(trivial, { recursive: true, force: true })
}
