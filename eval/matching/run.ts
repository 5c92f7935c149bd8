// Runs the labelled corpus through the core exactly as an organiser's Subs would see it: players and
// fixtures through the IPC handlers, two syncs from the Monzo simulator over HTTP (the real client and
// sync engine), the organiser's inbox decisions with the learning Subs proposes, then the CSV
// statement through the import handler. Then compares every payment with its label.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payment } from '../../src/shared/domain'
import { createSubsCore } from '../../src/main/core/app'
import type { Platform } from '../../src/main/core/platform'
import { startMonzoSimulator } from '../../src/main/core/monzo/simulator'
import { connectToSimulator } from '../../src/main/core/monzo/demo-bank'
import { syncTransactions } from '../../src/main/core/sync/engine'
import { ORGANISER_ACCOUNT, type Expect } from './builders'
import { ARCHIVED_AFTER_SYNC1, PLAYERS, buildCorpus, type PlayerName } from './corpus'

export interface EvalItem {
  id: string
  source: 'sync 1' | 'sync 2' | 'statement'
  note: string
  expect: Expect
  /** null when Subs never stored it (not a payment from a person, or declined). */
  payment: Payment | null
}

export interface EvalReport {
  /** Labelled transactions, and those that are payments from people (stored by Subs). */
  transactions: number
  stored: number
  /** Payments Subs credited by itself (not the organiser's own decisions). */
  autoCredits: number
  correctCredits: number
  precision: number
  /** Payments a careful organiser would be certain of, and how many Subs credited correctly. */
  clearPayers: number
  clearCredited: number
  recall: number
  /** Payments still waiting in the inbox at the end, out of all stored payments. */
  leftForOrganiser: number
  shareLeft: number
  /** Inbox payments whose labelled player(s) Subs put first / whose labelled split it pre-filled. */
  suggestionsRight: number
  suggestionsLabelled: number
  splitsRight: number
  splitsLabelled: number
  wrongCredits: Array<{ item: EvalItem; creditedTo: string }>
  missed: EvalItem[]
  items: EvalItem[]
}

const SYNC1_AT = new Date('2026-10-14T12:00:00Z')
const SYNC2_AT = new Date('2026-11-20T12:00:00Z')

export async function runCorpus(): Promise<EvalReport> {
  const dir = await mkdtemp(join(tmpdir(), 'subs-eval-'))
  let clock = new Date('2026-08-20T12:00:00Z')
  const statementFile = join(dir, 'joint-account-statement.csv')
  const platform: Platform = {
    openExternal: async () => {},
    copyText: async () => {},
    chooseSaveFile: async () => null,
    chooseOpenFile: async () => statementFile,
    notify: () => {},
  }
  const core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform, background: false, now: () => clock, log: () => {} })
  const call = async <T>(ch: string, input?: unknown): Promise<T> => {
    const r = await core.invoke(ch, input)
    if (!r.ok) throw new Error(`${ch}: ${r.error}`)
    return r.value as T
  }
  try {
    const ids = new Map<PlayerName, string>()
    const refs = new Map<PlayerName, string>()
    for (const name of PLAYERS) {
      const { player } = await call<{ player: { id: string; reference: string } }>('players:create', { name })
      ids.set(name, player.id)
      refs.set(name, player.reference)
    }
    await call('settings:update', { defaultPricePence: 500 })
    const squad = [...ids.values()].slice(0, 12)
    await call('fixtures:create', { date: '2026-08-26', time: '19:00', location: 'Powerleague', pitchCostPence: 4500, pricePence: 500, weeks: 6, playerIds: squad })
    await call('fixtures:create', { date: '2026-10-07', time: '19:00', location: 'Powerleague', pitchCostPence: 5400, pricePence: 600, weeks: 7, playerIds: squad })
    await call('settings:update', { defaultPricePence: 600 })

    const corpus = buildCorpus((name) => refs.get(name)!)
    // The organiser connects Monzo on the day of the first sync (full history is shared for five
    // minutes after that; the approval lasts 90 days, past the second sync).
    clock = SYNC1_AT
    const sim = await startMonzoSimulator({ seed: corpus.sync1.map((l) => l.tx), now: () => clock.getTime(), autoApproveInApp: true })
    const { client } = await connectToSimulator(sim)
    const sync = () => syncTransactions({ pager: client, store: core.store, accountId: ORGANISER_ACCOUNT, now: () => clock })
    try {
      clock = SYNC1_AT
      await sync()
      for (const name of ARCHIVED_AFTER_SYNC1) await call('players:update', { id: ids.get(name), active: false })
      for (const d of corpus.decisions) {
        if ('assign' in d) await call('payments:assign', { paymentId: d.txId, playerId: ids.get(d.assign) })
        else if ('acceptSplit' in d) await call('payments:acceptSplit', { paymentIds: [d.txId] })
        else await call('payments:ignore', { paymentId: d.txId })
      }
      clock = SYNC2_AT
      for (const l of corpus.sync2) sim.addTransaction(l.tx)
      for (const c of corpus.changes) sim.updateTransaction(c.id, c.patch)
      await sync()
    } finally {
      await client.close()
      await sim.close()
    }
    await writeFile(statementFile, corpus.csv.text)
    await call('sync:importFile')

    const decided = new Set(corpus.decisions.map((d) => d.txId))
    const byId = new Map(core.store.data.payments.map((p) => [p.id, p]))
    const items: EvalItem[] = [
      ...corpus.sync1.map((l) => ({ id: l.tx.id, source: 'sync 1' as const, note: l.note, expect: l.expect })),
      ...corpus.sync2.map((l) => ({ id: l.tx.id, source: 'sync 2' as const, note: l.note, expect: l.expect })),
      ...[...corpus.csv.labels].map(([id, l]) => ({ id, source: 'statement' as const, note: l.note, expect: l.expect })),
    ]
      .filter((i) => !decided.has(i.id))
      .map((i) => ({ ...i, payment: byId.get(i.id) ?? null }))
    return score(items, core.store.data.payments.filter((p) => !decided.has(p.id)), new Map([...ids].map(([n, id]) => [id, n])))
  } finally {
    await core.close()
    await rm(dir, { recursive: true, force: true })
  }
}

function score(items: EvalItem[], stored: Payment[], nameOf: Map<string, string>): EvalReport {
  const isAuto = (p: Payment) => p.status === 'matched' && (p.rule === 'identity' || p.rule === 'reference' || p.rule === 'name')
  const creditedTo = (p: Payment) => p.allocations.map((a) => nameOf.get(a.playerId) ?? a.playerId).join(' + ')
  const byId = new Map(items.map((i) => [i.id, i]))
  const wrongCredits: EvalReport['wrongCredits'] = []
  let correct = 0
  let auto = 0
  for (const p of stored) {
    if (!isAuto(p)) continue
    auto++
    const item = byId.get(p.id)
    const ok = item?.expect.kind === 'credit' && p.allocations.length === 1 && creditedTo(p) === item.expect.player
    if (ok) correct++
    else wrongCredits.push({ item: item ?? { id: p.id, source: 'statement', note: 'not in the corpus', expect: { kind: 'not-subs' }, payment: p }, creditedTo: creditedTo(p) })
  }
  const clear = items.filter((i) => i.expect.kind === 'credit')
  const missed = clear.filter((i) => !(i.payment && isAuto(i.payment) && creditedTo(i.payment) === (i.expect as { player: string }).player))
  const live = stored.filter((p) => p.status !== 'reversed')
  const left = live.filter((p) => !p.decided && (p.status === 'unmatched' || p.status === 'suggested'))
  let suggestionsRight = 0
  let suggestionsLabelled = 0
  let splitsRight = 0
  let splitsLabelled = 0
  for (const i of items) {
    if (i.expect.kind !== 'inbox' || !i.payment) continue
    if (i.expect.suggest?.length) {
      suggestionsLabelled++
      const first = i.payment.candidates.slice(0, i.expect.suggest.length).map((id) => nameOf.get(id) ?? id)
      if (first.length > 0 && first.every((n) => i.expect.kind === 'inbox' && i.expect.suggest!.includes(n))) suggestionsRight++
    }
    if (i.expect.split?.length) {
      splitsLabelled++
      const got = (i.payment.split ?? []).map((a) => nameOf.get(a.playerId) ?? a.playerId).sort()
      if (JSON.stringify(got) === JSON.stringify([...i.expect.split].sort())) splitsRight++
    }
  }
  return {
    transactions: items.length,
    stored: live.length,
    autoCredits: auto,
    correctCredits: correct,
    precision: auto === 0 ? 1 : correct / auto,
    clearPayers: clear.length,
    clearCredited: clear.length - missed.length,
    recall: clear.length === 0 ? 1 : (clear.length - missed.length) / clear.length,
    leftForOrganiser: left.length,
    shareLeft: live.length === 0 ? 0 : left.length / live.length,
    suggestionsRight,
    suggestionsLabelled,
    splitsRight,
    splitsLabelled,
    wrongCredits,
    missed,
    items,
  }
}
