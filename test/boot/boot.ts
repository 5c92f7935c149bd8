// One run of the built app (out/main + out/preload) under Node, against the stand-in electron
// (electron-stand-in.ts), in a child process. The child reports what Electron would have shown
// (windows, error boxes, exit) over Node's IPC channel; the boot check drives it the same way.
import { spawn, type ChildProcess } from 'node:child_process'
import { buildSync } from 'esbuild'
import { chmodSync, chownSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BootScenario } from './electron-stand-in'

export const ROOT = resolve(import.meta.dirname, '../..')
export type Report = Record<string, unknown> & { type: string }

let register: string | null = null

/** Bundles the stand-in and a resolve hook that hands it out for `import 'electron'`. */
export function prepareStandIn(): string {
  if (register) return register
  const dir = mkdtempSync(join(tmpdir(), 'subs-boot-electron-'))
  chmodSync(dir, 0o755) // read by the runs that drop to another user
  const standIn = join(dir, 'electron.mjs')
  buildSync({
    entryPoints: [join(import.meta.dirname, 'electron-stand-in.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: standIn,
    logLevel: 'silent',
  })
  const hooks = join(dir, 'hooks.mjs')
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {\n` +
      `  if (specifier === 'electron') return { url: ${JSON.stringify(pathToFileURL(standIn).href)}, shortCircuit: true }\n` +
      `  return next(specifier, context)\n}\n`,
  )
  register = join(dir, 'register.mjs')
  writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
  for (const f of [standIn, hooks, register]) chmodSync(f, 0o644)
  return register
}

export interface BootOptions {
  userData: string
  /** SUBS_DATA_DIR, when the data lives outside userData. */
  dataDir?: string
  safeStorage?: BootScenario['safeStorage']
  keySeed?: string
  platform?: NodeJS.Platform
  /** Run as this uid/gid (a root CI can't be refused a write by permissions). */
  user?: { uid: number; gid: number }
}

export class Boot {
  readonly events: Report[] = []
  readonly output: string[] = []
  readonly child: ChildProcess
  readonly exited: Promise<{ code: number | null; at: number }>
  #waiters: { pred: (e: Report) => boolean; resolve: (e: Report) => void }[] = []
  #nextId = 1

  constructor(readonly o: BootOptions) {
    const scenario: BootScenario = { userData: o.userData, safeStorage: o.safeStorage ?? 'available', keySeed: o.keySeed ?? 'boot-check', platform: o.platform }
    const env: NodeJS.ProcessEnv = { ...process.env, SUBS_BOOT: JSON.stringify(scenario) }
    delete env.ELECTRON_RENDERER_URL
    delete env.SUBS_DATA_DIR
    if (o.dataDir) env.SUBS_DATA_DIR = o.dataDir
    this.child = spawn(process.execPath, ['--import', pathToFileURL(prepareStandIn()).href, join(ROOT, 'out/main/index.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      ...(o.user ?? {}),
    })
    this.child.stdout!.on('data', (d: Buffer) => this.output.push(d.toString()))
    this.child.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()))
    this.child.on('message', (m) => {
      const e = m as Report
      this.events.push(e)
      for (const w of [...this.#waiters]) {
        if (w.pred(e)) {
          this.#waiters.splice(this.#waiters.indexOf(w), 1)
          w.resolve(e)
        }
      }
    })
    this.exited = new Promise((r) => this.child.on('exit', (code) => r({ code, at: Date.now() })))
  }

  /** The first event (already seen or still to come) that matches, or an error after `ms`. */
  waitFor(pred: (e: Report) => boolean, ms: number, what: string): Promise<Report> {
    const seen = this.events.find(pred)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: (e: Report) => (clearTimeout(t), resolve(e)) }
      const t = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(w), 1)
        reject(new Error(`no ${what} within ${ms} ms (events: ${this.events.map((e) => e.type).join(', ') || 'none'}; output: ${this.output.join('').slice(-600)})`))
      }, ms)
      this.#waiters.push(w)
    })
  }

  /**
   * What the organiser sees within `ms`: a window, or an error box and the process gone. A process
   * still running with neither is the invisible process the boot check exists to catch.
   */
  async outcome(ms = 15_000): Promise<'window' | 'error-box'> {
    const e = await this.waitFor((x) => x.type === 'window-shown' || x.type === 'error-box', ms, 'window or error box (an invisible process)')
    if (e.type === 'window-shown') return 'window'
    const gone = await Promise.race([this.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))])
    if (!gone) throw new Error('an error box was shown but the process kept running')
    return 'error-box'
  }

  async request(cmd: Record<string, unknown>, ms = 10_000): Promise<Report> {
    const id = this.#nextId++
    if (!this.child.connected) throw new Error(`the app is not running (asked to ${String(cmd.cmd)})`)
    const reply = this.waitFor((e) => e.type === 'reply' && e.id === id, ms, `reply to ${String(cmd.cmd)} ${String(cmd.channel ?? '')}`)
    this.child.send({ ...cmd, id })
    return reply
  }

  /** window.api[channel](input) in the page, through the preload; the Outcome it resolved with. */
  async call(channel: string, input?: unknown, wrap?: 'proxy' | 'function'): Promise<{ ok: boolean; value?: unknown; error?: string }> {
    const r = await this.request({ cmd: 'call', channel, input, wrap })
    if (typeof r.error === 'string') return { ok: false, error: r.error }
    return r.result as { ok: boolean; value?: unknown; error?: string }
  }

  async snapshot(): Promise<Record<string, unknown> & { players: { name: string }[]; monzo: { state: string; message: string | null } }> {
    const r = await this.call('app:snapshot')
    if (!r.ok) throw new Error(`app:snapshot failed: ${r.error}`)
    return r.value as never
  }

  /** Electron's quit (the window's close or Cmd+Q): resolves with how long until the process was gone. */
  async quit(): Promise<number> {
    const t0 = Date.now()
    if (!this.child.connected) throw new Error('the app is not running (asked to quit)')
    this.child.send({ cmd: 'quit' })
    const gone = await Promise.race([this.exited, new Promise<null>((r) => setTimeout(() => r(null), 10_000))])
    if (!gone) throw new Error('still running 10 s after quit')
    return gone.at - t0
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL')
  }

  problems(): string[] {
    return this.events.filter((e) => e.type === 'uncaught' || e.type === 'unhandled-rejection').map((e) => `${e.type}: ${String(e.message)}`)
  }
}

/** A fresh folder, owned by `user` when one is given. */
export function tempFolder(prefix: string, user?: { uid: number; gid: number }): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  if (user) chownSync(dir, user.uid, user.gid)
  return dir
}
