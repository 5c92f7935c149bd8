// Real-Electron smoke test: runs whenever an Electron binary is installed, and says clearly when it isn't.
import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The path require('electron') would return, worked out without requiring it: the package's
 * index.js tries to download the binary when it is missing, and this run must not touch the network.
 */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim()
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist')
    const path = join(base, rel)
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

test('the built app opens, adds a player through the UI, and still has them after a relaunch', async () => {
  const executablePath = electronBinary()
  const reason = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)'
  // The list reporter doesn't print skip reasons, so say it where the run's output shows it.
  if (!executablePath) console.log(`SKIPPED real-Electron smoke test: ${reason}`)
  test.skip(!executablePath, reason)
  const dataDir = await mkdtemp(join(tmpdir(), 'subs-electron-'))
  const launch = () =>
    electron.launch({
      executablePath: executablePath!,
      // The app folder, so Electron reads package.json (name "subs", main out/main/index.js).
      args: [ROOT, '--no-sandbox'],
      env: { ...process.env, SUBS_DATA_DIR: dataDir },
    })
  try {
    let app = await launch()
    let win = await app.firstWindow()
    await win.getByRole('button', { name: /Start with my own players/ }).click()
    await win.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Players' }).click()
    await win.getByRole('button', { name: '+ Add player' }).first().click()
    await win.getByLabel('Name', { exact: true }).fill('Zoë Adebayo')
    await win.getByRole('dialog').getByRole('button', { name: 'Add player' }).click()
    await expect(win.getByRole('table')).toContainText('Zoë Adebayo')

    // Served from the app's own scheme (protocol.handle), not file://.
    expect(win.url()).toMatch(/^app:\/\/subs\/(index\.html)?([?#].*)?$/)
    // The running window is locked down as window-options.ts says: no Node in the page, only window.api.
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    expect(await win.evaluate(() => typeof (window as unknown as { api?: { on?: unknown } }).api?.on)).toBe('function')
    expect(await win.evaluate(() => window.open('https://example.com/') === null)).toBe(true)
    await win.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await expect(win.getByRole('table')).toContainText('Zoë Adebayo')
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    await app.close()

    app = await launch()
    win = await app.firstWindow()
    await win.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Players' }).click()
    await expect(win.getByRole('table')).toContainText('Zoë Adebayo')
    await app.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})
