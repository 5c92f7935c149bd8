// npm run eval:holdout — runs the held-out season through the core and prints how Subs did:
// precision of its automatic credits, recall on the payers a careful organiser is certain of,
// the share left in the inbox, and every wrong credit, wrong "not subs" and missed clear payer.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CASES, PLAYERS } from './corpus'
import type { Case } from './labels'
import { runSeason, type Verdict } from './run'

const here = dirname(fileURLToPath(import.meta.url))
const money = (p: number) => `£${(p / 100).toFixed(2)}`
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')

type Outcome = 'credited' | 'inbox' | 'ignored' | 'set aside' | 'reversed' | 'decided'

function outcomeOf(v: Verdict): Outcome {
  if (!v.stored) return 'set aside'
  if (v.status === 'reversed') return 'reversed'
  if (v.decided) return 'decided'
  if (v.status === 'ignored') return 'ignored'
  if (v.status === 'matched') return 'credited'
  return 'inbox'
}

/** Has the organiser taught Subs this payer for this player (by the time of the verdict)? */
function learned(player: string, cs: Case, v: Verdict): boolean {
  const p = v.players.find((x) => x.name === player)
  if (!p) return false
  const cp = cs.tx.counterparty ?? {}
  const typed = new Set((PLAYERS.find((x) => x.name === player)?.aliases ?? []).map(norm))
  const name = norm(cp.name ?? cs.tx.description)
  const sameIdentity = (id: { kind: string; sortCode?: string; accountNumber?: string; userId?: string } | null) =>
    !!id &&
    ((id.kind === 'bank' && id.sortCode === cp.sort_code && id.accountNumber === cp.account_number) ||
      (id.kind === 'monzo' && id.userId === cp.user_id))
  if (p.identities.some(sameIdentity)) return true
  if ((p.payers ?? []).some((l) => sameIdentity(l.identity) || (l.name && norm(l.name) === name))) return true
  return p.aliases.some((a) => !typed.has(norm(a)) && norm(a) === name)
}

const sameAlloc = (a: { player: string; amountPence: number }[], b: Record<string, number>) =>
  a.length === Object.keys(b).length && a.every((x) => b[x.player] === x.amountPence)

interface Row {
  cs: Case
  v: Verdict
  outcome: Outcome
  verdict: 'correct credit' | 'wrong credit' | 'missed' | 'wrong not-subs' | 'ok' | 'stored outgoing'
  note?: string
}

function judge(cs: Case, v: Verdict): Row {
  const outcome = outcomeOf(v)
  const L = cs.label
  const whole = (player: string) => v.allocations.length === 1 && v.allocations[0].player === player && v.allocations[0].amountPence === cs.tx.amount
  const row = (verdict: Row['verdict'], note?: string): Row => ({ cs, v, outcome, verdict, note })
  if (L.kind === 'outgoing') return v.stored ? row('stored outgoing') : row('ok')
  if (L.kind === 'not-subs') return outcome === 'credited' ? row('wrong credit', 'credited a payment that is not subs') : row('ok')
  if (outcome === 'ignored' || outcome === 'set aside') return row('wrong not-subs')
  if (outcome === 'reversed') return row('wrong not-subs', 'counted as reversed')
  switch (L.kind) {
    case 'credit':
      if (outcome === 'credited') return whole(L.player) ? row('correct credit') : row('wrong credit')
      return row('missed')
    case 'learned': {
      const taught = learned(L.player, cs, v)
      if (outcome === 'credited') {
        if (!whole(L.player)) return row('wrong credit')
        return taught ? row('correct credit') : row('wrong credit', 'credited on a guess: the organiser had not taught Subs this payer')
      }
      return taught ? row('missed', 'the organiser had taught Subs this payer') : row('ok')
    }
    case 'either':
      if (outcome === 'credited') return whole(L.player) ? row('correct credit') : row('wrong credit')
      return row('ok')
    case 'inbox':
      if (outcome === 'credited') {
        if (L.split && sameAlloc(v.allocations, L.split)) return row('correct credit')
        const inOk = v.allocations.every((a) => L.ok.includes(a.player))
        return row('wrong credit', inOk && L.ok.length ? 'credited where a careful organiser would look (the player is plausible, not certain)' : undefined)
      }
      return row('ok')
  }
}

function describe(r: Row): string {
  const { cs, v } = r
  const t = cs.tx
  const ref = t.scheme === 'p2p_payment' ? (t.metadata.notes ?? '') : t.description
  const lines = [
    `  ${t.created.slice(0, 10)} ${money(t.amount)} from "${t.counterparty?.name ?? t.description}" ref "${ref}"${t.notes !== ref && t.notes ? ` (organiser's note "${t.notes}")` : ''} [${cs.source}, ${t.scheme}, ${t.id}]`,
    `    label: ${labelText(cs)} — ${cs.why}`,
    `    Subs:  ${r.outcome}${v.allocations.length ? ` to ${v.allocations.map((a) => `${a.player} ${money(a.amountPence)}`).join(' + ')}` : ''}${v.candidates.length ? `; suggests ${v.candidates.join(', ')}` : ''}${v.split ? `; split ${v.split.map((a) => `${a.player} ${money(a.amountPence)}`).join(' + ')}` : ''} (rule ${v.rule ?? '-'}, at ${v.when})`,
    `    reason: ${v.explanation || '-'}`,
  ]
  if (r.note) lines.push(`    note: ${r.note}`)
  const changes = (history.get(cs.tx.id) ?? []).filter((h, i, all) => i === 0 || brief(h) !== brief(all[i - 1]))
  if (changes.length > 1) lines.push(`    history: ${changes.map((h) => `${h.when}: ${brief(h)}`).join(' → ')}`)
  return lines.join('\n')
}

let history = new Map<string, Verdict[]>()
const brief = (v: Verdict) => `${outcomeOf(v)}${v.allocations.length ? ` ${v.allocations.map((a) => a.player).join('+')}` : ''}`

function labelText(cs: Case): string {
  const L = cs.label
  switch (L.kind) {
    case 'credit': return `credit ${L.player}`
    case 'either': return `credit ${L.player} or inbox`
    case 'learned': return `credit ${L.player} once taught, else inbox`
    case 'inbox': return `inbox${L.ok.length ? ` (suggest ${L.ok.join(' / ')})` : ' (no player)'}${L.split ? ` split ${Object.entries(L.split).map(([p, a]) => `${p} ${money(a)}`).join(' + ')}` : ''}`
    case 'not-subs': return `not subs (${L.why})`
    case 'outgoing': return 'outgoing'
  }
}

async function main(): Promise<void> {
  const started = Date.now()
  const result = await runSeason({ log: (s) => console.log(s) })
  history = result.history
  const out = join(here, 'data')
  mkdirSync(out, { recursive: true })
  for (const [name, text] of Object.entries(result.files)) writeFileSync(join(out, name), text)

  const rows: Row[] = []
  for (const cs of CASES) {
    const v = result.verdicts.get(cs.tx.id)
    if (!v) {
      if (cs.label.kind !== 'outgoing') console.log(`(no verdict recorded for ${cs.tx.id})`)
      continue
    }
    rows.push(judge(cs, v))
  }
  const incoming = rows.filter((r) => r.cs.label.kind !== 'outgoing')
  const payments = incoming.filter((r) => r.cs.label.kind !== 'not-subs')
  const nonPayments = incoming.filter((r) => r.cs.label.kind === 'not-subs')
  const credits = incoming.filter((r) => r.outcome === 'credited')
  const correct = credits.filter((r) => r.verdict === 'correct credit')
  const wrong = rows.filter((r) => r.verdict === 'wrong credit')
  const wrongPlayer = wrong.filter((r) => !r.note?.startsWith('credited where') && !r.note?.startsWith('credited on a guess'))
  const clear = incoming.filter((r) => r.cs.label.kind === 'credit' || (r.cs.label.kind === 'learned' && learned(r.cs.label.player, r.cs, r.v)))
  const clearHit = clear.filter((r) => r.verdict === 'correct credit')
  const inbox = payments.filter((r) => r.outcome === 'inbox')
  const missed = rows.filter((r) => r.verdict === 'missed')
  const wrongNot = rows.filter((r) => r.verdict === 'wrong not-subs')
  const storedOut = rows.filter((r) => r.verdict === 'stored outgoing')
  const outgoingCases = CASES.filter((c) => c.label.kind === 'outgoing').length

  const bySource = (src: string) => incoming.filter((r) => r.cs.source === src).length
  console.log('\nHeld-out season: one club, 2 Sep – 16 Dec 2026')
  console.log(`  ${incoming.length} incoming transactions (${bySource('api')} via two API syncs, ${bySource('joint-csv')} only in the joint account's CSV; the main statement CSV overlaps the API)`)
  console.log(`  ${payments.length} payments from people (${incoming.filter((r) => r.cs.label.kind === 'credit').length} certain, ${incoming.filter((r) => r.cs.label.kind === 'learned').length} certain once taught, ${incoming.filter((r) => r.cs.label.kind === 'either').length} either, ${incoming.filter((r) => r.cs.label.kind === 'inbox').length} for the organiser to look at), ${nonPayments.length} not subs; plus ${outgoingCases} outgoing (card spends, transfers out) that must never be stored`)
  console.log(`  organiser decisions: ${result.decisions.length}`)
  console.log('')
  console.log(`precision  ${(correct.length / Math.max(1, credits.length)).toFixed(3)}  (${correct.length} correct of ${credits.length} automatic credits; ${wrongPlayer.length} to a wrong player or not subs, ${wrong.length - wrongPlayer.length} credited while uncertain)`)
  console.log(`recall     ${(clearHit.length / Math.max(1, clear.length)).toFixed(3)}  (${clearHit.length} of ${clear.length} clear payers credited)`)
  console.log(`inbox      ${(inbox.length / Math.max(1, payments.length)).toFixed(3)}  (${inbox.length} of ${payments.length} payments left for the organiser; plus ${nonPayments.filter((r) => r.outcome === 'inbox').length} of ${nonPayments.length} non-payments in the inbox)`)
  console.log(`wrong not-subs ${wrongNot.length}   stored outgoing ${storedOut.length}`)

  const section = (title: string, list: Row[]) => {
    console.log(`\n${title}: ${list.length}`)
    for (const r of list) console.log(describe(r))
  }
  section('WRONG CREDITS', wrong)
  section('WRONG NOT-SUBS (a person\'s payment set aside or ignored)', wrongNot)
  section('MISSED CLEAR PAYERS (left in the inbox)', missed)
  if (storedOut.length) section('OUTGOING STORED', storedOut)

  // Inbox quality: does the suggestion point at the right people?
  const inboxLabelled = incoming.filter((r) => r.outcome === 'inbox' && r.cs.label.kind === 'inbox' && (r.cs.label.ok.length || r.cs.label.split))
  const poor = inboxLabelled.filter((r) => {
    const L = r.cs.label
    if (L.kind !== 'inbox') return false
    if (L.split) return !(r.v.split && sameAlloc(r.v.split, L.split))
    return !L.ok.some((p) => r.v.candidates.includes(p))
  })
  section('INBOX WITHOUT THE RIGHT SUGGESTION (for information)', poor)
  if (process.argv.includes('--all')) section('EVERY TRANSACTION', rows)

  console.log('\nORGANISER DECISIONS (default learning choice)')
  for (const d of result.decisions) {
    const cs = CASES.find((c) => c.tx.id === d.caseId)!
    const what = 'assign' in d.decision ? `assign ${d.decision.assign}` : 'split' in d.decision ? 'split' : 'ignore'
    console.log(`  ${d.when}: ${money(cs.tx.amount)} "${cs.tx.counterparty?.name ?? cs.tx.description}" → ${what}${d.learn ? ` [${d.learn}${d.learnWhy ? `: ${d.learnWhy}` : ''}]` : ''}${d.error ? ` FAILED ${d.error}` : ''}`)
  }
  if (result.notes.length) {
    console.log('\nNOTES')
    for (const n of result.notes) console.log(`  ${n}`)
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s; corpus files written to eval/holdout/data/)`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
