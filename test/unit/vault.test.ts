import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, describe, expect, it } from 'vitest'
import { request } from 'undici'
import { createMonzoConnection } from '../../src/main/core/monzo/connection'
import { VaultUnavailableError, createEncryptedVault } from '../../src/main/core/monzo/token-vault'
import { VAULT_KEYS } from '../../src/main/core/monzo/vault'
import { fakeClock, startSim, testDispatcher } from './monzo-helpers'
import { aesCipher } from '../helpers/aes-cipher'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})


function confStore() {
  const cwd = mkdtempSync(join(tmpdir(), 'subs-vault-'))
  dirs.push(cwd)
  const conf = new Conf<Record<string, unknown>>({ cwd, configName: 'subs-vault', projectName: 'subs-test', configFileMode: 0o600, accessPropertiesByDotNotation: false })
  return { conf, path: conf.path, store: { get: (k: string) => conf.get(k), set: (k: string, v: unknown) => conf.set(k, v), delete: (k: string) => conf.delete(k), clear: () => conf.clear() } }
}

const SECRETS = {
  'monzo.clientSecret': 'mnzconf.Zq8vJ3kP0wXyTuR5sLmN2bVcD7eF',
  'monzo.tokens': JSON.stringify({ accessToken: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.sim_at_Kx9QwErTy', refreshToken: 'sim_rt_Pl0Ok9Ij8Uh7Yg6Tf5', expiresAt: 1 }),
}

/** Every 6-character window of each secret value. */
function windows(s: string, n = 6): string[] {
  const out: string[] = []
  for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n))
  return out
}

describe('encrypted vault', () => {
  it('round-trips values, and the file holds no piece of any token or secret', async () => {
    const { store, path } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(), filePath: path })
    for (const [k, v] of Object.entries(SECRETS)) await vault.set(k, v)
    for (const [k, v] of Object.entries(SECRETS)) expect(await vault.get(k)).toBe(v)
    const onDisk = readFileSync(path, 'utf8')
    expect(onDisk.length).toBeGreaterThan(100)
    const tokens = JSON.parse(SECRETS['monzo.tokens'])
    for (const secret of [SECRETS['monzo.clientSecret'], tokens.accessToken, tokens.refreshToken]) {
      for (const piece of windows(secret)) expect(onDisk).not.toContain(piece)
    }
  })

  it('keeps the file at mode 0600', async () => {
    const { store, path } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(), filePath: path })
    await vault.set('monzo.clientSecret', 'x')
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('delete and clear remove values', async () => {
    const { store, path } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(), filePath: path })
    await vault.set('a', '1')
    await vault.set('b', '2')
    await vault.delete('a')
    expect(await vault.get('a')).toBeUndefined()
    expect(await vault.get('b')).toBe('2')
    await vault.clear()
    expect(await vault.get('b')).toBeUndefined()
    expect(readFileSync(path, 'utf8')).not.toContain('"b"')
  })

  it('refuses to store anything when encryption is unavailable', async () => {
    const { store } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(false) })
    await expect(vault.set('monzo.clientSecret', 's')).rejects.toBeInstanceOf(VaultUnavailableError)
    expect(store.get('secrets')).toBeUndefined()
  })

  it('treats Linux basic_text as unavailable unless the user agreed', async () => {
    const { store } = confStore()
    let agreed = false
    const vault = createEncryptedVault({ store, cipher: aesCipher(), storageBackend: () => 'basic_text', allowBasicText: () => agreed })
    const err = await vault.set('k', 'v').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(VaultUnavailableError)
    expect((err as VaultUnavailableError).reason).toBe('basic_text')
    expect((err as Error).message).toMatch(/keyring/)
    agreed = true
    await vault.set('k', 'v')
    expect(await vault.get('k')).toBe('v')
  })

  it('accepts a real keyring backend without asking', async () => {
    const { store } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(), storageBackend: () => 'gnome_libsecret' })
    await vault.set('k', 'v')
    expect(await vault.get('k')).toBe('v')
  })
})

describe('encrypted vault with a real Monzo (simulator) connection', () => {
  it('after connecting and refreshing, no piece of any token or the secret is on disk', async () => {
    const clock = fakeClock()
    const client = { clientId: 'oauth2client_00009Vault', clientSecret: `mnzconf.${randomBytes(24).toString('base64url')}`, confidential: true }
    const sim = await startSim(clock, { autoApproveInApp: true, client })
    const { store, path } = confStore()
    const vault = createEncryptedVault({ store, cipher: aesCipher(), filePath: path })
    const dispatcher = testDispatcher()
    const conn = createMonzoConnection({
      vault, authBase: sim.authoriseUrl, apiBase: sim.baseUrl, clock: clock.now, dispatcher, port: 0, sleep: async () => {},
      open: async (url) => void (await (await request(await sim.approveAuthorisation(url))).body.dump()),
    })
    try {
      await conn.configure({ clientId: sim.client.clientId, clientSecret: sim.client.clientSecret })
      expect((await conn.connect()).state).toBe('connected')
      const first = JSON.parse((await vault.get(VAULT_KEYS.tokens))!)
      sim.expireAccessTokens()
      await conn.client().whoami() // forces a refresh, rotating both tokens
      const second = JSON.parse((await vault.get(VAULT_KEYS.tokens))!)
      expect(second.refreshToken).not.toBe(first.refreshToken)
      const onDisk = readFileSync(path, 'utf8')
      for (const secret of [sim.client.clientSecret, first.accessToken, first.refreshToken, second.accessToken, second.refreshToken]) {
        for (const piece of windows(secret.replace(/^(sim_at_|sim_rt_|mnzconf\.)/, ''))) expect(onDisk).not.toContain(piece)
      }
      expect(statSync(path).mode & 0o777).toBe(0o600)
    } finally {
      await conn.close()
      await dispatcher.close()
      await sim.close()
    }
  })
})
