// The Platform the real core gets in e2e runs: records what would have gone to the OS.
import { join } from 'node:path'
import type { Platform } from '../../../src/main/core/platform'

export interface RecordingPlatform extends Platform {
  copied: string[]
  opened: string[]
  notified: { title: string; body: string }[]
  /** Plays the organiser clicking the nth notification shown (the latest by default). */
  clickNotification(index?: number): void
  saved: string[]
  /** What the next "open file" dialog returns (null = the organiser cancelled). */
  nextOpenFile: string | null
  /** Plays the organiser's browser for URLs Subs opens (e.g. the simulator's authorise page). */
  browser: ((url: string) => Promise<void>) | null
}

export function recordingPlatform(dir: string): RecordingPlatform {
  const clicks: (() => void)[] = []
  const p: RecordingPlatform = {
    copied: [],
    opened: [],
    notified: [],
    saved: [],
    nextOpenFile: null,
    browser: null,
    async openExternal(url) {
      p.opened.push(url)
      // Like a real browser, this happens beside the app: openExternal returns at once.
      if (p.browser) void p.browser(url).catch(() => {})
    },
    async copyText(text) {
      p.copied.push(text)
    },
    async chooseSaveFile({ defaultName }) {
      const file = join(dir, defaultName || `export-${p.saved.length + 1}.csv`)
      p.saved.push(file)
      return file
    },
    async chooseOpenFile() {
      return p.nextOpenFile
    },
    notify(title, body, onClick) {
      p.notified.push({ title, body })
      clicks.push(() => onClick?.())
    },
    clickNotification(index = clicks.length - 1) {
      const click = clicks[index]
      if (!click) throw new Error(`No notification ${index} to click (${clicks.length} shown).`)
      click()
    },
    // The page runs in en-GB (playwright.config.ts): main's texts use the same locale, as in Electron.
    locale: () => 'en-GB',
  }
  return p
}
