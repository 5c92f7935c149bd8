// Crash safety (promise 6). A child syncs and edits through the real core; we SIGKILL it at
// random moments, reusing one data folder so state accumulates, and after every kill check:
// the file parses and migrates, every write the child reported as finished is there (nothing
// doubled), and Subs opens it again (taking over the dead child's lock).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createSubsCore } from '../../src/main/core/app'
import { migrate, type SubsData } from '../../src/main/core/store/schema'
import { openDataStore } from '../../src/main/core/store/data-store'
import { connectToSimulator } from '../../src/main/core/monzo/demo-bank'
import { startMonzoSimulator } from '../../src/main/core/monzo/simulator'
import { syncTransactions } from '../../src/main/core/sync/engine'
import { createTestPlatform } from '../helpers/test-platform'
import { spawnChild, type Child } from './children'
import { crashHistory } from './crash-seed'
import { ACCOUNT_ID } from './seed'
import { attempt, check, row, type Row } from './table'

interface Reported {
  players: Set<string>
  fixtures: Set<string>
  assigns: Map<string, string>
  notes: Map<string, number>
  cursor: string | null
  payments: number
  writes: number
}

function record(rep: Reported, line: string): void {
  const [tag, kind, a, b] = line.split(' ')
  if (tag !== 'W') return
  rep.writes++
  if (kind === 'player') rep.players.add(a)
  else if (kind === 'fixture') rep.fixtures.add(a)
  else if (kind === 'assign') rep.assigns.set(a, b)
  else if (kind === 'note') rep.notes.set(a, Math.max(rep.notes.get(a) ?? 0, Number(b)))
  else if (kind === 'sync') {
    if (a !== 'null' && (!rep.cursor || a > rep.cursor)) rep.cursor = a
    rep.payments = Math.max(rep.payments, Number(b))
  }
}

const doubles = (ids: string[]) => ids.length - new Set(ids).size

/** Everything reported as written that the file doesn't hold, plus anything doubled. */
function missing(d: SubsData, rep: Reported): string[] {
  const out: string[] = []
  const players = new Map(d.players.map((p) => [p.id, p]))
  const fixtures = new Set(d.fixtures.map((f) => f.id))
  const payments = new Map(d.payments.map((p) => [p.id, p]))
  for (const id of rep.players) if (!players.has(id)) out.push(`player ${id}`)
  for (const id of rep.fixtures) if (!fixtures.has(id)) out.push(`fixture ${id}`)
  for (const [pay, player] of rep.assigns) {
    const p = payments.get(pay)
    if (!p?.decided || !p.allocations.some((x) => x.playerId === player)) out.push(`assignment ${pay}`)
  }
  for (const [id, seq] of rep.notes) {
    const n = Number(/^seq (\d+)$/.exec(players.get(id)?.notes ?? '')?.[1] ?? -1)
    if (n < seq) out.push(`note ${id} (seq ${n} < ${seq})`)
  }
  if (rep.cursor && (!d.sync.cursor || d.sync.cursor < rep.cursor)) out.push(`cursor ${d.sync.cursor} < ${rep.cursor}`)
  if (d.payments.length < rep.payments) out.push(`payments ${d.payments.length} < ${rep.payments}`)
  for (const [what, ids] of [['payment', d.payments.map((p) => p.id)], ['player', d.players.map((p) => p.id)], ['fixture', d.fixtures.map((f) => f.id)]] as const) {
    for (let i = doubles([...ids]); i > 0; i--) out.push(`doubled ${what}`)
  }
  return out
}

/** Deterministic randomness, so a failing run can be repeated with its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function referencePaymentIds(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'subs-crash-ref-'))
  const sim = await startMonzoSimulator({ seed: crashHistory(), autoApproveInApp: true })
  const { client } = await connectToSimulator(sim)
  const store = await openDataStore({ file: join(dir, 'subs.json'), noLock: true })
  try {
    await syncTransactions({ pager: client, store, accountId: ACCOUNT_ID, now: () => new Date() })
    return store.data.payments.map((p) => p.id).sort()
  } finally {
    await client.close()
    await store.close()
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function killLoop(kills: number, seed: number, log: (s: string) => void): Promise<Row[]> {
  const r = row(`SIGKILL during syncs and edits`)
  const final = row('clean sync after all the kills')
  const dir = mkdtempSync(join(tmpdir(), 'subs-crash-'))
  const file = join(dir, 'subs.json')
  const random = rng(seed)
  const rep: Reported = { players: new Set(), fixtures: new Set(), assigns: new Map(), notes: new Map(), cursor: null, payments: 0, writes: 0 }
  const t = performance.now()
  let tempLeftovers = 0
  let staleLocks = 0
  let delays = 0
  let next: Child = spawnChild(dir, 'work', 0)
  try {
    for (let i = 0; i < kills; i++) {
      const child = next
      await child.waitFor(/^loaded$/)
      next = spawnChild(dir, 'work', i + 1) // loads while this one works
      const delay = Math.floor(random() * 700)
      delays += delay
      child.go()
      await sleep(delay)
      await child.killHard()
      for (const line of child.lines) record(rep, line)
      const said = child.lines.filter((l) => /^(E|L) /.test(l))
      await attempt(r, `kill ${i + 1} after ${delay} ms`, async () => {
        check(said.length === 0, `child reported: ${said.join(' / ')}`)
        if (!existsSync(file)) {
          check(rep.writes === 0, 'the data file vanished')
          return 0
        }
        if (existsSync(join(dir, '.subs.json.tmp'))) tempLeftovers++
        if (existsSync(join(dir, 'subs.lock'))) staleLocks++
        const data = migrate(JSON.parse(readFileSync(file, 'utf8'))).data
        const gone = missing(data, rep)
        if (gone.length) log(`crash: kill ${i + 1}: ${gone.slice(0, 5).join(', ')}`)
        // Subs starts on it: the dead child's lock is taken over and nothing needs recovering.
        const core = await createSubsCore({ dataFile: file, platform: createTestPlatform(), background: false, log: () => {} })
        try {
          check(core.store.recovery === null, `recovery after a crash: ${core.store.recovery?.reason}`)
        } finally {
          await core.close()
        }
        return gone.length
      })
      if ((i + 1) % 50 === 0) log(`crash: ${i + 1}/${kills} kills, ${rep.writes} reported writes, ${r.failures.length} failures`)
    }
    await next.killHard()

    await attempt(final, 'final sync', async () => {
      const child = spawnChild(dir, 'work', kills + 1)
      await child.waitFor(/^loaded$/)
      child.go()
      await child.waitFor(/^W sync /, 60_000)
      await child.killHard()
      const data = migrate(JSON.parse(readFileSync(file, 'utf8'))).data
      const want = await referencePaymentIds()
      const have = new Set(data.payments.map((p) => p.id))
      return want.filter((id) => !have.has(id)).length + doubles(data.payments.map((p) => p.id)) + Math.max(0, have.size - want.length)
    })
    const d = JSON.parse(readFileSync(file, 'utf8')) as SubsData
    r.figures = `${rep.writes} reported writes; ${tempLeftovers} temp-file and ${staleLocks} stale-lock leftovers; mean kill at ${Math.round(delays / kills)} ms; ${Math.round((performance.now() - t) / 1000)} s`
    final.figures = `${d.payments.length} payments, ${d.players.length} players, ${d.fixtures.length} fixtures in the file`
  } finally {
    await next.killHard()
    rmSync(dir, { recursive: true, force: true })
  }
  return [r, final]
}
