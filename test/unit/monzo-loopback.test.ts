import { createServer } from 'node:net'
import { request } from 'undici'
import { describe, expect, it } from 'vitest'
import { startLoopbackListener } from '../../src/main/core/monzo/loopback'

const fetchText = async (url: string) => {
  const res = await request(url)
  return { status: res.statusCode, text: await res.body.text() }
}

describe('loopback listener', () => {
  it('binds 127.0.0.1 only and is unreachable on other addresses', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's' })
    expect(l.address.address).toBe('127.0.0.1')
    expect(l.redirectUri).toBe(`http://127.0.0.1:${l.port}/callback`)
    await expect(request(`http://[::1]:${l.port}/callback?state=s&code=c`)).rejects.toThrow()
    await l.close()
  })

  it('answers a wrong or missing state with 400 and keeps waiting for the real callback', async () => {
    const l = await startLoopbackListener({ port: 0, state: 'good-state' })
    let settled = false
    void l.result.then(() => (settled = true), () => (settled = true))
    expect((await fetchText(`${l.redirectUri}?code=evil&state=bad`)).status).toBe(400)
    expect((await fetchText(`${l.redirectUri}?code=evil`)).status).toBe(400)
    expect((await fetchText(`${l.redirectUri}?error=access_denied&state=bad`)).status).toBe(400)
    expect(settled).toBe(false)
    const ok = await fetchText(`${l.redirectUri}?code=the-code-123&state=good-state`)
    expect(ok.status).toBe(200)
    expect(ok.text).toContain('You can close this tab and return to Subs')
    expect(ok.text).not.toContain('the-code-123')
    await expect(l.result).resolves.toEqual({ code: 'the-code-123' })
  })

  it('closes after the first valid callback', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's' })
    await fetchText(`${l.redirectUri}?code=c&state=s`)
    await l.result
    // No close() here: it must stop listening on its own.
    await expect(request(`${l.redirectUri}?code=c&state=s`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('rejects with denied on an error callback and closes', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's' })
    const page = await fetchText(`${l.redirectUri}?error=access_denied&state=s`)
    expect(page.text).toContain('return to Subs')
    await expect(l.result).rejects.toMatchObject({ kind: 'denied' })
    await expect(request(l.redirectUri)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('times out and stops listening', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's', timeoutMs: 50 })
    await expect(l.result).rejects.toMatchObject({ kind: 'timeout' })
    await expect(request(l.redirectUri)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('reports a port in use in words', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const port = (blocker.address() as { port: number }).port
    try {
      await expect(startLoopbackListener({ port, state: 's' })).rejects.toMatchObject({
        kind: 'port_in_use',
        message: `Port ${port} is already in use on this computer. Close the program using it, or change the port in Settings → Monzo (and in your Monzo client's redirect URL).`,
      })
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()))
    }
  })

  it('404s other paths without settling', async () => {
    const l = await startLoopbackListener({ port: 0, state: 's' })
    expect((await fetchText(`http://127.0.0.1:${l.port}/other?code=c&state=s`)).status).toBe(404)
    await l.close()
    await expect(l.result).rejects.toMatchObject({ kind: 'cancelled' })
  })
})
