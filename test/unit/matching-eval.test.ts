// The matching evaluation (npm run eval:matching) as a correctness bar: a season of labelled Monzo
// traffic through the core's sync, learning and import paths. Not a timing.
import { describe, expect, it } from 'vitest'
import { runCorpus, type EvalReport } from '../../eval/matching/run'

describe('matching evaluation corpus', () => {
  let report: EvalReport
  it('runs at least 200 labelled payments through two syncs, the organiser’s decisions and a statement import', async () => {
    report = await runCorpus()
    expect(report.stored).toBeGreaterThanOrEqual(200)
  }, 120_000)

  it('never credits the wrong player: precision 1.000', () => {
    const wrong = report.wrongCredits.map((w) => `${w.item.id} ${w.item.note} -> ${w.creditedTo}`)
    expect(wrong).toEqual([])
    expect(report.precision).toBe(1)
  })

  it('credits clear payers by itself: recall at least 0.95', () => {
    expect(report.recall, report.missed.map((m) => `${m.id} ${m.note}: ${m.payment?.explanation}`).join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('offers the labelled player first and pre-fills the labelled splits', () => {
    expect(report.suggestionsRight / report.suggestionsLabelled).toBeGreaterThanOrEqual(0.9)
    expect(report.splitsRight).toBe(report.splitsLabelled)
  })
})
