// A Platform for tests: records what was opened and copied, answers dialogs from a queue,
// and can "be the organiser in the browser" by approving on the simulator's authorise page.
import { request } from 'undici'
import type { Platform } from '../../src/main/core/platform'
import type { MonzoSimulator } from '../../src/main/core/monzo/simulator'

export interface TestPlatform extends Platform {
  opened: string[]
  copied: string[]
  notes: string[]
  /** Each notification shown, with what clicking it does. */
  notifications: { title: string; body: string; click: () => void }[]
  saveAnswers: (string | null)[]
  openAnswers: (string | null)[]
}

export function createTestPlatform(sim?: () => MonzoSimulator | undefined, decision: 'approve' | 'deny' = 'approve'): TestPlatform {
  const p: TestPlatform = {
    opened: [],
    copied: [],
    notes: [],
    notifications: [],
    saveAnswers: [],
    openAnswers: [],
    async openExternal(url) {
      p.opened.push(url)
      const s = sim?.()
      if (!s || !url.startsWith(s.authoriseUrl)) return
      // What the browser does: the user decides, Monzo redirects to the loopback listener.
      const callback = decision === 'approve' ? await s.approveAuthorisation(url) : await s.denyAuthorisation(url)
      void request(callback).then((r) => r.body.dump())
    },
    async copyText(text) {
      p.copied.push(text)
    },
    async chooseSaveFile() {
      return p.saveAnswers.shift() ?? null
    },
    async chooseOpenFile() {
      return p.openAnswers.shift() ?? null
    },
    notify(title, body, onClick) {
      p.notes.push(`${title}: ${body}`)
      p.notifications.push({ title, body, click: () => onClick?.() })
    },
    locale: () => 'en-GB',
  }
  return p
}
