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

  it('subs demo sets up the sample club on an empty Subs and syncs it, so payments are matched', async () => {
    const r = await cli('demo')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/Set up the demo club: 12 players, 14 fixtures/)
    const payments = await json('payments', '--json')
    expect(payments).toHaveLength(110)
    const matched = payments.filter((p: { status: string }) => p.status === 'matched')
    // The same players the demo bank's payers are, so nearly everything matches (the app's demo).
    expect(matched.length).toBeGreaterThanOrEqual(100)
    const fixtures = await json('fixtures', '--json')
    expect(fixtures).toHaveLength(14)
    expect(fixtures.filter((f: { status: string }) => f.status === 'cancelled')).toHaveLength(1)
    const played = fixtures.find((f: { status: string; players: unknown[] }) => f.status === 'played' && f.players.length === 10)
    expect(played.players[0]).toEqual({ name: expect.any(String), paid: expect.stringMatching(/^(paid|part-paid|unpaid)$/) })
    // Again on the demo club: synced again, nothing doubled.
    const again = await cli('demo')
    expect(again.code, again.err).toBe(0)
    expect(again.out).toMatch(/already the demo club: 12 players, 14 fixtures/)
    expect(await json('payments', '--json')).toHaveLength(110)
  })

  it('subs demo never mixes the sample club with your own players: refused, nothing written', async () => {
    await squad()
    const before = dataFile()
    const r = await cli('demo')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/only starts on an empty Subs/)
    expect(dataFile()).toBe(before)
  })

  it('lists fixtures as JSON with squads, waiting lists and who has paid', async () => {
    await squad()
    await cli('fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'Powerleague', '--pitch-cost', '45', '--price', '5', '--status', 'played',
      '--player', 'Jonathan Okafor', '--player', 'Priya Raman')
    await cli('import', join(samples, 'transactions.json'))
    const [f] = await json('fixtures', '--json')
    expect(f).toMatchObject({
      date: '2026-10-07', time: '19:00', location: 'Powerleague', status: 'played', pitchCostPence: 4500, pricePence: 500,
      minPlayers: 8, maxPlayers: 12, waiting: [],
      players: [{ name: 'Jonathan Okafor', paid: expect.any(String) }, { name: 'Priya Raman', paid: 'paid' }],
    })
    expect((await cli('fixtures')).out).toMatch(/^2026-10-07 19:00 {2}played/)
  })

  it('splits, ignores and undoes payments, and records cash, by name and in pounds', async () => {
    await squad()
    await cli('fixture', 'add', '--date', '2026-10-07', '--time', '19:00', '--location', 'x', '--pitch-cost', '45', '--price', '5', '--status', 'played',
      '--player', 'Jonathan Okafor', '--player', 'Priya Raman', '--player', 'Zoë Adebayo')
    await cli('import', join(samples, 'transactions.json'))
    const tx = 'tx_0000AbC1p2p0003' // £10 from a joint account
    const split = await cli('payments', 'split', tx, 'Jonathan Okafor=5', 'Zoë', 'Adebayo=5.00')
    expect(split.code, split.err).toBe(0)
    expect(split.out).toBe(`Split ${tx}: Jonathan Okafor £5.00, Zoë Adebayo £5.00.`)
    const owes = async () => Object.fromEntries((await json('owes', '--json')).map((r: { player: string; paidPence: number }) => [r.player, r.paidPence]))
    expect(await owes()).toMatchObject({ 'Jonathan Okafor': 1000, 'Zoë Adebayo': 500 })

    expect((await cli('payments', 'undo', tx)).out).toMatch(/back in the inbox|matched to/)
    expect((await json('payments', '--json')).find((p: { txId: string }) => p.txId === tx).rule).not.toBe('split')

    expect((await cli('payments', 'ignore', tx)).code).toBe(0)
    expect((await json('payments', '--json')).find((p: { txId: string }) => p.txId === tx).status).toBe('ignored')

    const cash = await cli('cash', 'add', 'Zoë Adebayo', '4.50', '--date', '2026-10-08')
    expect(cash.code, cash.err).toBe(0)
    expect(cash.out).toBe('Recorded £4.50 cash from Zoë Adebayo on 2026-10-08.')
    const recorded = (await json('payments', '--json')).find((p: { rule: string }) => p.rule === 'cash')
    expect(recorded).toMatchObject({ amountPence: 450, status: 'matched', playerName: 'Zoë Adebayo' })
    expect(await owes()).toMatchObject({ 'Zoë Adebayo': 450 })
    // Without --date it is today's.
    expect((await cli('cash', 'add', 'Priya', 'Raman', '5')).out).toMatch(/^Recorded £5.00 cash from Priya Raman on \d{4}-\d{2}-\d{2}\.$/)
  })

  const badDecisions: [string, string[], RegExp][] = [
    ['a split that does not add up', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Jonathan Okafor=5', 'Priya Raman=4'], /adds up to £9.00 but the payment is £10.00/],
    ['a split with one part', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Jonathan Okafor=10'], /at least two/],
    ['a split part without an amount', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Jonathan Okafor=5', 'Priya Raman'], /NAME=POUNDS/],
    ['a split with a bad amount', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Jonathan Okafor=five', 'Priya Raman=5'], /must be an amount in pounds/],
    ['a split naming the same player twice', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Priya Raman=5', 'Priya Raman=5'], /only once/],
    ['a split to an unknown player', ['payments', 'split', 'tx_0000AbC1p2p0003', 'Nobody=5', 'Priya Raman=5'], /no player called "Nobody"/],
    ['a split of an unknown payment', ['payments', 'split', 'tx_nope', 'Jonathan Okafor=5', 'Priya Raman=5'], /no payment with id tx_nope/],
    ['ignoring an unknown payment', ['payments', 'ignore', 'tx_nope'], /no payment with id tx_nope/],
    ['undoing an unknown payment', ['payments', 'undo', 'tx_nope'], /no payment with id tx_nope/],
    ['ignore with extra words', ['payments', 'ignore', 'tx_0000AbC1p2p0003', 'please'], /Unknown command/],
    ['cash for an unknown player', ['cash', 'add', 'Nobody', '5'], /no player called "Nobody"/],
    ['cash with a bad amount', ['cash', 'add', 'Priya Raman', '5.555'], /must be in pounds/],
    ['cash of nothing', ['cash', 'add', 'Priya Raman', '0'], /must be in pounds/],
    ['cash with a bad date', ['cash', 'add', 'Priya Raman', '5', '--date', '2026-02-30'], /not valid|isn't a real date/],
    ['cash with no amount', ['cash', 'add', 'Priya'], /Unknown command/],
  ]
  for (const [label, args, msg] of badDecisions) {
    it(`rejects ${label} with exit code 2 and leaves the data untouched`, async () => {
      await squad()
      await cli('import', join(samples, 'transactions.json'))
      const before = dataFile()
      const r = await cli(...args)
      expect(r.code, r.err).toBe(2)
      expect(r.err).toMatch(msg)
      expect(dataFile()).toBe(before)
    })
  }

  it('runs built JavaScript: no tsx at run time, and help without the core', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'))
    expect(pkg.dependencies.tsx).toBeUndefined()
    expect(readFileSync(join(import.meta.dirname, '../../bin/subs.js'), 'utf8')).not.toMatch(/tsx|\.ts['"]/)
    const exec = promisify(execFile)
    const help = await exec(process.execPath, [join(import.meta.dirname, '../../bin/subs.js'), '--help'])
    expect(help.stdout).toMatch(/payments split TXID NAME=POUNDS/)
    expect(help.stdout).toMatch(/cash add PLAYER_NAME POUNDS \[--date YYYY-MM-DD\]/)
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

describe('subs CLI: safety around real data', () => {
  it('a damaged data file stops every command with exit 3 and the facts, until restore-backup or start-fresh', async () => {
    await squad()
    writeFileSync(join(dir, 'subs.json'), '{"schemaVersion": 2, "players": [')
    const players = await cli('players')
    expect(players.code).toBe(3)
    expect(players.out).toBe('')
    expect(players.err).toMatch(/couldn't read its data file.*\n.*kept at .*subs\.unreadable-/)
    expect(players.err).toMatch(/subs restore-backup NAME.*newest: subs-\d{4}-\d{2}-\d{2}\.json/)
    // Nothing was written meanwhile: a second command says the same, and adding is refused too.
    const add = await cli('player', 'add', 'New Person')
    expect(add.code).toBe(3)
    const list = await cli('backups')
    expect(list.code).toBe(0)
    const newest = list.out.split(/\s+/)[0]!
    const restored = await cli('restore-backup', newest)
    expect(restored.code).toBe(0)
    expect((await json('players', '--json')).map((p: { name: string }) => p.name)).toEqual(['Jonathan Okafor', 'Priya Raman', 'Luke Morrison', 'Zoë Adebayo'])
  })

  it('start-fresh answers the damaged file with an empty one, keeping the damaged copy', async () => {
    await squad()
    writeFileSync(join(dir, 'subs.json'), 'not json')
    expect((await cli('start-fresh')).code).toBe(0)
    expect(await json('players', '--json')).toEqual([])
    expect((await cli('start-fresh')).code).toBe(2)
  })

  it('sync --demo is refused on a folder holding real payments, and changes nothing', async () => {
    await squad()
    expect((await cli('import', join(samples, 'statement-export.csv'))).code).toBe(0)
    const before = dataFile()
    const r = await cli('sync', '--demo')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/holds real payments/)
    expect(dataFile()).toBe(before)
  })

  it('payments assign remembers nothing unless asked, and says what it remembered', async () => {
    await squad()
    await cli('import', join(samples, 'transactions.json'))
    const inbox = (await json('payments', '--json')).filter((p: { status: string }) => p.status !== 'matched')
    expect(inbox.length).toBeGreaterThan(0)
    const tx = inbox[0].txId as string
    const once = await cli('payments', 'assign', tx, 'Priya Raman')
    expect(once.out).toMatch(/just this once \(nothing remembered\)/)
    const priya = (await json('players', '--json')).find((p: { name: string }) => p.name === 'Priya Raman')
    const stored = JSON.parse(dataFile()).players.find((p: { id: string }) => p.id === priya.id)
    expect(stored.identities).toEqual([])
    expect(stored.payers ?? []).toEqual([])
    const wrong = await cli('payments', 'assign', tx, 'Priya Raman', '--remember', 'forever')
    expect(wrong.code).toBe(2)
  })
})
