// Promise 2 end to end: connect through the whole core with the encrypted vault on disk, sync,
// force a token refresh (rotation), hit an error path, then scan EVERY file in the data folder
// and the vault folder, and everything logged, for any 8-character piece of any token or the
// client secret that ever existed during the run.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { request } from 'undici'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { createEncryptedVault } from '../../src/main/core/monzo/token-vault'
import { VAULT_KEYS, type Vault } from '../../src/main/core/monzo/vault'
import { startMonzoSimulator, type MonzoSimulator } from '../../src/main/core/monzo/simulator'
import { createTestPlatform } from '../helpers/test-platform'
import { aesCipher } from '../helpers/aes-cipher'
import type { Snapshot } from '../../src/shared/views'
import { freePort } from '../helpers/free-port'

const PIECE = 8
const root = mkdtempSync(join(tmpdir(), 'subs-secrets-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function pieces(secret: string): string[] {
  const out: string[] = []
  for (let i = 0; i + PIECE <= secret.length; i++) out.push(secret.slice(i, i + PIECE))
  return out
}

/** Every file below `dir`, with its bytes as text (latin1 keeps every byte visible). */
function filesUnder(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...filesUnder(p))
    else out.push({ path: p, text: readFileSync(p).toString('latin1') })
  }
  return out
}

/** [where, piece] for every leaked piece; empty when nothing leaked. */
function leaks(secrets: string[], haystacks: { path: string; text: string }[]): string[] {
  const found: string[] = []
  for (const s of secrets) for (const piece of pieces(s)) for (const h of haystacks) if (h.text.includes(piece)) found.push(`${h.path}: ${piece}`)
  return found
}


async function until(pred: () => Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('no secret on disk or in logs', () => {
  it('after connect, sync, refresh and a failure: nothing in any file or log holds a piece of a token or the secret', async () => {
    const dataDir = join(root, 'data')
    const vaultDir = join(root, 'vault')
    const client = { clientId: 'oauth2client_00009Secrets', clientSecret: `mnzconf.${randomBytes(30).toString('base64url')}`, confidential: true }
    const sim: MonzoSimulator = await startMonzoSimulator({ client, autoApproveAfterMs: 0 })
    const conf = new Conf<Record<string, unknown>>({ cwd: vaultDir, configName: 'subs-vault', projectName: 'subs-test', configFileMode: 0o600, accessPropertiesByDotNotation: false })
    const inner = createEncryptedVault({
      store: { get: (k) => conf.get(k), set: (k, v) => conf.set(k, v), delete: (k) => conf.delete(k), clear: () => conf.clear() },
      cipher: aesCipher(),
      filePath: conf.path,
    })
    // Every token set the app ever saves passes through here, so none escapes the scan.
    const tokens = new Set<string>()
    const vault: Vault = {
      ...inner,
      async set(k, v) {
        if (k === VAULT_KEYS.tokens) {
          const t = JSON.parse(v) as { accessToken: string; refreshToken?: string }
          tokens.add(t.accessToken)
          if (t.refreshToken) tokens.add(t.refreshToken)
        }
        return inner.set(k, v)
      },
    }
    const logged: string[] = []
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '))),
    )
    const platform = createTestPlatform(() => sim)
    let core: SubsCore | undefined
    try {
      core = await createSubsCore({
        dataFile: join(dataDir, 'subs.json'),
        platform,
        background: false,
        vault,
        monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl, approvalPollMs: 20 },
        log: (m, e) => void logged.push(`${m} ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`),
      })
      const c = core
      const snap = async () => ((await c.invoke('app:snapshot', undefined)) as { ok: true; value: Snapshot }).value
      const port = await freePort()
      expect((await c.invoke('monzo:configure', { clientId: client.clientId, clientSecret: client.clientSecret, port })).ok).toBe(true)
      await c.invoke('monzo:connect', undefined)
      // Wait for the first sync to finish entirely: a sync:run while it runs would just join it.
      await until(async () => {
        const s = await snap()
        return s.sync.lastSyncAt !== null && !s.sync.running
      }, 'the first sync after connecting')
      // The loopback listener is gone once the flow is over.
      await expect(request(`http://127.0.0.1:${port}/callback`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })

      sim.expireAccessTokens() // the next call gets a 401 and refreshes, rotating both tokens
      expect((await c.invoke('sync:run', undefined)).ok).toBe(true)
      expect(sim.requestLog.filter((r) => r.grantType === 'refresh_token' && r.status === 200)).toHaveLength(1)
      sim.faults.serverError({ count: 10, path: '/transactions' }) // an error path, which may log
      const failed = await c.invoke('sync:run', undefined)
      expect(failed.ok).toBe(false)
      sim.faults.clear()
      sim.expireAccessTokens()
      sim.revokeRefreshTokens() // refresh refused: "reconnect Monzo"
      const lost = await c.invoke('sync:run', undefined)
      expect(lost).toMatchObject({ ok: false, code: 'needs_reconnect' })
      const final = await snap()
      await c.close()
      core = undefined

      const secrets = [client.clientSecret, ...tokens]
      expect(tokens.size).toBeGreaterThanOrEqual(4) // two access and two refresh tokens at least
      // The scan itself can see a leak (so an empty result means something).
      expect(leaks([client.clientSecret], [{ path: 'probe', text: `x${client.clientSecret.slice(5, 20)}x` }])).not.toEqual([])

      const files = [...filesUnder(dataDir), ...filesUnder(vaultDir)]
      expect(files.map((f) => f.path)).toEqual(expect.arrayContaining([join(dataDir, 'subs.json'), conf.path]))
      expect(files.some((f) => f.path.includes('backups'))).toBe(true)
      expect(readFileSync(conf.path, 'utf8')).toContain('secrets') // the vault really holds (encrypted) entries
      expect(leaks(secrets, files)).toEqual([])
      expect(leaks(secrets, [{ path: 'logs', text: logged.join('\n') }])).toEqual([])
      expect(leaks(secrets, [{ path: 'snapshot', text: JSON.stringify(final) }])).toEqual([])
      expect(leaks(secrets, [{ path: 'opened URLs', text: platform.opened.join('\n') }])).toEqual([])
      expect(statSync(conf.path).mode & 0o777).toBe(0o600)
    } finally {
      await core?.close()
      await sim.close()
      for (const s of spies) s.mockRestore()
    }
  })
})
