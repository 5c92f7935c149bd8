// Start-up with a damaged data file (promise 6): it is moved aside byte for byte, the organiser
// is told, the latest backup is offered and restores their data. A leftover temp file from a
// cut-off write is ignored. And one Subs at a time: a second process on the folder is refused.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createSubsCore } from '../../src/main/core/app'
import type { Snapshot } from '../../src/shared/views'
import { createTestPlatform } from '../helpers/test-platform'
import { spawnChild } from './children'
import { attempt, check, row, type Row } from './table'

const BIN = join(import.meta.dirname, '../../bin/subs.js')

const DAMAGE: [string, (good: string) => string][] = [
  ['truncated mid-write', (g) => g.slice(0, Math.floor(g.length / 2))],
  ['empty', () => ''],
  ['NUL-filled (power cut)', (g) => '\0'.repeat(g.length)],
  ['hand-broken JSON', (g) => g.replace('"players": [', '"players": [,,')],
  ['valid JSON, wrong shape', (g) => g.replace('"players": [', '"players": "Ash", "x": [')],
  ['from a newer Subs', (g) => g.replace(/"schemaVersion": \d+/, '"schemaVersion": 99')],
]

const YESTERDAY = new Date(Date.now() - 86_400_000)
const open = (file: string, now = new Date()) =>
  createSubsCore({ dataFile: file, platform: createTestPlatform(), background: false, log: () => {}, now: () => now })

export async function damagedFiles(): Promise<Row> {
  const r = row('damaged data file at start-up')
  let recovered = 0
  for (const [label, damage] of DAMAGE) {
    await attempt(r, label, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'subs-damaged-'))
      const file = join(dir, 'subs.json')
      try {
        // Yesterday's session; today's start-up backs up its result (one backup a day).
        const first = await open(file, YESTERDAY)
        const made = await first.invoke('players:create', { name: 'Ash Clarke' })
        check(made.ok, 'could not create a player')
        await first.close()
        await (await open(file)).close()
        const bad = damage(readFileSync(file, 'utf8'))
        check(bad !== readFileSync(file, 'utf8'), 'the damage changed nothing')
        writeFileSync(file, bad)
        writeFileSync(join(dir, '.subs.json.tmp'), '{"half a wri') // a write cut off by the same crash
        const core = await open(file)
        try {
          const snap = ((await core.invoke('app:snapshot', undefined)) as { ok: true; value: Snapshot }).value
          check(snap.recovery !== null, 'no recovery notice')
          check(/moved aside, not deleted/.test(snap.recovery.reason), `reason: ${snap.recovery.reason}`)
          check(readFileSync(snap.recovery.movedTo, 'utf8') === bad, 'the damaged file was not kept byte for byte')
          check(snap.recovery.backups.length >= 1, 'no backup offered')
          check(!existsSync(join(dir, '.subs.json.tmp')), 'the temp file was left behind')
          // Nothing is overwritten until the organiser decides.
          check(!existsSync(file) || readFileSync(file, 'utf8') !== bad, 'damaged file still in place')
          const restored = await core.invoke('app:restoreBackup', { name: snap.recovery.backups[0].name })
          check(restored.ok, `restore failed: ${!restored.ok && restored.error}`)
          // Once answered, the damaged copy is kept under its answered name (subs.damaged-…), byte for byte.
          const answered = snap.recovery.movedTo.replace('subs.unreadable-', 'subs.damaged-')
          check(readFileSync(answered, 'utf8') === bad, 'restoring overwrote the damaged copy')
          const after = ((await core.invoke('app:snapshot', undefined)) as { ok: true; value: Snapshot }).value
          check(after.recovery === null, 'recovery notice still shown after restoring')
          const back = after.players.some((p) => p.name === 'Ash Clarke')
          if (back) recovered++
          return back ? 0 : 1
        } finally {
          await core.close()
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
  r.figures = `${DAMAGE.map(([l]) => l).join(', ')}; ${recovered} restored from backup`
  return r
}

export async function secondInstance(): Promise<Row> {
  const r = row('second instance on the same folder')
  const exec = promisify(execFile)
  const cli = async (dir: string) =>
    exec(process.execPath, [BIN, '--data', dir, 'players'], { timeout: 30_000 }).then(
      (x) => ({ code: 0, err: x.stderr }),
      (e: { code?: number; stderr?: string }) => ({ code: e.code ?? -1, err: e.stderr ?? '' }),
    )
  const dir = mkdtempSync(join(tmpdir(), 'subs-two-'))
  const first = spawnChild(dir, 'hold', 1)
  try {
    await first.waitFor(/^loaded$/)
    first.go()
    await first.waitFor(/^open$/)
    await attempt(r, 'a second app process', async () => {
      const second = spawnChild(dir, 'hold', 2)
      try {
        await second.waitFor(/^loaded$/)
        second.go()
        const said = await second.waitFor(/^(E|open)/)
        check(said.startsWith('E locked Subs is already open'), `second process said: ${said}`)
        check((await second.exited).code === 3, 'second process kept running')
      } finally {
        await second.killHard()
      }
    })
    await attempt(r, 'the CLI while the app runs', async () => {
      const x = await cli(dir)
      check(x.code === 2 && /already open/.test(x.err), `CLI: exit ${x.code}, ${x.err.trim()}`)
    })
    await first.killHard()
    await attempt(r, 'the CLI after the app was killed (stale lock)', async () => {
      const x = await cli(dir)
      check(x.code === 0, `CLI after the kill: exit ${x.code}, ${x.err.trim()}`)
    })
  } finally {
    await first.killHard()
    rmSync(dir, { recursive: true, force: true })
  }
  r.figures = 'app + app, app + CLI, CLI after SIGKILL'
  return r
}
