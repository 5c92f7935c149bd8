import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { SCHEMA_VERSION, migrate } from '../../src/main/core/store/schema'
import { DEFAULT_SETTINGS } from '../../src/shared/domain'
import { UserError } from '../../src/main/core/errors'

let dir: string
let file: string
const open: DataStore[] = []
async function openStore(now = () => new Date('2026-11-20T10:00:00Z')) {
  const s = await openDataStore({ file, now })
  open.push(s)
  return s
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'subs-store-'))
  file = join(dir, 'subs.json')
})
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('data store', () => {
  it('creates a fresh file at the current schema version on first run', async () => {
    const s = await openStore()
    expect(s.recovery).toBeNull()
    const onDisk = JSON.parse(readFileSync(file, 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.players).toEqual([])
  })

  it('persists updates and reads them back after reopening', async () => {
    const s = await openStore()
    await s.update((d) => {
      d.settings.defaultPricePence = 650
    })
    await s.close()
    open.length = 0
    const again = await openStore()
    expect(again.data.settings.defaultPricePence).toBe(650)
  })

  it('writes nothing when a change throws', async () => {
    const s = await openStore()
    const before = readFileSync(file, 'utf8')
    await expect(
      s.update((d) => {
        d.settings.defaultPricePence = 1
        throw new UserError('nope')
      }),
    ).rejects.toThrow('nope')
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(s.data.settings.defaultPricePence).toBe(500)
  })

  it('each update works on a fresh copy: data read before it is left as it was, a failed one leaves the next intact', async () => {
    const s = await openStore()
    const before = s.data
    let draft: unknown
    await s.update((d) => {
      draft = d
      d.settings.defaultPricePence = 650
      d.players.push({ id: 'p1', name: 'Ash', aliases: [], identities: [], reference: 'SUBS-ASH', active: true, notes: '', createdAt: '2026-11-20T10:00:00.000Z' })
    })
    expect(before.settings.defaultPricePence).toBe(500)
    expect(before.players).toEqual([])
    expect(s.data).toBe(draft)
    await expect(s.update((d) => {
      d.players[0].name = 'Changed'
      throw new UserError('nope')
    })).rejects.toThrow('nope')
    // The next draft comes from what was written, not from the half-changed one.
    await s.update((d) => {
      expect(d).not.toBe(draft)
      expect(d.players[0].name).toBe('Ash')
      d.settings.defaultKickoff = '20:00'
    })
    const onDisk = JSON.parse(readFileSync(file, 'utf8'))
    expect(onDisk.players[0].name).toBe('Ash')
    expect(onDisk.settings).toMatchObject({ defaultPricePence: 650, defaultKickoff: '20:00' })
    // bytesWritten counts exactly what went to disk.
    expect(s.bytesWritten).toBeGreaterThanOrEqual(readFileSync(file).length)
  })

  it('writes atomically: no temp file is left behind and a stale one is ignored', async () => {
    writeFileSync(join(dir, '.subs.json.tmp'), '{"half-written')
    const s = await openStore()
    await s.update((d) => void (d.demo = false))
    expect(existsSync(join(dir, '.subs.json.tmp'))).toBe(false)
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
  })

  const broken: [string, string][] = [
    ['empty', ''],
    ['whitespace only', '  \n '],
    ['NUL-filled', '\0'.repeat(512)],
    ['truncated', '{"schemaVersion":2,"players":[{"id":"p1","na'],
    ['hand-broken', '{ players: [], }'],
    ['wrong shape', '{"schemaVersion":2,"players":"lots"}'],
  ]
  for (const [label, content] of broken) {
    it(`moves a ${label} data file aside, never overwriting it, and offers backups`, async () => {
      mkdirSync(join(dir, 'backups'))
      writeFileSync(join(dir, 'backups', 'subs-2026-11-19.json'), JSON.stringify({ schemaVersion: 1, players: [], fixtures: [], payments: [] }))
      writeFileSync(file, content)
      const s = await openStore()
      expect(s.recovery).not.toBeNull()
      expect(s.recovery!.reason).toMatch(/moved aside/)
      // Said in plain words: an organiser doesn't need to know what JSON is.
      expect(s.recovery!.reason).not.toMatch(/JSON/i)
      expect(readFileSync(s.recovery!.movedTo, 'utf8')).toBe(content)
      expect(s.recovery!.backups.map((b) => b.name)).toContain('subs-2026-11-19.json')
      // When each backup was taken, to the minute, not only its day.
      expect(Number.isNaN(Date.parse(s.recovery!.backups[0]!.takenAt))).toBe(false)
      // Nothing was written over the broken file's old path until the organiser acts.
      expect(existsSync(file)).toBe(false)
      await s.restoreBackup('subs-2026-11-19.json')
      expect(s.recovery).toBeNull()
      expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    })
  }

  it('asks again after a restart until the organiser answers, then never again', async () => {
    writeFileSync(file, '{broken')
    const first = await openStore()
    const movedTo = first.recovery!.movedTo
    await first.close()
    open.length = 0
    const second = await openStore()
    expect(second.recovery?.movedTo).toBe(movedTo)
    expect(second.recovery?.reason).toMatch(/moved aside/)
    await second.dismissRecovery()
    expect(second.recovery).toBeNull()
    expect(existsSync(file)).toBe(true)
    await second.close()
    open.length = 0
    const third = await openStore()
    expect(third.recovery).toBeNull()
    // Answered, still kept: renamed so it isn't asked about again.
    const kept = readdirSync(dir).filter((n) => n.startsWith('subs.damaged-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{broken')
    expect(existsSync(movedTo)).toBe(false)
  })

  it('while a damaged file waits for an answer, no write replaces the backup it offers, even across restarts', async () => {
    // A good day: the organiser's data, backed up.
    const good = await openStore()
    await good.update((d) => void (d.settings.defaultPricePence = 777))
    await good.close()
    open.length = 0
    const backup = join(dir, 'backups', 'subs-2026-11-20.json')
    expect(JSON.parse(readFileSync(backup, 'utf8')).settings.defaultPricePence).toBe(777)
    // The file is damaged; Subs opens empty and the organiser carries on without answering.
    writeFileSync(file, '{"schemaVersion": 2, "players": [')
    const damaged = await openStore()
    expect(damaged.recovery?.backups.map((b) => b.name)).toEqual(['subs-2026-11-20.json'])
    await damaged.update((d) => void (d.settings.defaultPricePence = 1))
    expect(JSON.parse(readFileSync(backup, 'utf8')).settings.defaultPricePence).toBe(777)
    await damaged.close()
    open.length = 0
    // Next start: the file is readable now, but the question is still open and the backup intact.
    const again = await openStore()
    expect(again.recovery?.reason).toMatch(/moved aside/)
    expect(JSON.parse(readFileSync(backup, 'utf8')).settings.defaultPricePence).toBe(777)
    // Restoring brings the good data back, and keeps what was there so it can be undone.
    await again.restoreBackup('subs-2026-11-20.json')
    expect(again.recovery).toBeNull()
    expect(again.data.settings.defaultPricePence).toBe(777)
    const before = readdirSync(dir).filter((n) => n.startsWith('subs.before-restore-'))
    expect(before).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(dir, before[0]!), 'utf8')).settings.defaultPricePence).toBe(1)
    expect(readdirSync(dir).filter((n) => n.startsWith('subs.unreadable-'))).toEqual([])
  })

  it('refuses a file from a newer Subs by moving it aside rather than downgrading it', async () => {
    writeFileSync(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, players: [] }))
    const s = await openStore()
    expect(s.recovery?.reason).toMatch(/newer version of Subs/)
  })

  it('takes one backup a day and keeps the newest 14', async () => {
    let day = new Date('2026-11-01T12:00:00Z')
    for (let i = 0; i < 20; i++) {
      const s = await openDataStore({ file, now: () => day, keepBackups: 14 })
      await s.update((d) => void (d.settings.pollMinutes = 15 + i))
      await s.update((d) => void (d.settings.pollMinutes = 16 + i))
      await s.close()
      day = new Date(day.getTime() + 24 * 3600_000)
    }
    const names = readdirSync(join(dir, 'backups')).sort()
    expect(names).toHaveLength(14)
    expect(names[names.length - 1]).toBe('subs-2026-11-20.json')
    expect(names[0]).toBe('subs-2026-11-07.json')
    // Each day's backup is that day's last good state, not its first.
    const last = JSON.parse(readFileSync(join(dir, 'backups', 'subs-2026-11-20.json'), 'utf8'))
    expect(last.settings.pollMinutes).toBe(16 + 19)
  })

  it('refuses a second instance on the same data folder', async () => {
    await openStore()
    await expect(openDataStore({ file })).rejects.toThrow(/already open/)
  })

  it('takes over a lock left by a process that no longer exists', async () => {
    writeFileSync(join(dir, 'subs.lock'), '999999999')
    const s = await openStore()
    expect(s.data.schemaVersion).toBe(SCHEMA_VERSION)
  })

  it('serialises concurrent updates without losing any', async () => {
    const s = await openStore()
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        s.update((d) => {
          d.players.push({ id: `p${i}`, name: `P${i}`, aliases: [], identities: [], reference: `SUBS-P${i}`, active: true, notes: '', createdAt: '' })
        }),
      ),
    )
    expect(JSON.parse(readFileSync(file, 'utf8')).players).toHaveLength(25)
  })
})

describe('migrations', () => {
  it('brings a version 1 file up to date, converting local date/time to kickoffAt', () => {
    const { data, migratedFrom } = migrate({
      players: [],
      payments: [],
      fixtures: [
        {
          id: 'f1', date: '2026-07-01', time: '19:00', location: 'Hackney', pitchCostPence: 4500, pricePence: 500,
          minPlayers: 8, maxPlayers: 12, status: 'scheduled', roster: [], waiting: [], notes: '', createdAt: '2026-06-01T00:00:00Z',
        },
      ],
    })
    expect(migratedFrom).toBe(1)
    expect(data.schemaVersion).toBe(SCHEMA_VERSION)
    expect(data.settings.defaultMaxPlayers).toBe(12)
    expect(new Date(data.fixtures[0].kickoffAt).getHours()).toBe(19)
    expect(data.welcomed).toBe(true)
  })

  it('loads a version 2 file written before the "Couldn\'t read" list and payment annotations existed', () => {
    const payment = {
      id: 'tx_1', source: 'monzo', amountPence: 500, createdAt: '2026-10-07T18:00:00.000Z', settledAt: null, payerName: 'A', reference: 'r',
      identity: null, scheme: 'payport_faster_payments', status: 'unmatched', allocations: [], rule: null, candidates: [], explanation: '',
      decided: false, declined: false, updatedAt: '2026-10-07T18:00:00.000Z',
    }
    const { data, migratedFrom } = migrate({
      schemaVersion: 2, players: [], fixtures: [], payments: [payment], settings: DEFAULT_SETTINGS,
      sync: { accountId: null, cursor: null, lastSyncAt: null, lastError: null }, demo: false, welcomed: true,
    })
    expect(migratedFrom).toBeNull()
    expect(data.unreadable).toEqual([])
    expect(data.payments[0]!.annotation).toBeUndefined()
  })

  it('rewrites a migrated file on open', async () => {
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, players: [], fixtures: [], payments: [] }))
    const s = await openStore()
    expect(s.recovery).toBeNull()
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
  })
})
