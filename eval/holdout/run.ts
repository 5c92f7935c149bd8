// Drives the held-out season through the real core, the way the app does: players typed in the
// dialog, fixtures, a CSV statement imported, Monzo connected (the simulator) and synced, the inbox
// cleared with the learning choice Subs proposes, a second sync after pending → settled changes,
// a late decline and an annotation, then the joint account's statement. Returns what Subs did to
// every transaction, taken just before the organiser touched it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { startMonzoSimulator, type MonzoSimulator, type SimTransaction } from '../../src/main/core/monzo/simulator'
import type { Payment, Player } from '../../src/shared/domain'
import type { Snapshot } from '../../src/shared/views'
import { createTestPlatform } from '../../test/helpers/test-platform'
import { freePort } from '../../test/helpers/free-port'
import { ARCHIVED_AT_SECOND_DECISIONS, CASES, ORGANISER, PLAYERS, TIMES } from './corpus'
import { defaultDecision, type Case, type Decision } from './labels'
import { statementCsv } from './shapes'

/** Subs' view of one payment at one moment. */
export interface Verdict {
  stored: boolean
  status: Payment['status'] | 'absent'
  decided: boolean
  allocations: { player: string; amountPence: number }[]
  candidates: string[]
  split: { player: string; amountPence: number }[] | null
  rule: string | null
  explanation: string
  payerName: string
  reference: string
  /** Players as they were at that moment (to tell what Subs had been taught). */
  players: Player[]
  when: string
}

export interface DecisionLog {
  when: string
  caseId: string
  decision: Decision
  /** The learning choice Subs proposed (and the organiser accepted). */
  learn?: string
  learnWhy?: string
  error?: string
}

export interface RunResult {
  verdicts: Map<string, Verdict>
  decisions: DecisionLog[]
  notes: string[]
  files: Record<string, string>
  finalPlayers: Player[]
  /** Every verdict taken, oldest first, to see where one changed. */
  history: Map<string, Verdict[]>
}

const byId = new Map(CASES.map((c) => [c.tx.id, c]))
const INCOMING = (c: Case) => c.label.kind !== 'outgoing'

/** The transactions as Monzo shows them at the first sync: later ones absent, some still pending. */
function atFirstSync(c: Case): SimTransaction {
  const tx = structuredClone(c.tx)
  if (c.pendingAtFirstSync) tx.settled = ''
  return tx
}

/** As Monzo shows it at the second sync: settled, declined or annotated since. */
function atSecondSync(c: Case): SimTransaction {
  const tx = structuredClone(c.tx)
  if (c.declinedLater) {
    tx.decline_reason = c.declinedLater
    tx.settled = ''
  }
  if (c.annotatedLater) tx.notes = c.annotatedLater
  return tx
}

export function buildFiles(): Record<string, string> {
  const api = CASES.filter((c) => c.source === 'api')
  const first = api.filter((c) => c.tx.created <= TIMES.firstSync).map(atFirstSync)
  const later = api.filter((c) => c.tx.created > TIMES.firstSync).map(atSecondSync)
  const mainStatement = api
    .filter((c) => c.tx.created >= TIMES.mainCsvFrom && c.tx.created <= TIMES.mainCsvTo)
    .map((c) => c.tx)
    .sort((a, b) => a.created.localeCompare(b.created))
  const joint = CASES.filter((c) => c.source === 'joint-csv').map((c) => c.tx).sort((a, b) => a.created.localeCompare(b.created))
  const labels = Object.fromEntries(CASES.map((c) => [c.tx.id, { label: c.label, why: c.why, source: c.source, ...(c.decision ? { decision: c.decision } : {}) }]))
  return {
    'api-first-sync.json': JSON.stringify({ transactions: first }, null, 2) + '\n',
    'api-added-before-second-sync.json': JSON.stringify({ transactions: later }, null, 2) + '\n',
    'statement-main-2026-08-01-to-2026-09-19.csv': statementCsv(mainStatement),
    'statement-joint-account.csv': statementCsv(joint, { bom: true, crlf: true, trailingBlankLine: true }),
    'labels.json': JSON.stringify(labels, null, 2) + '\n',
  }
}

export async function runSeason(opts: { log?: (s: string) => void } = {}): Promise<RunResult> {
  const log = opts.log ?? (() => undefined)
  const files = buildFiles()
  const dir = mkdtempSync(join(tmpdir(), 'subs-holdout-'))
  let nowMs = Date.parse(TIMES.setup)
  const first = CASES.filter((c) => c.source === 'api' && c.tx.created <= TIMES.firstSync).map(atFirstSync)
  let sim: MonzoSimulator | undefined
  let core: SubsCore | undefined
  const verdicts = new Map<string, Verdict>()
  const decisions: DecisionLog[] = []
  const notes: string[] = []
  const history = new Map<string, Verdict[]>()
  try {
    sim = await startMonzoSimulator({
      now: () => nowMs,
      user: ORGANISER,
      seed: first,
      autoApproveAfterMs: 0,
    })
    const s = sim
    const platform = createTestPlatform(() => s)
    core = await createSubsCore({
      dataFile: join(dir, 'subs.json'),
      platform,
      background: false,
      now: () => new Date(nowMs),
      monzo: { authBase: s.authoriseUrl, apiBase: s.baseUrl, approvalPollMs: 20 },
      log: (m, e) => notes.push(`core log: ${m} ${e instanceof Error ? e.message : ''}`),
    })
    const c = core
    const call = async <T = unknown>(ch: string, input?: unknown): Promise<T> => {
      const r = await c.invoke(ch, input)
      if (!r.ok) throw new Error(`${ch}: ${r.error}`)
      return r.value as T
    }
    const snap = () => call<Snapshot>('app:snapshot')

    // ---- Setup, as the organiser does it in the dialogs ----
    await call('settings:update', { defaultPricePence: 500, defaultPitchCostPence: 5000, defaultLocation: 'Powerleague Shoreditch', defaultKickoff: '19:00' })
    const ids = new Map<string, string>()
    for (const p of PLAYERS) {
      const r = await call<{ player: Player }>('players:create', { name: p.name, ...(p.aliases ? { aliases: p.aliases } : {}), ...(p.notes ? { notes: p.notes } : {}) })
      ids.set(p.name, r.player.id)
      if (r.player.reference !== p.reference) notes.push(`${p.name} got reference ${r.player.reference}, the corpus assumes ${p.reference}`)
    }
    const names = new Map([...ids].map(([n, id]) => [id, n]))
    const squad = PLAYERS.map((p) => ids.get(p.name)!)
    await call('fixtures:create', { date: '2026-09-02', time: '19:00', location: 'Powerleague Shoreditch', pitchCostPence: 5000, pricePence: 500, weeks: 9, playerIds: squad.slice(0, 12) })
    await call('fixtures:create', { date: '2026-11-04', time: '19:00', location: 'Powerleague Shoreditch', pitchCostPence: 5000, pricePence: 600, weeks: 7, playerIds: squad.slice(6, 18) })
    const cancelled = (await snap()).fixtures.find((f) => f.kickoffAt.startsWith('2026-11-18'))
    if (cancelled) await call('fixtures:setCancelled', { id: cancelled.id, cancelled: true })
    else notes.push('could not find the 18 Nov fixture to cancel')

    const record = (label: string, only?: (p: Payment) => boolean) => {
      const data = c.store.data
      const players = structuredClone(data.players)
      const stored = new Map(data.payments.map((p) => [p.id, p]))
      for (const cs of CASES) {
        if (!INCOMING(cs) && !stored.has(cs.tx.id)) continue
        const p = stored.get(cs.tx.id)
        if (only && (!p || !only(p))) continue
        const v = toVerdict(p, players, names, label)
        if (p || history.has(cs.tx.id)) history.set(cs.tx.id, [...(history.get(cs.tx.id) ?? []), v])
        const prev = verdicts.get(cs.tx.id)
        // Keep what Subs did before the organiser decided: that is what is being judged.
        if (p?.decided && prev) continue
        if (!p && prev?.stored) continue
        verdicts.set(cs.tx.id, v)
      }
    }

    const decide = async (round: string) => {
      const data = c.store.data
      const waiting = data.payments.filter((p) => !p.decided && (p.status === 'unmatched' || p.status === 'suggested'))
      for (const p of waiting) {
        const cs = byId.get(p.id)
        if (!cs) continue
        const d = cs.decision ?? defaultDecision(cs.label)
        if (!d) continue
        const entry: DecisionLog = { when: round, caseId: p.id, decision: d }
        try {
          if ('assign' in d) {
            const playerId = ids.get(d.assign)!
            const plan = await call<{ choice: string; why: string }>('payments:learnOptions', { paymentId: p.id, playerId })
            entry.learn = plan.choice
            entry.learnWhy = plan.why
            await call('payments:assign', { paymentId: p.id, playerId })
          } else if ('split' in d) {
            const parts = Object.entries(d.split).map(([n, amountPence]) => ({ playerId: ids.get(n)!, amountPence }))
            const current = data.payments.find((x) => x.id === p.id)
            const same = current?.split && JSON.stringify(current.split.map((a) => [a.playerId, a.amountPence]).sort()) === JSON.stringify(parts.map((a) => [a.playerId, a.amountPence]).sort())
            if (same) await call('payments:acceptSplit', { paymentIds: [p.id] })
            else await call('payments:split', { paymentId: p.id, parts })
            entry.learn = same ? 'accepted the suggested split' : 'split by hand'
          } else {
            await call('payments:ignore', { paymentId: p.id })
          }
        } catch (e) {
          entry.error = (e as Error).message
        }
        decisions.push(entry)
      }
    }

    // ---- 20 Sep: tries Subs with a statement before connecting Monzo ----
    nowMs = Date.parse(TIMES.mainCsvImport)
    const mainCsv = join(dir, 'statement-main.csv')
    writeFileSync(mainCsv, files['statement-main-2026-08-01-to-2026-09-19.csv'])
    platform.openAnswers.push(mainCsv)
    const imp1 = await call<{ imported: number }>('sync:importFile')
    log(`main statement: ${imp1.imported} credits imported`)
    record('main statement import')
    nowMs = Date.parse(TIMES.firstDecisions)
    await decide('20 Sep, after the statement')
    record('after the first decisions')

    // ---- 21 Oct, 21:30: connects Monzo; the first sync runs at once ----
    nowMs = Date.parse(TIMES.firstSync)
    await call('monzo:configure', { clientId: s.client.clientId, clientSecret: s.client.clientSecret, port: await freePort() })
    await call('monzo:connect')
    await until(async () => {
      const st = (await snap()).monzo
      if (st.state === 'choose_account') {
        const acc = st.accounts.find((a) => a.type === 'uk_retail')
        if (acc) await call('monzo:selectAccount', { accountId: acc.id })
      }
      return st.state === 'connected'
    }, 'Monzo connected')
    await until(async () => {
      const x = await snap()
      return x.sync.lastSyncAt !== null && !x.sync.running
    }, 'first sync')
    const s1 = (await snap()).sync
    log(`first sync: ${s1.message ?? ''} ${s1.lastError ?? ''}`)
    if (s1.lastError) notes.push(`first sync error: ${s1.lastError}`)
    record('first sync (21 Oct)')

    // ---- 22 Oct: clears the inbox ----
    nowMs = Date.parse(TIMES.secondDecisions)
    await decide('22 Oct, after the first sync')
    record('after the second decisions')
    for (const name of ARCHIVED_AT_SECOND_DECISIONS) await call('players:update', { id: ids.get(name)!, active: false })
    record(`after archiving ${ARCHIVED_AT_SECOND_DECISIONS.join(', ')}`)

    // ---- Monzo's side moves on: settles, a late decline, an annotation, eight weeks of new traffic ----
    for (const cs of CASES.filter((x) => x.source === 'api' && x.tx.created <= TIMES.firstSync)) {
      if (cs.pendingAtFirstSync || cs.declinedLater || cs.annotatedLater) {
        const now = atSecondSync(cs)
        s.updateTransaction(cs.tx.id, { settled: now.settled, notes: now.notes, ...(now.decline_reason ? { decline_reason: now.decline_reason } : {}) })
      }
    }
    for (const cs of CASES.filter((x) => x.source === 'api' && x.tx.created > TIMES.firstSync)) s.addTransaction(atSecondSync(cs))

    // ---- 17 Dec: the second sync ----
    nowMs = Date.parse(TIMES.secondSync)
    const before2 = c.store.data.payments.length
    try {
      await call('sync:run')
    } catch (e) {
      notes.push(`second sync failed: ${(e as Error).message}`)
    }
    const s2 = (await snap()).sync
    log(`second sync: ${s2.message ?? ''} ${s2.lastError ?? ''} (payments ${before2} → ${c.store.data.payments.length})`)
    record('second sync (17 Dec)')

    // ---- The joint account's statement, then the main statement again (nothing may double) ----
    nowMs = Date.parse(TIMES.jointCsvImport)
    const jointCsv = join(dir, 'statement-joint.csv')
    writeFileSync(jointCsv, files['statement-joint-account.csv'])
    platform.openAnswers.push(jointCsv)
    try {
      const imp2 = await call<{ imported: number }>('sync:importFile')
      log(`joint statement: ${imp2.imported} credits imported`)
    } catch (e) {
      notes.push(`joint statement import failed: ${(e as Error).message}`)
    }
    const beforeAgain = c.store.data.payments.length
    platform.openAnswers.push(mainCsv)
    await call('sync:importFile').catch((e: Error) => notes.push(`re-import failed: ${e.message}`))
    try {
      await call('sync:run')
    } catch (e) {
      notes.push(`third sync (nothing new) failed: ${(e as Error).message}`)
    }
    if (c.store.data.payments.length !== beforeAgain) notes.push(`re-importing the statement and syncing again changed the payment count ${beforeAgain} → ${c.store.data.payments.length}`)
    const seen = new Set<string>()
    for (const p of c.store.data.payments) {
      if (seen.has(p.id)) notes.push(`payment ${p.id} stored twice`)
      seen.add(p.id)
      if (!byId.has(p.id)) notes.push(`stored a payment the corpus does not have: ${p.id} ${p.payerName} ${p.amountPence}`)
    }
    record('final')
    return { verdicts, decisions, notes, files, finalPlayers: structuredClone(c.store.data.players), history }
  } finally {
    await core?.close()
    await sim?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

function toVerdict(p: Payment | undefined, players: Player[], names: Map<string, string>, when: string): Verdict {
  const n = (id: string) => names.get(id) ?? id
  if (!p) return { stored: false, status: 'absent', decided: false, allocations: [], candidates: [], split: null, rule: null, explanation: '', payerName: '', reference: '', players, when }
  return {
    stored: true,
    status: p.status,
    decided: p.decided,
    allocations: p.allocations.map((a) => ({ player: n(a.playerId), amountPence: a.amountPence })),
    candidates: p.candidates.map(n),
    split: p.split ? p.split.map((a) => ({ player: n(a.playerId), amountPence: a.amountPence })) : null,
    rule: p.rule,
    explanation: p.explanation,
    payerName: p.payerName,
    reference: p.reference,
    players,
    when,
  }
}

async function until(pred: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}
