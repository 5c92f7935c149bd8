// The app:// handler that protocol.handle calls: serves the built renderer and nothing else.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { APP_INDEX_URL, serveRenderer } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/window-options'

const root = mkdtempSync(join(tmpdir(), 'subs-renderer-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Subs</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
// A secret beside the renderer folder that must never be served.
writeFileSync(join(root, '..', 'subs-renderer-secret.txt'), 'secret')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const serve = serveRenderer(root)
const get = (url: string, method = 'GET') => serve(new Request(url, { method }))

describe('app://subs/ protocol handler', () => {
  it('serves the page with its type and the CSP as a header', async () => {
    const r = await get(APP_INDEX_URL)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await r.text()).toContain('<title>Subs</title>')
    expect((await get('app://subs/')).status).toBe(200)
  })

  it('serves assets with the right types', async () => {
    expect((await get('app://subs/assets/index-abc.js')).headers.get('content-type')).toMatch(/^text\/javascript/)
    expect((await get('app://subs/assets/index-abc.css')).headers.get('content-type')).toMatch(/^text\/css/)
    const head = await get('app://subs/assets/index-abc.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('never serves anything outside the renderer folder, however the path is spelled', async () => {
    for (const url of [
      'app://subs/../subs-renderer-secret.txt',
      'app://subs/%2e%2e/subs-renderer-secret.txt',
      'app://subs/assets/%2e%2e%2f%2e%2e%2fsubs-renderer-secret.txt',
      'app://subs/..%5csubs-renderer-secret.txt',
      'app://subs/assets/%00.js',
      'app://subs/%E0%A4%A',
    ]) {
      const r = await get(url)
      expect(r.status, url).toBe(404)
      expect(await r.text(), url).not.toContain('secret')
    }
  })

  it('answers only its own host, only GET and HEAD, and 404 for missing files', async () => {
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://subs/missing.js')).status).toBe(404)
    expect((await get('app://subs/assets')).status).toBe(404) // a folder is not a file
    expect((await serve(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})
