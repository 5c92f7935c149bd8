// `npm run test:boot`: the boot check. Runs the BUILT app (out/main, out/preload, out/renderer)
// under Node against a stand-in for the electron module (electron-stand-in.ts: Electron's
// documented behaviour for only what Subs uses), through a clean start and every start-up fault
// an organiser's laptop can throw at it. Each must end in a working window (data intact, Monzo
// saying what to do where the vault is the problem) or a clear error box and exit: never an
// invisible process. Prints a table (scenario, runs, passed) and writes test-results/boot.json.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import { CHANNELS } from '../../src/shared/channels'
import { APP_INDEX_URL } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/window-options'
import { Boot, ROOT, tempFolder, type Report } from './boot'

interface Row {
  scenario: string
  runs: number
  passed: number
  figures: string
  failures: string[]
}

const rows: Row[] = []
const cleanup: string[] = []
const running: Boot[] = []

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message)
}

async function scenario(name: string, fn: (figures: (s: string) => void) => Promise<void>): Promise<void> {
  const row: Row = { scenario: name, runs: 1, passed: 0, figures: '', failures: [] }
  rows.push(row)
  try {
    await fn((s) => (row.figures = s))
    row.passed = 1
  } catch (e) {
    row.failures.push((e as Error).message)
  } finally {
    for (const b of running.splice(0)) b.kill()
  }
  process.stdout.write(`boot: ${row.passed ? 'passed' : 'FAILED'} ${name}${row.failures.length ? `\n  ${row.failures.join('\n  ')}` : ''}\n`)
}

function folder(prefix: string, user?: { uid: number; gid: number }): string {
  const d = tempFolder(prefix, user)
  cleanup.push(d)
  return d
}

/** Starts the app; it is killed when the scenario ends unless `keep` (the clean boot is reused). */
function start(o: ConstructorParameters<typeof Boot>[0], keep = false): Boot {
  const b = new Boot(o)
  if (!keep) running.push(b)
  return b
}

function noProblems(b: Boot): void {
  const p = b.problems()
  check(p.length === 0, `uncaught errors in the app: ${p.join(' | ')}`)
}

/** A Subs that has been used: one player, and (optionally) a Monzo client kept in the vault. */
async function usedBefore(userData: string, withClient: boolean): Promise<void> {
  const b = start({ userData })
  check((await b.outcome()) === 'window', 'the first run did not open a window')
  check((await b.call('players:create', { name: 'Zoë Adebayo', aliases: ['Z ADEBAYO'] })).ok, 'could not add a player')
  if (withClient) {
    const r = await b.call('monzo:configure', { clientId: 'oauth2client_00009BootCheck', clientSecret: 'mnzconf.boot-check-secret', port: 18999 })
    check(r.ok, `could not configure Monzo: ${r.error}`)
  }
  await b.quit()
}

async function windowWithData(b: Boot) {
  check((await b.outcome()) === 'window', 'no window')
  const s = await b.snapshot()
  check(s.players.some((p) => p.name === 'Zoë Adebayo'), `the players are gone: ${JSON.stringify(s.players)}`)
  return s
}

const asRoot = process.getuid?.() === 0
const nobody = asRoot ? { uid: 65534, gid: 65534 } : undefined

const started = Date.now()
const watchdog = setTimeout(() => {
  process.stdout.write('boot: gave up after 5 minutes\n')
  process.exit(1)
}, 5 * 60_000)
watchdog.unref()

if (!existsSync(join(ROOT, 'out/main/index.js'))) {
  process.stdout.write('boot: out/ is missing; run `npx electron-vite build` first\n')
  process.exit(1)
}

let clean = null as Boot | null
await scenario('clean boot: one window, every channel registered before the page loads', async (figures) => {
  const userData = folder('subs-boot-')
  const b = start({ userData }, true)
  clean = b
  const t0 = Date.now()
  check((await b.outcome()) === 'window', 'no window')
  const loaded = b.events.find((e) => e.type === 'loaded') as Report & { url: string; channelsAtLoad: string[]; exposed: string[]; preloadError: string | null; assetStatus: Record<string, number>; csp: string }
  check(b.events.filter((e) => e.type === 'window-created').length === 1, 'not exactly one window')
  check(loaded.url === APP_INDEX_URL, `the page was loaded from ${loaded.url}, not ${APP_INDEX_URL}`)
  const missing = CHANNELS.filter((c) => !loaded.channelsAtLoad.includes(c))
  check(missing.length === 0, `channels not registered before the page loaded: ${missing.join(', ')}`)
  check(loaded.preloadError === null, `the preload failed in the sandbox: ${loaded.preloadError}`)
  check(JSON.stringify(loaded.exposed) === '["api"]', `the preload exposed ${JSON.stringify(loaded.exposed)}`)
  const assets = Object.entries(loaded.assetStatus)
  check(assets.length >= 2 && assets.every(([, s]) => s === 200), `the page's assets did not all load: ${JSON.stringify(loaded.assetStatus)}`)
  check(loaded.csp === CONTENT_SECURITY_POLICY, 'the page was served without the CSP header')
  const created = b.events.find((e) => e.type === 'window-created') as Report & { webPreferences: Record<string, unknown> }
  const wp = created.webPreferences
  check(wp.contextIsolation === true && wp.sandbox === true && wp.nodeIntegration === false, `window not locked down: ${JSON.stringify(wp)}`)
  const menu = b.events.find((e) => e.type === 'menu') as Report & { roles: string[] }
  check(menu && !menu.roles.some((r) => /reload|devtools/i.test(r)), `the production menu offers ${menu?.roles.join(', ')}`)
  const st = (await b.request({ cmd: 'state' })).state as { onListeners: string[]; permissionHandlers: string[]; privileged: Record<string, Record<string, boolean>>; windows: { guarded: boolean }[] }
  check(st.onListeners.length === 0, `unchecked ipcMain listeners: ${st.onListeners.join(', ')}`)
  check(st.permissionHandlers.includes('request') && st.permissionHandlers.includes('check'), 'permission handlers not set')
  check(st.privileged.app?.standard && st.privileged.app?.secure, 'app:// not registered as a standard, secure scheme')
  check(st.windows[0]?.guarded, 'window.open is not handled')
  noProblems(b)
  figures(`window shown ${Date.now() - t0} ms after launch; ${loaded.channelsAtLoad.length} channels; ${assets.length} assets; preload ok`)
})

await scenario('a call round-trips through the preload; a Proxy or a function is refused as by Electron', async (figures) => {
  const b = clean
  check(b, 'no running app from the clean boot')
  const snap = await b.snapshot()
  check(typeof snap.dataFile === 'string' && snap.dataFile.startsWith(b.o.userData), `data file ${String(snap.dataFile)} is not in userData`)
  const add = await b.call('players:create', { name: 'Zoë Adebayo', aliases: ['Z ADEBAYO'] })
  check(add.ok, `players:create failed: ${add.error}`)
  check((await b.snapshot()).players.some((p) => p.name === 'Zoë Adebayo'), 'the player did not come back in the snapshot')
  const proxied = await b.call('players:create', { name: 'Proxy Player' }, 'proxy')
  check(!proxied.ok && /could not be cloned/.test(proxied.error ?? ''), `a Proxy crossed the bridge: ${JSON.stringify(proxied)}`)
  const fn = await b.call('players:create', { name: 'Function Player' }, 'function')
  check(!fn.ok && /could not be cloned/.test(fn.error ?? ''), `a function crossed IPC: ${JSON.stringify(fn)}`)
  const bad = await b.call('players:create', { name: '' })
  check(!bad.ok || (bad as { ok: boolean; value?: { ok?: boolean } }).ok === false, 'bad input was accepted')
  check((await b.snapshot()).players.length === 1, 'a refused call wrote something')
  noProblems(b)
  figures('snapshot, create, refusals: as in Electron')
})

await scenario('quit releases subs.lock within 3 s', async (figures) => {
  const b = clean
  check(b, 'no running app from the clean boot')
  const lock = join(b.o.userData, 'subs.lock')
  check(existsSync(lock), 'subs.lock was not held while running')
  const ms = await b.quit()
  check(!existsSync(lock), 'subs.lock is still there after quitting')
  const exit = b.events.find((e) => e.type === 'exit')
  check(exit?.code === 0, `exit code ${String(exit?.code)}`)
  check(ms <= 3000, `quitting took ${ms} ms`)
  figures(`gone ${ms} ms after quit, lock released, exit 0`)
})

const vaultCases = [
  ['vault unreadable (decrypt fails): window, data intact, Monzo needs reconnect', 'throwing', /couldn't read its saved Monzo sign-in/],
  ['keychain unavailable: window, data intact, Monzo needs reconnect', 'unavailable', /secure storage isn't available/],
  ['Linux basic_text without consent: window, data intact, Monzo needs reconnect', 'basic_text', /keyring/],
] as const
for (const [name, mode, message] of vaultCases) {
  await scenario(name, async (figures) => {
    const userData = folder('subs-boot-')
    await usedBefore(userData, true)
    const b = start({ userData, safeStorage: mode })
    const s = await windowWithData(b)
    check(s.monzo.state === 'needs_reconnect', `Monzo shows ${s.monzo.state}`)
    check(message.test(s.monzo.message ?? ''), `Monzo says: ${s.monzo.message}`)
    check((await b.call('players:create', { name: 'Priya Raman' })).ok, 'players can no longer be added')
    noProblems(b)
    await b.quit()
    figures(`"${(s.monzo.message ?? '').slice(0, 60)}…"`)
  })
}

await scenario('vault file corrupt: window, data intact, Monzo needs reconnect, file kept aside', async (figures) => {
  const userData = folder('subs-boot-')
  await usedBefore(userData, true)
  writeFileSync(join(userData, 'subs-vault.json'), '{"secrets": {"monzo.clientId": "AAAA')
  const b = start({ userData })
  const s = await windowWithData(b)
  check(s.monzo.state === 'needs_reconnect', `Monzo shows ${s.monzo.state}`)
  check(/damaged, so it was moved aside/.test(s.monzo.message ?? ''), `Monzo says: ${s.monzo.message}`)
  const aside = readdirSync(userData).filter((n) => n.startsWith('subs-vault.damaged-'))
  check(aside.length === 1, 'the damaged vault was not kept aside')
  // The organiser can set Monzo up again straight away.
  const again = await b.call('monzo:configure', { clientId: 'oauth2client_00009BootCheck', clientSecret: 'mnzconf.again', port: 18999 })
  check(again.ok, `configuring Monzo again failed: ${again.error}`)
  noProblems(b)
  await b.quit()
  figures(`moved aside to ${aside[0]}`)
})

await scenario('preferences corrupt: window, defaults used, file moved aside, organiser told', async (figures) => {
  const userData = folder('subs-boot-')
  await usedBefore(userData, false)
  writeFileSync(join(userData, 'subs-preferences.json'), '{"allowBasicText": tr')
  const b = start({ userData })
  const s = await windowWithData(b)
  const notices = s.notices as string[]
  check(notices.length === 1 && /preferences file was damaged/.test(notices[0]!), `notices: ${JSON.stringify(notices)}`)
  check(readdirSync(userData).some((n) => n.startsWith('subs-preferences.damaged-')), 'the damaged preferences were not kept aside')
  noProblems(b)
  await b.quit()
  figures('notice shown, defaults in use')
})

await scenario('data file corrupt: window with the recovery notice, file moved aside', async (figures) => {
  const userData = folder('subs-boot-')
  await usedBefore(userData, false)
  writeFileSync(join(userData, 'subs.json'), '{"schemaVersion": 2, "players": [{"id": "p_1", "na')
  const b = start({ userData })
  check((await b.outcome()) === 'window', 'no window')
  const s = await b.snapshot()
  check(s.recovery && typeof (s.recovery as { movedTo: string }).movedTo === 'string', 'no recovery notice')
  check(((s.recovery as { backups: unknown[] }).backups).length >= 1, 'no backup offered')
  noProblems(b)
  await b.quit()
  figures(`${(s.recovery as { backups: unknown[] }).backups.length} backup(s) offered`)
})

await scenario(`data folder read-only: error box saying so, exit 1${asRoot ? ' (run as nobody: root may write anywhere)' : ''}`, async (figures) => {
  const userData = folder('subs-boot-', nobody)
  const dataDir = folder('subs-boot-ro-', nobody)
  chmodSync(dataDir, 0o555)
  const b = start({ userData, dataDir, user: nobody })
  check((await b.outcome()) === 'error-box', 'expected an error box')
  const box = b.events.find((e) => e.type === 'error-box') as Report & { content: string }
  check(/can't write to its data folder/.test(box.content) && box.content.includes(dataDir), `the error box says: ${box.content}`)
  check(!b.events.some((e) => e.type === 'window-created'), 'a window was opened as well')
  const exit = await b.exited
  check(exit.code === 1, `exit code ${exit.code}`)
  chmodSync(dataDir, 0o755)
  figures(`"${box.content.slice(0, 70)}…"`)
})

await scenario('data folder in use by another Subs: error box saying so, exit 1', async (figures) => {
  const dataDir = folder('subs-boot-shared-')
  const first = start({ userData: folder('subs-boot-'), dataDir })
  check((await first.outcome()) === 'window', 'the first Subs did not open')
  const second = start({ userData: folder('subs-boot-'), dataDir })
  check((await second.outcome()) === 'error-box', 'expected an error box from the second Subs')
  const box = second.events.find((e) => e.type === 'error-box') as Report & { content: string }
  check(/already open with this data folder/.test(box.content), `the error box says: ${box.content}`)
  check((await second.exited).code === 1, 'the second Subs did not exit 1')
  check((await first.snapshot()).players !== undefined, 'the first Subs stopped answering')
  await first.quit()
  figures(`"${box.content.slice(0, 60)}…"`)
})

await scenario('second launch: it quits at once and the first window comes forward', async (figures) => {
  const userData = folder('subs-boot-')
  const first = start({ userData })
  check((await first.outcome()) === 'window', 'the first Subs did not open')
  const t0 = Date.now()
  const second = start({ userData })
  const exit = await Promise.race([second.exited, new Promise<null>((r) => setTimeout(() => r(null), 10_000))])
  check(exit && exit.code === 0, `the second launch did not quit cleanly: ${JSON.stringify(exit)}`)
  check(!second.events.some((e) => e.type === 'window-created'), 'the second launch opened a window')
  await first.waitFor((e) => e.type === 'window-focused', 5_000, 'focus on the first window')
  check(first.events.filter((e) => e.type === 'window-created').length === 1, 'a second window was made')
  noProblems(first)
  await first.quit()
  figures(`second launch gone after ${exit.at - t0} ms`)
})

await scenario('macOS: no window open, then activate or a second launch opens one', async (figures) => {
  const userData = folder('subs-boot-')
  const b = start({ userData, platform: 'darwin' })
  check((await b.outcome()) === 'window', 'no window')
  await b.request({ cmd: 'close-windows' })
  await new Promise((r) => setTimeout(r, 300))
  check(b.child.exitCode === null, 'Subs quit when its last window closed (macOS apps stay open)')
  const shown = (n: number) => () => b.events.filter((x) => x.type === 'window-shown').length >= n
  await b.request({ cmd: 'activate' })
  await b.waitFor(shown(2), 5_000, 'a window on activate')
  await b.request({ cmd: 'close-windows' })
  const second = start({ userData, platform: 'darwin' })
  await second.exited
  await b.waitFor(shown(3), 5_000, 'a window on a second launch')
  check(b.events.filter((x) => x.type === 'window-created').length === 3, 'not one new window each time')
  check((await b.snapshot()).players !== undefined, 'the new window has no working api')
  noProblems(b)
  await b.quit()
  figures('activate → window; second launch → window')
})

clean?.kill()
for (const d of cleanup) {
  try {
    chmodSync(d, 0o755)
    rmSync(d, { recursive: true, force: true })
  } catch {
    /* best effort */
  }
}

const head = ['scenario', 'runs', 'passed', 'figures']
const cells = rows.map((r) => [r.scenario, String(r.runs), String(r.passed), r.figures])
const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(width[i]!)).join(' | ')} |`
process.stdout.write(`\n${[line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')}\n`)
const passed = rows.reduce((n, r) => n + r.passed, 0)
const runs = rows.reduce((n, r) => n + r.runs, 0)
process.stdout.write(`\nboot check: ${passed} passed, ${runs - passed} failed, in ${Math.round((Date.now() - started) / 1000)} s (stand-in electron, not a real Electron binary)\n`)
mkdirSync(join(ROOT, 'test-results'), { recursive: true })
writeFileSync(join(ROOT, 'test-results/boot.json'), JSON.stringify({ passed, failed: runs - passed, skipped: 0, rows }, null, 2))
process.exitCode = passed === runs ? 0 : 1
setTimeout(() => process.exit(), 200).unref()
