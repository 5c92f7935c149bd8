// Spawning crash children and reading what they say, line by line.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

const ROOT = join(import.meta.dirname, '../..')
const CHILD = join(import.meta.dirname, 'crash-child.ts')

export interface Child {
  proc: ChildProcess
  lines: string[]
  /** Resolves with the first line matching `re` (or rejects after `ms`). */
  waitFor(re: RegExp, ms?: number): Promise<string>
  go(): void
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  killHard(): Promise<void>
}

let bundled: string | null = null

/**
 * Bundles the child once (esbuild ships with tsx and vite): loading it then takes ~0.2 s instead
 * of ~1.5 s through tsx, which is what makes hundreds of kills fit in a few minutes.
 */
export async function prepareChild(): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), 'subs-crash-child-')), 'crash-child.mjs')
  await build({
    entryPoints: [CHILD], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  })
  bundled = out
}

export function disposeChild(): void {
  if (bundled) rmSync(dirname(bundled), { recursive: true, force: true })
  bundled = null
}

export function spawnChild(dataDir: string, mode: 'work' | 'hold', no: number): Child {
  // One process, never the tsx CLI (which runs the script in a grandchild that a SIGKILL of
  // the CLI would leave running): the kill must stop the very process doing the writes.
  const args = bundled ? [bundled] : ['--import', 'tsx', CHILD]
  const proc = spawn(process.execPath, [...args, dataDir, mode, String(no)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
  const lines: string[] = []
  let partial = ''
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = []
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk
    const parts = partial.split('\n')
    partial = parts.pop()!
    for (const line of parts) {
      lines.push(line)
      for (const w of waiters.filter((x) => x.re.test(line))) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(line)
      }
    }
  })
  let stderr = ''
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => void (stderr = (stderr + c).slice(-2000)))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return {
    proc,
    lines,
    waitFor(re, ms = 30_000) {
      const hit = lines.find((l) => re.test(l))
      if (hit) return Promise.resolve(hit)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child ${no} never said ${re} (stderr: ${stderr.trim().slice(-300)})`)), ms)
        timer.unref()
        waiters.push({ re, resolve: (l) => (clearTimeout(timer), resolve(l)) })
        void exited.then(() => setTimeout(() => reject(new Error(`child ${no} exited before saying ${re} (stderr: ${stderr.trim().slice(-300)})`)), 50))
      })
    },
    go() {
      proc.stdin!.write('go\n')
    },
    exited,
    async killHard() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL')
      await exited
    },
  }
}
