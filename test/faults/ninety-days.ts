// The 90-day rule through the whole app: approval in the Monzo app takes longer than five
// minutes, so the first sync only gets 90 days and says "unless you reconnect". Reconnecting
// (the app's own Connect) must then fetch the older payments: none missing, none doubled.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createSubsCore } from '../../src/main/core/app'
import { startMonzoSimulator } from '../../src/main/core/monzo/simulator'
import type { Snapshot } from '../../src/shared/views'
import { createTestPlatform } from '../helpers/test-platform'
import { clockAt } from './network-env'
import { addSquad, DAY, fingerprint, history, lost, squad } from './seed'
import { attempt, check, row, type Row } from './table'
import { freePort } from '../helpers/free-port'


async function until(pred: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export async function ninetyDaysThroughTheApp(referenceFingerprint: string[], seedStart: number): Promise<Row> {
  const r = row('90-day sync, then Reconnect in the app')
  const t = performance.now()
  const clock = clockAt(seedStart)
  const seed = history(seedStart)
  const dir = mkdtempSync(join(tmpdir(), 'subs-90d-'))
  const sim = await startMonzoSimulator({ seed, now: clock.now })
  const core = await createSubsCore({
    dataFile: join(dir, 'subs.json'),
    platform: createTestPlatform(() => sim),
    background: false,
    now: () => new Date(clock.now()),
    monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl, approvalPollMs: 10 },
    log: () => {},
  })
  const snap = async () => ((await core.invoke('app:snapshot', undefined)) as { ok: true; value: Snapshot }).value
  const syncedAfter = (before: string | null) => async () => {
    const s = await snap()
    return s.sync.lastSyncAt !== before && s.sync.lastSyncAt !== null && !s.sync.running
  }
  let firstCount = 0
  try {
    await core.store.update((d) => addSquad(d, squad(), new Date(clock.now())))
    await attempt(r, 'connect, approve late, reconnect', async () => {
      const configured = await core.invoke('monzo:configure', { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, port: await freePort() })
      check(configured.ok, 'configure failed')
      await core.invoke('monzo:connect', undefined)
      await until(async () => (await snap()).monzo.state === 'needs_approval', 'waiting for approval')
      clock.advance(10 * 60_000) // the organiser finds the Monzo notification ten minutes later
      sim.approveInApp()
      await until(syncedAfter(null), 'the first sync')
      const first = await snap()
      firstCount = first.payments.length
      check(/only shares the last 90 days unless you reconnect/.test(first.sync.message ?? ''), `message: ${first.sync.message}`)
      const floor = clock.now() - 89 * DAY
      check(first.payments.every((p) => Date.parse(p.createdAt) >= floor), 'payments older than 90 days arrived')
      clock.advance(1_000) // so the next sync's time differs from the first's
      await core.invoke('monzo:connect', undefined) // Reconnect
      await until(async () => (await snap()).monzo.state === 'needs_approval', 'waiting for approval again')
      sim.approveInApp() // promptly this time
      await until(syncedAfter(first.sync.lastSyncAt), 'the sync after reconnecting')
      const d = core.store.data
      const l = lost(referenceFingerprint, fingerprint(d), d.payments.map((p) => p.id))
      return l.missing + l.doubled + l.differing
    })
  } finally {
    await core.close()
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
  r.figures = `${firstCount} payments after the 90-day sync, ${referenceFingerprint.length} expected after reconnecting, ${Math.round(performance.now() - t)} ms`
  return r
}
