// E2E harness: the production renderer (out/renderer) in Chromium, with window.api bound to the
// REAL core (createSubsCore) running in this Playwright process over a temp data dir.
// It is a STAND-IN for Electron's preload/contextBridge/IPC, and it refuses what they refuse:
//
// - window.api is built by the shared channel list's buildApi (bundled with esbuild into an init
//   script, support/page-api.ts), so there is no hand-written channel list here.
// - Each call goes page → structured clone → exposeBinding('__subsInvoke') → structured clone →
//   core.invoke (the same boundary main/ipc.ts uses) → structured clone of the result → page.
//   A Proxy, a function or a class with methods fails the call exactly as under Electron.
// - core.on('data:changed' | 'status:changed') is forwarded into the page's listeners, cloned too.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { buildSync } from 'esbuild'
import { mkdtemp, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { EVENT_NAMES as eventNames } from '../../src/shared/channels'
import { startMonzoSimulator, type MonzoSimulator, type MonzoSimulatorOptions } from '../../src/main/core/monzo/simulator'
import { recordingPlatform, type RecordingPlatform } from './support/recording-platform'
import { serveStatic, type StaticServer } from './support/static-server'

const ROOT = resolve(import.meta.dirname, '../..')
const RENDERER = join(ROOT, 'out/renderer')
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots')

export function buildInitScript(): string {
  const out = buildSync({
    entryPoints: [join(import.meta.dirname, 'support/page-api.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  })
  return out.outputFiles[0].text
}

/** What Electron's IPC does to a value crossing between processes: a structured clone, or a failure. */
function ipcCopy<T>(value: T, what: string, problems: string[]): T {
  try {
    return structuredClone(value)
  } catch (e) {
    problems.push(`stand-in IPC: ${what} could not be cloned (${(e as Error).message})`)
    throw new Error('An object could not be cloned.')
  }
}

export interface StartOptions {
  /** Runs before the core opens the data dir, e.g. to write a corrupt subs.json. */
  before?: (dir: string) => Promise<void>
  /**
   * Stand the Monzo simulator in for api.monzo.com / auth.monzo.com. The harness then plays the
   * organiser's browser: when Subs opens the authorise page it clicks Approve there and follows
   * the redirect to Subs' loopback listener. Approval "in the Monzo app" is left to the spec.
   */
  monzo?: MonzoSimulatorOptions
  /** The core's clock (epoch ms), e.g. to jump 80 days ahead; give the simulator the same one as `monzo.now`. */
  now?: () => number
}

export class Subs {
  readonly platform: RecordingPlatform
  core!: SubsCore
  /** The Monzo simulator, when startOptions.monzo was given. */
  sim: MonzoSimulator | null = null
  page!: Page
  /** Uncaught page errors, console errors and core crashes: any of them fails the test. */
  readonly problems: string[] = []
  #context: BrowserContext | null = null
  #unsubscribe: (() => void)[] = []

  constructor(
    readonly dir: string,
    private readonly browser: Browser,
    private readonly server: StaticServer,
    private readonly initScript: string,
    private readonly options: StartOptions = {},
  ) {
    this.platform = recordingPlatform(dir)
  }

  async startSimulator(): Promise<void> {
    if (!this.options.monzo) return
    const sim = await startMonzoSimulator(this.options.monzo)
    this.sim = sim
    this.platform.browser = async (url) => {
      if (!url.startsWith(sim.authoriseUrl)) return
      const callback = await sim.approveAuthorisation(url)
      await fetch(callback).then((r) => r.text())
    }
  }

  get dataFile(): string {
    return join(this.dir, 'subs.json')
  }

  async startCore(): Promise<void> {
    this.core = await createSubsCore({
      dataFile: this.dataFile,
      platform: this.platform,
      background: false,
      now: this.options.now ? () => new Date(this.options.now!()) : undefined,
      monzo: this.sim ? { authBase: this.sim.authoriseUrl, apiBase: this.sim.baseUrl, approvalPollMs: 100 } : undefined,
      log: (m, e) => this.problems.push(`core: ${m} ${e instanceof Error ? e.stack : String(e ?? '')}`),
    })
    for (const event of eventNames) {
      this.#unsubscribe.push(
        this.core.on(event, (payload) => {
          // The page may be mid-reload or closed; the next snapshot read catches it up anyway.
          void this.page
            ?.evaluate(([e, p]) => (window as unknown as { __subsEmit: (e: string, p: unknown) => void }).__subsEmit(e, p), [event, ipcCopy(payload, `the '${event}' event payload`, this.problems)] as const)
            .catch(() => {})
        }),
      )
    }
  }

  async openPage(): Promise<Page> {
    this.#context = await this.browser.newContext()
    const page = await this.#context.newPage()
    // Goes through whichever core is current, so a restart needs no re-binding.
    await page.exposeBinding('__subsInvoke', async (_src, ch: unknown, input: unknown) => {
      // ipcMain.handle receives a structured clone of the argument and sends back a clone of the result.
      const result = await this.core.invoke(ch, ipcCopy(input, `the input to ${String(ch)}`, this.problems))
      return ipcCopy(result, `the result of ${String(ch)}`, this.problems)
    })
    await page.addInitScript({ content: this.initScript })
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`)
    })
    this.page = page
    await page.goto(this.server.url)
    await expect(page.locator('#app > *').first()).toBeVisible()
    return page
  }

  /** Quit and relaunch: page and core closed, a new core opens the same data dir, page reloaded. */
  async restart(): Promise<void> {
    await this.closePage()
    await this.stopCore()
    await this.startCore()
    await this.openPage()
  }

  async closePage(): Promise<void> {
    await this.#context?.close()
    this.#context = null
  }

  async stopCore(): Promise<void> {
    for (const u of this.#unsubscribe.splice(0)) u()
    await this.core?.close()
  }

  /** Dismisses any toasts, so screenshots show the screen rather than the last few messages. */
  async clearToasts(): Promise<void> {
    // Toasts stay clickable over a modal dialog (the layer moves into it), so this works there too.
    const buttons = this.page.getByRole('button', { name: 'Dismiss' })
    while ((await buttons.count()) > 0) await buttons.first().click()
  }

  /** Saves <name>-light.png and <name>-dark.png of the current screen (scrolled to the top unless told not to). */
  async screenshots(name: string, opts: { keepScroll?: boolean; keepToasts?: boolean } = {}): Promise<void> {
    await mkdir(SCREENSHOTS, { recursive: true })
    if (!opts.keepToasts) await this.clearToasts()
    if (!opts.keepScroll) await this.page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0))
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme })
      // Let transitions settle so screenshots don't catch half-faded hover states.
      await this.page.waitForTimeout(150)
      await this.page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`) })
    }
    await this.page.emulateMedia({ colorScheme: 'light' })
  }

  // Small helpers so specs read like what the organiser does.
  nav(label: 'Fixtures' | 'Players' | 'Payments' | 'Who owes' | 'Settings') {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label })
  }

  async goTo(label: 'Fixtures' | 'Players' | 'Payments' | 'Who owes' | 'Settings'): Promise<void> {
    await this.nav(label).click()
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible()
  }

  dialog(name: string | RegExp) {
    return this.page.getByRole('dialog', { name })
  }

  async addPlayer(name: string, aliases: string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: '+ Add player' }).first().click()
    const d = this.dialog('Add player')
    await d.getByLabel('Name', { exact: true }).fill(name)
    for (const a of aliases) {
      await d.getByLabel('Names their bank shows').fill(a)
      await d.getByLabel('Names their bank shows').press('Enter')
    }
    await d.getByRole('button', { name: 'Add player' }).click()
    await expect(d).toBeHidden()
  }
}

export const test = base.extend<{ subs: Subs; startOptions: StartOptions }, { server: StaticServer; initScript: string }>({
  server: [
    async ({}, use) => {
      if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first.')
      const s = await serveStatic(RENDERER)
      await use(s)
      await s.close()
    },
    { scope: 'worker' },
  ],
  initScript: [async ({}, use) => use(buildInitScript()), { scope: 'worker' }],
  startOptions: [{}, { option: true }],
  subs: async ({ browser, server, initScript, startOptions }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'subs-e2e-'))
    await startOptions.before?.(dir)
    const subs = new Subs(dir, browser, server, initScript, startOptions)
    await subs.startSimulator()
    await subs.startCore()
    await subs.openPage()
    await use(subs)
    await subs.closePage()
    await subs.stopCore()
    await subs.sim?.close()
    await rm(dir, { recursive: true, force: true })
    expect(subs.problems, 'no page errors, console errors or core crashes').toEqual([])
  },
})

export { expect }
