// The suite's summary: one row per scenario, printed at the end and copied into the closing note.
export interface Row {
  scenario: string
  runs: number
  passed: number
  /** Writes or payments that should have survived and didn't (missing or doubled). */
  dataLost: number
  /** Figures worth reading: counts and timings. Printed, never asserted. */
  figures: string
  failures: string[]
}

export function row(scenario: string): Row {
  return { scenario, runs: 0, passed: 0, dataLost: 0, figures: '', failures: [] }
}

/** Runs one check; a thrown error marks the run failed (and is kept for the report). */
export async function attempt(r: Row, label: string, fn: () => Promise<number | void>): Promise<void> {
  r.runs++
  try {
    const lost = (await fn()) ?? 0
    r.dataLost += lost
    if (lost === 0) r.passed++
    else r.failures.push(`${label}: ${lost} lost`)
  } catch (e) {
    r.failures.push(`${label}: ${(e as Error).message}`)
  }
}

export function printTable(rows: readonly Row[]): string {
  const head = ['scenario', 'runs', 'passed', 'data lost', 'figures']
  const cells = rows.map((r) => [r.scenario, String(r.runs), String(r.passed), String(r.dataLost), r.figures])
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(width[i])).join(' | ')} |`
  return [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}

export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message)
}
