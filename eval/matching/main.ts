// npm run eval:matching — runs the labelled corpus through the core and prints precision, recall,
// the share of payments left for the organiser, and every wrong credit. Exits 1 if precision is
// below 1.000 or recall on clear payers below 0.95.
import { formatPence } from '../../src/shared/money'
import { runCorpus, type EvalItem } from './run'

const r = await runCorpus()
const pct = (x: number) => x.toFixed(3)
const describe = (i: EvalItem) => {
  const p = i.payment
  const what = p ? `${formatPence(p.amountPence)} from '${p.payerName}' ref '${p.reference}'` : '(not stored)'
  return `${i.id} [${i.source}] ${what} — ${i.note}`
}
console.log(`Matching evaluation: ${r.transactions} labelled transactions, ${r.stored} payments stored by Subs`)
console.log(`  precision  ${pct(r.precision)}  (${r.correctCredits} of ${r.autoCredits} automatic credits right)`)
console.log(`  recall     ${pct(r.recall)}  (${r.clearCredited} of ${r.clearPayers} clear payers credited)`)
console.log(`  left       ${pct(r.shareLeft)}  (${r.leftForOrganiser} of ${r.stored} payments wait in the inbox)`)
console.log(`  suggested  ${r.suggestionsRight} of ${r.suggestionsLabelled} inbox payments offer the right player first; ${r.splitsRight} of ${r.splitsLabelled} splits pre-filled right`)
console.log(`\nWrong credits (${r.wrongCredits.length}):`)
for (const w of r.wrongCredits) console.log(`  ✗ ${describe(w.item)}\n      credited to ${w.creditedTo}, expected ${JSON.stringify(w.item.expect)}: ${w.item.payment?.explanation}`)
if (r.missed.length) {
  console.log(`\nClear payers left in the inbox (${r.missed.length}):`)
  for (const m of r.missed) console.log(`  · ${describe(m)}\n      ${m.payment?.status ?? 'not stored'}: ${m.payment?.explanation ?? ''}`)
}
if (process.argv.includes('--all')) {
  console.log('\nEvery labelled transaction:')
  for (const i of r.items) console.log(`  ${describe(i)}\n      expect ${JSON.stringify(i.expect)} → ${i.payment?.status ?? 'not stored'} ${i.payment?.rule ?? ''}: ${i.payment?.explanation ?? ''}`)
}
process.exitCode = r.precision < 1 || r.recall < 0.95 ? 1 : 0
