// Security promises as tests, without Electron: the exported window options and CSP, the guards
// driven through small fakes that record what Electron would be told, the external-link
// allowlist, the IPC sender check, and the loopback listener during a real Connect.
import { networkInterfaces } from 'node:os'
import { pathToFileURL } from 'node:url'
import { request } from 'undici'
import { describe, expect, it } from 'vitest'
import type { App, Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, windowOptions } from '../../src/main/window-options'
import { guardApp, guardSession, guardWebContents } from '../../src/main/guards'
import { isAllowedExternalUrl } from '../../src/main/core/external-links'
import { isTrustedSender } from '../../src/main/sender-check'
import { makeIsAppUrl } from '../../src/main/app-url'
import { APP_INDEX_URL } from '../../src/main/app-protocol'
import { startLoopbackListener } from '../../src/main/core/monzo/loopback'

const APP_URL = APP_INDEX_URL
const isAppUrl = makeIsAppUrl()

describe('window options', () => {
  it('isolate the renderer from Node and Electron', () => {
    expect(windowOptions.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })

  it('have a CSP that only allows the app itself', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values] as const),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    // (frame-ancestors is ignored in a <meta> CSP, so it isn't asserted here.)
    // All network traffic happens in main: the page may not talk to any remote host.
    for (const [name, values] of directives) {
      for (const v of values) {
        expect(v, `${name} ${v}`).not.toMatch(/^(https?:|wss?:|\*|http)/)
        expect(v, `${name} ${v}`).not.toBe("'unsafe-eval'")
      }
    }
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
  })
})

// --- Fakes that record what the guards ask Electron to do -----------------------------------

type Handler = (...args: unknown[]) => void
interface FakeEvent {
  prevented: boolean
  preventDefault(): void
}
const event = (): FakeEvent => ({ prevented: false, preventDefault() { this.prevented = true } })

function fakeContents() {
  const handlers = new Map<string, Handler[]>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  const contents = {
    on(name: string, h: Handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), h])
      return contents
    },
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      openHandler = h
    },
  }
  return {
    contents: contents as unknown as WebContents,
    emit(name: string, ...args: unknown[]): FakeEvent {
      const e = event()
      const list = handlers.get(name) ?? []
      expect(list.length, `a handler for ${name}`).toBeGreaterThan(0)
      for (const h of list) h(e, ...args)
      return e
    },
    open(url: string) {
      expect(openHandler).not.toBeNull()
      return openHandler!({ url })
    },
  }
}

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://monzo.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://monzo.com.evil.example/',
  'https://evilmonzo.com/',
  'https://developers.monzo.com@evil.example/',
  `${APP_URL}/../../../../etc/passwd`,
]

describe('web contents guards', () => {
  function guarded() {
    const f = fakeContents()
    const opened: string[] = []
    guardWebContents(f.contents, { isAppUrl, openExternal: (u) => void opened.push(u) })
    return { ...f, opened }
  }

  it('prevent navigation away from the app, and allow reloading the app page', () => {
    const g = guarded()
    for (const url of HOSTILE_URLS) expect(g.emit('will-navigate', url).prevented, url).toBe(true)
    expect(g.emit('will-navigate', 'https://monzo.com/').prevented).toBe(true)
    expect(g.emit('will-navigate', APP_URL).prevented).toBe(false)
    expect(g.emit('will-navigate', `${APP_URL}#/players`).prevented).toBe(false)
    // Only the allowlisted link went to the system browser.
    expect(g.opened).toEqual(['https://monzo.com/'])
  })

  it('prevent redirects away from the app', () => {
    const g = guarded()
    for (const url of [...HOSTILE_URLS, 'https://monzo.com/']) expect(g.emit('will-redirect', url).prevented, url).toBe(true)
    expect(g.emit('will-redirect', APP_URL).prevented).toBe(false)
  })

  it('prevent attaching a webview, whatever it asks for', () => {
    const g = guarded()
    const e = g.emit('will-attach-webview', { preload: '/tmp/evil.js', nodeIntegration: true }, { src: 'https://evil.example' })
    expect(e.prevented).toBe(true)
  })

  it('deny every window.open; only allowlisted links reach the system browser', () => {
    const g = guarded()
    for (const url of [...HOSTILE_URLS, APP_URL, 'https://monzo.me/alex/5.00']) expect(g.open(url)).toEqual({ action: 'deny' })
    expect(g.opened).toEqual(['https://monzo.me/alex/5.00'])
  })

  it('are installed on every web contents the app creates', () => {
    const handlers = new Map<string, Handler>()
    const app = { on: (name: string, h: Handler) => void handlers.set(name, h) } as unknown as App
    guardApp(app, { isAppUrl, openExternal: () => {} })
    const f = fakeContents()
    handlers.get('web-contents-created')!({}, f.contents)
    expect(f.emit('will-navigate', 'https://evil.example/').prevented).toBe(true)
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' })
  })
})

describe('session guard', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null
    let checkHandler: ((...a: unknown[]) => boolean) | null = null
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => void (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => void (checkHandler = h),
    } as unknown as Session
    guardSession(session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb']) {
      const answers: boolean[] = []
      requestHandler!({}, permission, (g) => answers.push(g))
      expect(answers, permission).toEqual([false])
      expect(checkHandler!({}, permission, APP_URL, {}), permission).toBe(false)
    }
  })
})

describe('external link allowlist', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'http://monzo.com/',
    'http://monzo.me/alex',
    'https://monzo.com.evil.example/',
    'https://evilmonzo.com/',
    'https://monzo.co/',
    'https://developers.monzo.com@evil.example/',
    'https://user:pass@monzo.com/',
    'https://user@monzo.me/alex',
    'https://monzo.com:8443/',
    'https://monzo.me:444/alex',
    'https://xn--mnzo-lra.com/',
    'https://monzo.com%2e.evil.example/',
    '//monzo.com/',
    'monzo.com',
    '',
    ' ',
    'https://',
    'ftp://monzo.com/',
    'blob:https://monzo.com/1234',
    'https://sub.monzo.me/',
  ])('rejects %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it.each(['https://monzo.com/', 'https://developers.monzo.com/apps', 'https://monzo.me/alex/5.00?d=SUBS-ASHC', 'https://MONZO.COM/'])(
    'accepts %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true)
    },
  )

  it('allows an extra origin exactly, not its look-alikes', () => {
    const extra = ['http://127.0.0.1:41234']
    expect(isAllowedExternalUrl('http://127.0.0.1:41234/authorise?x=1', extra)).toBe(true)
    for (const url of ['http://127.0.0.1:41235/', 'http://127.0.0.1.evil.example:41234/', 'https://127.0.0.1:41234/', 'http://a@127.0.0.1:41234/']) {
      expect(isAllowedExternalUrl(url, extra), url).toBe(false)
    }
  })
})

describe('IPC sender check', () => {
  const main = { url: APP_URL }
  it('accepts only the main frame showing the app page', () => {
    expect(isTrustedSender(main, main, isAppUrl)).toBe(true)
  })
  it('rejects subframes, foreign pages, navigated frames and missing frames', () => {
    expect(isTrustedSender({ url: APP_URL }, main, isAppUrl)).toBe(false) // a subframe, same URL but another frame
    const evil = { url: 'https://evil.example/' }
    expect(isTrustedSender(evil, evil, isAppUrl)).toBe(false)
    const other = { url: pathToFileURL('/tmp/evil/index.html').href }
    expect(isTrustedSender(other, other, isAppUrl)).toBe(false)
    // Not our scheme's host, or not our scheme: refused however the rest of the URL looks.
    for (const url of ['app://evil/index.html', 'app://subs.evil/index.html', 'appx://subs/index.html', 'file:///opt/Subs/out/renderer/index.html']) {
      const g = { url }
      expect(isTrustedSender(g, g, isAppUrl), url).toBe(false)
    }
    const dataUrl = { url: 'data:text/html,<script>1</script>' }
    expect(isTrustedSender(dataUrl, dataUrl, isAppUrl)).toBe(false)
    expect(isTrustedSender(null, main, isAppUrl)).toBe(false)
    expect(isTrustedSender(main, null, isAppUrl)).toBe(false)
    expect(isTrustedSender(undefined, undefined, isAppUrl)).toBe(false)
  })
  it('trusts every page of the app whatever folder Subs is installed in (no file path is compared)', () => {
    // Chromium spells file URLs of folders with [ ] ~ or a drive letter differently from pathToFileURL;
    // app://subs/ has no path of the install folder in it, so those installs are no longer refused.
    for (const url of [APP_URL, 'app://subs/index.html#/players', 'app://subs/index.html?x=1', 'APP://SUBS/index.html']) {
      const f = { url }
      expect(isTrustedSender(f, f, isAppUrl), url).toBe(true)
    }
  })
  it('with a dev server, trusts its origin only', () => {
    const dev = makeIsAppUrl('http://localhost:5173/')
    const f = { url: 'http://localhost:5173/#/players' }
    expect(isTrustedSender(f, f, dev)).toBe(true)
    for (const url of ['http://localhost:5174/', 'http://localhost.evil.example:5173/', 'not a url', APP_URL]) {
      const g = { url }
      expect(isTrustedSender(g, g, dev), url).toBe(false)
    }
  })
})

describe('loopback listener', () => {
  it('binds 127.0.0.1 only, refuses a wrong state, and is closed after the callback', async () => {
    const l = await startLoopbackListener({ port: 0, state: 'right-state', timeoutMs: 10_000 })
    try {
      expect(l.address.address).toBe('127.0.0.1')
      // Not reachable on any other address this machine has.
      const others = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => a!.address)
      for (const addr of others) {
        await expect(request(`http://${addr}:${l.port}/callback?state=right-state&code=x`), addr).rejects.toThrow()
      }
      const wrong = await request(`${l.redirectUri}?state=wrong&code=stolen`)
      expect(wrong.statusCode).toBe(400)
      expect(await wrong.body.text()).not.toContain('stolen')
      const ok = await request(`${l.redirectUri}?state=right-state&code=secret-code-123`)
      const page = await ok.body.text()
      expect(ok.statusCode).toBe(200)
      expect(page).not.toContain('secret-code-123')
      expect(page).toMatch(/return to Subs/)
      await expect(l.result).resolves.toEqual({ code: 'secret-code-123' })
      await expect(request(l.redirectUri)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    } finally {
      await l.close()
    }
  })
})
