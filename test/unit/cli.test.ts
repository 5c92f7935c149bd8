import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { run } from '../../src/cli/run'

const samples = join(import.meta.dirname, '../../../shared/monzo-samples')
let dir: string

async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(['--data', dir, ...args], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const json = async (...args: string[]) => JSON.parse((await cli(...args)).out)
const dataFile = () => readFileSync(join(dir, 'subs.json'), 'utf8')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'subs-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function squad() {
  await cli('player', 'add', 'Jonathan Okafor')
  await cli('player', 'add', 'Priya Raman')
  await cli('player', 'add', 'Luke Morrison', '--alias', 'L MORRISON')
  await cli('player', 'add', 'Zoë Adebayo')
}

describe('subs CLI', () => {
  it('adds players with aliases and lists them as JSON', async () => {
    await squad()
    const players = await json('players', '--json')
    expect(players.map((p: { name: string }) => p.name)).toEqual(['Jonathan Okafor', 'Priya Raman', 'Luke Morrison', 'Zoë Adebayo'])
    expect(Object.keys(players[0]).sort()).toEqual(['aliases', 'id', 'name', 'reference'])
    expect(players[2].aliases).toEqual(['L MORRISON'])
    for (const p of players) expect(p.reference).toMatch(/^SUBS-/)
  })

  it('adds fixtures in pounds, charges rostered players, and skips cancelled fixtures', async () => {
    await squad()
    const base = ['fixture', 'add', '--time', '19:00', '--location', 'Powerleague', '--pitch-cost', '45', '--price', '5']
    expect((await cli(...base, '--date', '2026-10-07', '--status', 'played', '--player', 'Jonathan Okafor', '--player', 'Priya Raman')).code).toBe(0)
    expect((await cli(...base, '--date', '2026-10-14', '--status', 'cancelled', '--player', 'Jonathan Okafor')).code).toBe(0)
    expect((await cli(...base.slice(0, -1), '4.50', '--date', '2026-10-21', '--player', 'Priya Raman')).code).toBe(0)
    const owes = await json('owes', '--json')
    const by = Object.fromEntries(owes.map((r: { player: string }) => [r.player, r]))
    expect(by['Jonathan Okafor']).toEqual({ player: 'Jonathan Okafor', chargedPence: 500, paidPence: 0, owesPence: 500, dueNextPence: 0 })
    expect(by['Priya Raman']).toEqual({ player: 'Priya Raman', chargedPence: 950, paidPence: 0, owesPence: 950, dueNextPence: 0 })
    expect(by['Zoë Adebayo'].chargedPence).toBe(0)
  })

  it('owes --json counts only games played as charged, and games to come as due next (the default)', async () => {
    await squad()
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
    const base = ['fixture', 'add', '--time', '19:00', '--location', 'Powerleague', '--pitch-cost', '45', '--price', '5', '--player', 'Priya Raman']
    await cli(...base, '--date', day(-9))
    await cli(...base, '--date', day(-2), '--status', 'played')
    await cli(...base, '--date', day(5))
    await cli(...base, '--date', day(12), '--status', 'played') // marked played early: charged
    await cli(...base, '--date', day(19), '--status', 'cancelled')
    const priya = (await json('owes', '--json')).find((r: { player: string }) => r.player === 'Priya Raman')
    expect(priya).toEqual({ player: 'Priya Raman', chargedPence: 1500, paidPence: 0, owesPence: 1500, dueNextPence: 500 })
  })

  it('imports a /transactions body, matches and explains, and assigns by name', async () => {
    await squad()
    await cli('fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5', '--status', 'played',
      '--player', 'Jonathan Okafor', '--player', 'Priya Raman', '--player', 'Luke Morrison')
    expect((await cli('import', join(samples, 'transactions.json'))).code).toBe(0)
    const payments = await json('payments', '--json')
    expect(payments.map((p: { txId: string }) => p.txId)).toEqual(['tx_0000AbC1fps0001', 'tx_0000AbC1p2p0002', 'tx_0000AbC1p2p0003', 'tx_0000AbC1fps0004'])
    const byId = Object.fromEntries(payments.map((p: { txId: string }) => [p.txId, p]))
    expect(byId.tx_0000AbC1p2p0002).toMatchObject({ status: 'matched', playerName: 'Priya Raman', rule: 'name', amountPence: 500, payer: 'Priya Raman' })
    expect(byId.tx_0000AbC1fps0004).toMatchObject({ status: 'matched', playerName: 'Luke Morrison', rule: 'name' })
    expect(byId.tx_0000AbC1p2p0003.status).not.toBe('matched')
    expect((await cli('payments', 'assign', 'tx_0000AbC1p2p0003', 'Jonathan Okafor')).code).toBe(0)
    const after = (await json('payments', '--json')).find((p: { txId: string }) => p.txId === 'tx_0000AbC1p2p0003')
    expect(after).toMatchObject({ status: 'matched', playerName: 'Jonathan Okafor', rule: 'manual' })
    const owes = await json('owes', '--json')
    expect(owes.find((r: { player: string }) => r.player === 'Jonathan Okafor')).toMatchObject({ paidPence: 1500, owesPence: -1000 })
  })

  it('imports the same file twice without doubling, and a CSV statement too', async () => {
    await squad()
    await cli('import', join(samples, 'transactions.json'))
    await cli('import', join(samples, 'transactions.json'))
    expect(await json('payments', '--json')).toHaveLength(4)
    await cli('import', join(samples, 'statement-export.csv'))
    const payments = await json('payments', '--json')
    expect(payments).toHaveLength(4) // the CSV's three credits are the same transactions; the pot transfer is dropped
  })

  it('writes the owes CSV with numbers in pounds', async () => {
    await squad()
    await cli('fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5.50', '--player', '=HYPERLINK("x")')
      .then((r) => expect(r.code).toBe(2))
    await cli('player', 'add', '=HYPERLINK("http://evil")')
    await cli('fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5.50', '--player', '=HYPERLINK("http://evil")')
    const file = join(dir, 'owes.csv')
    expect((await cli('owes', '--csv', file)).code).toBe(0)
    const rows = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    const evil = rows.find((r) => r.player.includes('HYPERLINK'))!
    expect(evil.player.startsWith("'=")).toBe(true)
    expect(evil.owes).toBe('5.5')
  })

  const badCases: [string, string[], RegExp][] = [
    ['unknown player in a fixture', ['fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5', '--player', 'Nobody'], /no player called "Nobody"/],
    ['a bad date', ['fixture', 'add', '--date', '2026-02-30', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5'], /isn't a real date/],
    ['a malformed date', ['fixture', 'add', '--date', '07/10/2026', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5'], /Date must be a date like/],
    ['a bad price', ['fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', 'five'], /--price must be an amount in pounds/],
    ['a bad status', ['fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5', '--status', 'maybe'], /--status must be/],
    ['a missing file', ['import', '/nonexistent/file.json'], /Can't read/],
    ['assigning to an unknown player', ['payments', 'assign', 'tx_1', 'Nobody'], /no player called/],
    ['an unknown option', ['players', '--frobnicate'], /Unknown option/],
    ['an unknown command', ['launch'], /Unknown command/],
    ['an empty name', ['player', 'add', '  '], /Name is required/],
  ]
  for (const [label, args, msg] of badCases) {
    it(`rejects ${label} with exit code 2 and leaves the data untouched`, async () => {
      await squad()
      const before = dataFile()
      const r = await cli(...args)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(msg)
      expect(dataFile()).toBe(before)
    })
  }

  it('rejects a malformed import file with exit code 2 and changes nothing', async () => {
    await squad()
    const before = dataFile()
    for (const content of ['{"transactions": [{"id": 5}]}', '{not json', 'just,some,csv\n1,2,3']) {
      const f = join(dir, 'bad.txt')
      writeFileSync(f, content)
      const r = await cli('import', f)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/Nothing was imported/)
    }
    expect(dataFile()).toBe(before)
  })

  it('syncs from the built-in demo bank', async () => {
    await cli('player', 'add', 'Priya Raman')
    const r = await cli('sync', '--demo')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Synced \d+ pages? from the demo bank/)
    const payments = await json('payments', '--json')
    expect(payments.length).toBeGreaterThan(50)
    expect(payments.some((p: { playerName: string | null }) => p.playerName === 'Priya Raman')).toBe(true)
    for (const p of payments) expect(['matched', 'suggested', 'unmatched', 'ignored']).toContain(p.status)
  })

  it('the subs bin runs as a real process with the right exit codes', async () => {
    const exec = promisify(execFile)
    const bin = join(import.meta.dirname, '../../bin/subs.js')
    const ok = await exec(process.execPath, [bin, '--data', dir, 'player', 'add', 'Omar Al-Hassan'])
    expect(ok.stdout).toMatch(/Added Omar Al-Hassan \(reference SUBS-/)
    const bad = await exec(process.execPath, [bin, '--data', dir, 'payments', 'assign', 'tx_x', 'Nobody']).catch((e) => e)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/no player called "Nobody"/)
  })
})
