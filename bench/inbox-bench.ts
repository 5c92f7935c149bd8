// npm run bench:inbox — how long the Payments page takes to show after the click, with 3,000
// payments of which 180 wait in the inbox, in the e2e harness (production renderer in Chromium,
// window.api bound to the real core). Prints the figures; asserts nothing.
// Measured in the page: from the click on "Payments" to the first paint after the inbox is in the
// DOM (a requestAnimationFrame, then a task after it, which runs once that frame is painted).
import { chromium } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Subs, buildInitScript } from '../test/e2e/harness'
import { serveStatic } from '../test/e2e/support/static-server'
import { seedBusyInbox } from './inbox-seed'

const RENDERER = resolve(import.meta.dirname, '../out/renderer')
if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first.')
const RUNS = Number(process.env.RUNS ?? 9)
const MEASURE = `new Promise((done) => {
  const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim().startsWith('Payments'))
  let t0 = 0
  let tDom = 0
  button.addEventListener('click', () => { t0 = performance.now() }, { capture: true, once: true })
  const shown = () => document.querySelector('[aria-labelledby="inbox-h"] article') !== null
  const seen = new MutationObserver(() => { if (!tDom && shown()) tDom = performance.now() })
  seen.observe(document.body, { childList: true, subtree: true })
  const wait = () => {
    if (!shown()) return requestAnimationFrame(wait)
    requestAnimationFrame(() => setTimeout(() => { seen.disconnect(); done([performance.now() - t0, (tDom || performance.now()) - t0]) }, 0))
  }
  button.click()
  wait()
})`

const dir = await mkdtemp(join(tmpdir(), 'subs-inbox-bench-'))
await seedBusyInbox(join(dir, 'subs.json'))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
const server = await serveStatic(RENDERER)
const subs = new Subs(dir, browser, server, buildInitScript())
try {
  await subs.startCore()
  const page = await subs.openPage()
  await page.setViewportSize({ width: 1280, height: 860 })
  const times: number[] = []
  const domTimes: number[] = []
  let nodes = 0
  let cards = 0
  for (let run = 0; run < RUNS + 1; run++) {
    await subs.goTo('Fixtures')
    await page.waitForTimeout(200)
    // A string, not a function: tsx's name helpers don't exist in the page.
    const [ms, dom] = (await page.evaluate(MEASURE)) as [number, number]
    if (run > 0) {
      // the first run warms up the JIT
      times.push(ms)
      domTimes.push(dom)
    }
    nodes = await page.evaluate(() => document.querySelectorAll('*').length)
    cards = await page.locator('[aria-labelledby="inbox-h"] article').count()
  }
  const snap = (await subs.core.invoke('app:snapshot', undefined)) as { ok: true; value: { payments: { status: string }[] } }
  const waiting = snap.value.payments.filter((p) => p.status === 'unmatched' || p.status === 'suggested').length
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  console.log(`Payments page with ${snap.value.payments.length} payments, ${waiting} in the inbox (${cards} cards shown):`)
  console.log(`  click → painted: median ${median.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms over ${times.length} runs`)
  domTimes.sort((a, b) => a - b)
  console.log(`  click → in the DOM: median ${domTimes[Math.floor(domTimes.length / 2)]!.toFixed(1)} ms (the rest is layout and paint)`)
  console.log(`  DOM nodes on the page: ${nodes}`)
} finally {
  await subs.closePage()
  await subs.stopCore()
  await server.close()
  await browser.close()
  await rm(dir, { recursive: true, force: true })
}
