// The CLI's promise: exit 0 done, 2 bad input with a message and nothing written, 1 only for
// the truly unexpected. fast-check throws hostile argv at run() in-process (fast), and a few
// real `bin/subs.js` processes check the same from the outside.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run'
import { HOSTILE_STRINGS, hostileString } from '../helpers/hostile'

const RUNS = 1500
const SAMPLES = join(import.meta.dirname, '../../../shared/monzo-samples')
const BIN = join(import.meta.dirname, '../../bin/subs.js')

let root: string
let dataDir: string
let files: string
const dataFile = () => join(dataDir, 'subs.json')
const bytes = () => readFileSync(dataFile())
let counts = { ok: 0, refused: 0 }

async function cli(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(['--data', dataDir, ...args], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'subs-fuzz-cli-'))
  dataDir = join(root, 'data')
  files = join(root, 'files')
  mkdirSync(files)
  mkdirSync(join(files, 'a-folder'))
  // Files an organiser might (wrongly) hand to `subs import`.
  const inputs: Record<string, string> = {
    'empty.json': '',
    'garbage.bin': '\u0000\u0001\u0002garbage',
    'brace.json': '{',
    'not-a-list.json': '{"transactions": 5}',
    'wrong-types.json': JSON.stringify({ transactions: [{ id: 5, amount: '500', currency: null, created: [] }] }),
    'huge-garbage.csv': `Transaction ID,Date\n${'x,'.repeat(200_000)}`,
    'html.json': '<html><body>Not JSON</body></html>',
    'statement-header-only.csv': 'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency\n',
  }
  for (const [name, text] of Object.entries(inputs)) writeFileSync(join(files, name), text)
  for (const [i, s] of HOSTILE_STRINGS.slice(0, 12).entries()) {
    const tx = { id: `tx_0000Hostile${i}`, account_id: 'acc_1', amount: 500, currency: 'GBP', created: '2026-10-01T18:00:00Z', settled: '', description: s, notes: s, metadata: { notes: s }, scheme: 'payport_faster_payments', counterparty: { name: s, sort_code: '040004', account_number: '12345678' } }
    writeFileSync(join(files, `hostile-${i}.json`), JSON.stringify({ transactions: [tx] }))
  }
  expect((await cli(['player', 'add', 'Ash Clarke', '--alias', 'ASHLEY CLARKE'])).code).toBe(0)
  expect((await cli(['player', 'add', 'Priya Raman'])).code).toBe(0)
  expect((await cli(['import', join(SAMPLES, 'transactions.json')])).code).toBe(0)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

// Tokens that would point the CLI at another data folder or write files elsewhere are left out:
// the fuzzer must only ever touch this test's own temp folder. --demo is left out for speed.
const safe = (s: string) => !/^-+(data|csv|demo)/.test(s)
const token = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom('--json', '--alias', '--player', '--date', '--time', '--location', '--pitch-cost', '--price', '--status', '-h', '-x', '--', '--unknown', '--json=1', '--price=-5', '--date=2026-02-30') },
  { weight: 1, arbitrary: fc.constantFrom('player', 'add', 'players', 'fixture', 'import', 'sync', 'payments', 'assign', 'owes', 'tx_0000AbC1fps0001', 'Ash Clarke') },
  { weight: 1, arbitrary: fc.constantFrom('fixtures', 'demo', 'split', 'ignore', 'undo', 'cash', 'Ash Clarke=5', 'Priya Raman=2.50', '=', 'x=') },
).filter(safe)

const money = fc.oneof(fc.constantFrom('5', '4.50', '0', '-5', '5.555', '£5', '1e3', 'NaN', 'Infinity', '99999999', '', ' 5 '), hostileString)
const fixtureArgs = fc
  .record(
    {
      '--date': fc.oneof(fc.constantFrom('2026-11-25', '2026-02-30', '25/11/2026', ''), hostileString),
      '--time': fc.oneof(fc.constantFrom('19:00', '25:00', '7pm'), hostileString),
      '--location': hostileString,
      '--pitch-cost': money,
      '--price': money,
      '--status': fc.oneof(fc.constantFrom('scheduled', 'played', 'cancelled', 'deleted'), hostileString),
      '--player': fc.oneof(fc.constantFrom('Ash Clarke', 'Nobody'), hostileString),
    },
    { requiredKeys: [] },
  )
  .map((o) => ['fixture', 'add', ...Object.entries(o).flatMap(([k, v]) => [k, v])])
const importFile = fc.oneof(
  fc.constantFrom(...Object.keys({ 'empty.json': 1, 'garbage.bin': 1, 'brace.json': 1, 'not-a-list.json': 1, 'wrong-types.json': 1, 'huge-garbage.csv': 1, 'html.json': 1, 'statement-header-only.csv': 1, 'a-folder': 1, 'missing.json': 1 })),
  fc.integer({ min: 0, max: 11 }).map((i) => `hostile-${i}.json`),
)
const csvTarget = fc.constantFrom('owes.csv', 'a-folder', 'no-such-dir/owes.csv', '=cmd.csv', '\u202Eowes.csv')

const argv: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(hostileString, fc.array(fc.tuple(fc.constant('--alias'), hostileString), { maxLength: 3 })).map(([n, al]) => ['player', 'add', n, ...al.flat()]),
  fc.array(token, { maxLength: 4 }).map((t) => ['player', 'add', ...t]),
  fixtureArgs,
  importFile.map((f) => ['import', join(files, f)]),
  fc.array(hostileString, { maxLength: 3 }).map((t) => ['import', ...t].filter(safe)),
  fc.tuple(fc.oneof(fc.constantFrom('tx_0000AbC1fps0001', 'tx_nope'), hostileString), fc.array(hostileString, { maxLength: 3 })).map(([tx, n]) => ['payments', 'assign', tx, ...n].filter(safe)),
  fc.tuple(fc.constantFrom([], ['--json']), csvTarget).map(([j, f]) => ['owes', ...j, '--csv', join(files, f)]),
  fc.array(token, { minLength: 0, maxLength: 6 }),
  // The decisions: split, ignore, undo (on real, unknown and hostile ids) and cash by hand.
  fc
    .tuple(fc.oneof(fc.constantFrom('tx_0000AbC1fps0001', 'tx_0000AbC1p2p0003', 'tx_nope'), hostileString), fc.array(fc.tuple(fc.oneof(fc.constantFrom('Ash Clarke', 'Priya Raman', 'Nobody'), hostileString), money), { maxLength: 3 }))
    .map(([tx, parts]) => ['payments', 'split', tx, ...parts.map(([n, m]) => `${n}=${m}`)].filter(safe)),
  fc.tuple(fc.constantFrom('ignore', 'undo'), fc.oneof(fc.constantFrom('tx_0000AbC1fps0001', 'tx_0000AbC1p2p0003', 'tx_nope'), hostileString)).map(([c, tx]) => ['payments', c, tx].filter(safe)),
  fc
    .tuple(fc.oneof(fc.constantFrom('Ash Clarke', 'Nobody'), hostileString), money, fc.option(fc.oneof(fc.constantFrom('2026-11-25', '2026-02-30', '25/11/2026'), hostileString), { nil: undefined }))
    .map(([n, m, date]) => ['cash', 'add', n, m, ...(date === undefined ? [] : ['--date', date])].filter(safe)),
  fc.tuple(fc.constantFrom([], ['--json']), fc.array(token, { maxLength: 2 })).map(([j, t]) => ['fixtures', ...j, ...t]),
)

describe('CLI fuzz', () => {
  it(`${RUNS} hostile command lines: exit 0, or exit 2 with a message and the data untouched — never 1`, async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const before = bytes()
        const r = await cli(args)
        const where = `${JSON.stringify(args).slice(0, 300)} → ${r.code}: ${r.err.slice(0, 300)}`
        expect([0, 2], where).toContain(r.code)
        expect(r.err, where).not.toMatch(/failed unexpectedly|\n\s+at |\[object /)
        // The single-instance lock is released whatever happened.
        expect(existsSync(join(dataDir, 'subs.lock')), where).toBe(false)
        if (r.code === 2) {
          counts.refused++
          expect(r.err.trim().length, where).toBeGreaterThan(5)
          expect(bytes().equals(before), `data changed on exit 2: ${where}`).toBe(true)
        } else counts.ok++
        JSON.parse(bytes().toString('utf8'))
      }),
      { numRuns: RUNS },
    )
    // Both outcomes were exercised, so the property is not vacuous.
    expect(counts.refused).toBeGreaterThan(RUNS / 4)
    expect(counts.ok).toBeGreaterThan(10)
    console.info(`CLI fuzz: ${RUNS} runs, ${counts.ok} exit 0, ${counts.refused} exit 2, 0 exit 1`)
  })

  it('the data file still opens and lists after the fuzzing', async () => {
    const r = await cli(['players', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).map((p: { name: string }) => p.name)).toContain('Ash Clarke')
  })
})

describe('CLI as a real process', () => {
  const exec = promisify(execFile)
  async function spawnCli(args: string[]) {
    try {
      const r = await exec(process.execPath, [BIN, '--data', dataDir, ...args], { timeout: 20_000 })
      return { code: 0, err: r.stderr }
    } catch (e) {
      const x = e as { code?: number; stderr?: string }
      return { code: x.code ?? -1, err: x.stderr ?? '' }
    }
  }

  it('refuses bad input with exit 2 and a message, and writes nothing', async () => {
    const before = bytes()
    const cases = [
      ['--bogus'],
      ['player', 'add', 'x'.repeat(10_000)],
      ['fixture', 'add', '--date', '2026-02-30', '--time', '19:00', '--pitch-cost', '=1+1', '--price', '5'],
      ['import', join(files, 'wrong-types.json')],
    ]
    const results = await Promise.all(cases.map((c) => spawnCli(c)))
    for (const [i, r] of results.entries()) {
      expect(r.code, JSON.stringify(cases[i]).slice(0, 80)).toBe(2)
      expect(r.err.trim().length).toBeGreaterThan(5)
      expect(r.err).not.toMatch(/\n\s+at |failed unexpectedly/)
    }
    expect(bytes().equals(before)).toBe(true)
  })
})
