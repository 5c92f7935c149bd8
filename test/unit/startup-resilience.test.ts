// Issue 8: start-up never dies silently, and quitting never waits on Monzo. Each rule is driven
// through the real core under Node; the boot check (test/boot) drives the built app the same way.
import { afterEach, describe, expect, it } from 'vitest'
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { openSideFile } from '../../src/main/core/store/side-file'
import { openPreferences } from '../../src/main/core/preferences'
import { createEncryptedVault, VaultUnavailableError } from '../../src/main/core/monzo/token-vault'
import { createMemoryVault, VAULT_KEYS, type Vault } from '../../src/main/core/monzo/vault'
import { describeStartupFailure } from '../../src/main/core/startup-errors'
import { UserError } from '../../src/main/core/errors'
import { openDataStore } from '../../src/main/core/store/data-store'
import { syncTransactions } from '../../src/main/core/sync/engine'
import { createSyncService } from '../../src/main/core/sync/service'
import { DEFAULT_ACCOUNT_ID, generateTransactions, makePlayers, startMonzoSimulator } from '../../src/main/core/monzo/simulator'
import type { Snapshot } from '../../src/shared/views'
import { createTestPlatform } from '../helpers/test-platform'
import { aesCipher } from '../helpers/aes-cipher'
import { connectedClient } from '../helpers/sim-client'

const dirs: string[] = []
const cores: SubsCore[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'subs-start-'))
  dirs.push(d)
  return d
}
const now = () => new Date('2026-11-20T12:00:00Z')

async function openCore(dir: string, vault: Vault, notices: string[] = []): Promise<SubsCore> {
  const core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform: createTestPlatform(), vault, background: false, notices, now, log: () => {} })
  cores.push(core)
  return core
}
async function snap(core: SubsCore): Promise<Snapshot> {
  const r = await core.invoke('app:snapshot', undefined)
  if (!r.ok) throw new Error(r.error)
  return r.value as Snapshot
}
/** A vault whose every read fails, as one does behind a locked keychain. */
function brokenVault(error: Error): Vault {
  const fail = async () => {
    throw error
  }
  return { get: fail, set: fail, delete: fail, clear: fail }
}

describe('side files (vault, preferences)', () => {
  it('moves a damaged file aside, keeps it, and opens a fresh one', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'subs-preferences.json'), '{"allowBasicText": tru')
    const f = openSideFile({ cwd: dir, name: 'subs-preferences', now })
    expect(f.setAside).toMatch(/subs-preferences\.damaged-2026-11-20T12-00-00-000Z\.json$/)
    expect(readFileSync(f.setAside!, 'utf8')).toBe('{"allowBasicText": tru')
    f.conf.set('x', 1)
    expect(JSON.parse(readFileSync(join(dir, 'subs-preferences.json'), 'utf8'))).toEqual({ x: 1 })
  })

  it('treats JSON of the wrong shape as damaged too', () => {
    for (const text of ['[1,2]', '"text"', '{"allowBasicText":"yes"}']) {
      const dir = tempDir()
      writeFileSync(join(dir, 'subs-preferences.json'), text)
      const prefs = openPreferences(dir, now)
      expect(prefs.notice, text).toMatch(/damaged, so it was moved aside/)
      expect(prefs.allowBasicText()).toBe(false)
      expect(readdirSync(dir).some((n) => n.startsWith('subs-preferences.damaged-'))).toBe(true)
    }
  })

  it('a readable preferences file gives no notice and remembers consent', () => {
    const dir = tempDir()
    const prefs = openPreferences(dir, now)
    expect(prefs.notice).toBeNull()
    prefs.setAllowBasicText(true)
    expect(openPreferences(dir, now).allowBasicText()).toBe(true)
  })

  it('preferences in a folder that cannot be used fall back to memory, with a notice', () => {
    const dir = tempDir()
    const notAFolder = join(dir, 'file')
    writeFileSync(notAFolder, 'x')
    const prefs = openPreferences(notAFolder, now)
    expect(prefs.notice).toMatch(/couldn't open its preferences/)
    prefs.setAllowBasicText(true)
    expect(prefs.allowBasicText()).toBe(true)
  })
})

describe('the vault never stops start-up', () => {
  it('a store that cannot be opened fails each call with a sentence, and says so as a notice', async () => {
    const vault = createEncryptedVault({
      open: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      },
      cipher: aesCipher(),
    })
    await expect(vault.get('k')).rejects.toBeInstanceOf(VaultUnavailableError)
    expect(vault.notice?.()).toMatch(/couldn't open its saved Monzo sign-in \(EACCES\)/)
  })

  it('a value that no longer decrypts is reported as unreadable, not thrown raw', async () => {
    const store = new Map<string, unknown>()
    const kv = { get: (k: string) => store.get(k), set: (k: string, v: unknown) => void store.set(k, v), delete: (k: string) => void store.delete(k), clear: () => store.clear() }
    await createEncryptedVault({ store: kv, cipher: aesCipher() }).set('monzo.clientId', 'oauth2client_x')
    const err = await createEncryptedVault({ store: kv, cipher: aesCipher('decrypt-fails') }).get('monzo.clientId').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(VaultUnavailableError)
    expect((err as VaultUnavailableError).reason).toBe('unreadable')
    expect((err as Error).message).toMatch(/players and payments are safe/)
  })

  it('re-encrypts a value the OS says was encrypted with an old key', async () => {
    const store = new Map<string, unknown>()
    const kv = { get: (k: string) => store.get(k), set: (k: string, v: unknown) => void store.set(k, v), delete: (k: string) => void store.delete(k), clear: () => store.clear() }
    const base = aesCipher()
    let stale = true
    const cipher = { ...base, decrypt: async (b: Buffer) => ({ ...(await base.decrypt(b)), stale }) }
    const vault = createEncryptedVault({ store: kv, cipher })
    await vault.set('k', 'v')
    const before = JSON.stringify(store.get('secrets'))
    expect(await vault.get('k')).toBe('v')
    const after = JSON.stringify(store.get('secrets'))
    expect(after).not.toBe(before)
    stale = false
    expect(await vault.get('k')).toBe('v')
  })

  for (const [label, error, pattern] of [
    ['keychain locked', new VaultUnavailableError('no_encryption'), /secure storage isn't available/],
    ['basic_text without consent', new VaultUnavailableError('basic_text'), /keyring/],
    ['a decrypt that throws', new VaultUnavailableError('unreadable', 'bad decrypt'), /couldn't read its saved Monzo sign-in \(bad decrypt\)/],
    ['a raw error', new Error('boom'), /couldn't read its saved Monzo sign-in \(boom\)/],
  ] as const) {
    it(`${label}: Subs opens with its data, and Monzo says what to do`, async () => {
      const dir = tempDir()
      const first = await openCore(dir, createMemoryVault())
      await first.invoke('players:create', { name: 'Zoë Adebayo' })
      await first.close()
      const core = await openCore(dir, brokenVault(error))
      const s = await snap(core)
      expect(s.players.map((p) => p.name)).toEqual(['Zoë Adebayo'])
      expect(s.monzo.state).toBe('needs_reconnect')
      expect(s.monzo.message).toMatch(pattern)
      // Everything else still works.
      expect((await core.invoke('players:create', { name: 'Priya Raman' })).ok).toBe(true)
      const sync = await core.invoke('sync:run', undefined)
      expect(sync.ok).toBe(false)
    })
  }

  it('a damaged vault file: Monzo asks for the client again, and the file is kept aside', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'subs-vault.json'), '\0\0\0\0')
    const vault = createEncryptedVault({
      open: () => {
        const f = openSideFile<Record<string, unknown>>({ cwd: dir, name: 'subs-vault', now })
        return { store: { get: (k) => f.conf.get(k), set: (k, v) => f.conf.set(k, v), delete: (k) => f.conf.delete(k), clear: () => f.conf.clear() }, filePath: f.path, setAside: f.setAside }
      },
      cipher: aesCipher(),
    })
    const core = await openCore(dir, vault)
    const s = await snap(core)
    expect(s.monzo.state).toBe('needs_reconnect')
    expect(s.monzo.message).toMatch(/damaged, so it was moved aside .*enter your client ID and secret again/)
    expect(s.monzo.clientIdSet).toBe(false)
    expect(readdirSync(dir).filter((n) => n.startsWith('subs-vault.damaged-'))).toHaveLength(1)
  })

  it('reports whether a secret is really stored, not just a client ID', async () => {
    const dir = tempDir()
    const idOnly = await openCore(dir, createMemoryVault({ [VAULT_KEYS.clientId]: 'oauth2client_x' }))
    expect((await snap(idOnly)).monzo).toMatchObject({ clientIdSet: false, secretSet: false })
    await idOnly.close()
    const both = await openCore(dir, createMemoryVault({ [VAULT_KEYS.clientId]: 'oauth2client_x', [VAULT_KEYS.clientSecret]: 's' }))
    expect((await snap(both)).monzo).toMatchObject({ clientIdSet: true, secretSet: true })
  })
})

describe('start-up notices', () => {
  it('are shown in the snapshot until dismissed', async () => {
    const core = await openCore(tempDir(), createMemoryVault(), ['The preferences file was damaged.'])
    expect((await snap(core)).notices).toEqual(['The preferences file was damaged.'])
    expect((await core.invoke('app:dismissNotices', undefined)).ok).toBe(true)
    expect((await snap(core)).notices).toEqual([])
  })
})

describe('what the organiser is told when Subs cannot open', () => {
  it('names the folder and what to do, for each way a folder can refuse', () => {
    const dir = '/home/me/.config/subs'
    const e = (code: string) => Object.assign(new Error(code), { code })
    expect(describeStartupFailure(e('EACCES'), dir)).toMatch(/can't write to its data folder \(\/home\/me\/\.config\/subs\): permission denied\. Make the folder writable/)
    expect(describeStartupFailure(e('EROFS'), dir)).toMatch(/the disk is read-only/)
    expect(describeStartupFailure(e('ENOSPC'), dir)).toMatch(/is full\. Free some space/)
    expect(describeStartupFailure(e('ENOTDIR'), dir)).toMatch(/is not a folder/)
    expect(describeStartupFailure(new UserError('Subs is already open with this data folder.'), dir)).toBe('Subs is already open with this data folder.')
    expect(describeStartupFailure(new Error('odd'), dir)).toMatch(/couldn't open its data folder .*odd.*has not been changed/)
  })

  it('a data folder that is in fact a file fails createSubsCore with a describable error, holding no lock', async () => {
    const dir = tempDir()
    const file = join(dir, 'not-a-folder')
    writeFileSync(file, 'x')
    const err = await createSubsCore({ dataFile: join(file, 'subs.json'), platform: createTestPlatform(), background: false }).catch((e: unknown) => e)
    expect(describeStartupFailure(err, file)).toMatch(/not a folder|couldn't open|can't write/)
  })

  it.skipIf(process.getuid?.() === 0)('a read-only data folder is described as such (not as root, who can write anywhere)', async () => {
    const dir = tempDir()
    chmodSync(dir, 0o555)
    try {
      const err = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform: createTestPlatform(), background: false }).catch((e: unknown) => e)
      expect(describeStartupFailure(err, dir)).toMatch(/permission denied/)
    } finally {
      chmodSync(dir, 0o755)
    }
  })
})

describe('the demo only starts on an empty, unconnected Subs', () => {
  it('refuses when payments exist, even with no players or fixtures', async () => {
    const core = await openCore(tempDir(), createMemoryVault())
    await core.store.update((d) => {
      d.payments.push({
        id: 'tx_1', source: 'monzo', amountPence: 500, createdAt: now().toISOString(), settledAt: null, payerName: 'A', reference: '',
        identity: null, scheme: 'p2p_payment', status: 'unmatched', allocations: [], rule: null, candidates: [], explanation: '',
        decided: false, declined: false, updatedAt: now().toISOString(),
      })
    })
    const r = await core.invoke('app:startDemo', undefined)
    expect(r).toMatchObject({ ok: false, code: 'not_empty' })
    expect(core.store.data.demo).toBe(false)
    expect(core.store.data.payments).toHaveLength(1)
  })

  it('refuses while the organiser has Monzo configured and connected', async () => {
    const tokens = JSON.stringify({ accessToken: 'a', refreshToken: 'r', expiresAt: Date.now() + 3600_000, userId: 'u' })
    const account = JSON.stringify({ id: 'acc_1', name: 'Me', type: 'uk_retail', label: 'Current account' })
    const vault = createMemoryVault({ [VAULT_KEYS.clientId]: 'c', [VAULT_KEYS.clientSecret]: 's', [VAULT_KEYS.tokens]: tokens, [VAULT_KEYS.account]: account })
    const core = await openCore(tempDir(), vault)
    expect((await snap(core)).monzo.state).toBe('connected')
    const r = await core.invoke('app:startDemo', undefined)
    expect(r).toMatchObject({ ok: false, code: 'monzo_connected' })
    expect(core.store.data.demo).toBe(false)
  })
})

describe('quitting never waits on Monzo', () => {
  /** 2,500 transactions: 25 pages, committed every 20, with page 21 onwards stalled for a minute. */
  async function stalledAfter20Pages() {
    const dir = tempDir()
    const store = await openDataStore({ file: join(dir, 'subs.json'), now })
    const players = makePlayers(20)
    const seed = generateTransactions({ players, count: 2500, paymentCount: 900, start: '2026-08-01T00:00:00Z', end: '2026-11-19T00:00:00Z' })
    const sim = await startMonzoSimulator({ seed, now: () => now().getTime() })
    const { client } = await connectedClient(sim)
    let pages = 0
    const pager = {
      async transactionsPage(q: Parameters<typeof client.transactionsPage>[0]) {
        if (++pages === 21) sim.faults.slow(60_000, { path: '/transactions', count: 5 })
        return client.transactionsPage(q)
      },
    }
    const sorted = [...seed].sort((a, b) => a.created.localeCompare(b.created))
    return { store, sim, client, pager, pages: () => pages, cursorAfter20Pages: new Date(sorted[1999]!.created).toISOString() }
  }

  it('an aborted sync stops mid-request, keeping what was committed and its cursor', async () => {
    const env = await stalledAfter20Pages()
    const ac = new AbortController()
    const running = syncTransactions({ pager: env.pager, store: env.store, accountId: DEFAULT_ACCOUNT_ID, now, signal: ac.signal, pagesPerCommit: 20 })
    while (env.pages() < 21) await new Promise((r) => setTimeout(r, 10))
    ac.abort(new Error('closing'))
    // Without the abort reaching the request this would wait out the simulator's 60 s stall
    // (past the test's timeout), so finishing at all is the check.
    await expect(running).rejects.toThrow('closing')
    expect(env.store.data.sync.cursor).toBe(env.cursorAfter20Pages)
    expect(env.store.data.sync.lastSyncAt).toBeNull()
    await env.client.close()
    await env.sim.close()
    await env.store.close()
  })

  it("the sync service's stop() aborts the running sync instead of waiting for it, and records no error", async () => {
    const env = await stalledAfter20Pages()
    const service = createSyncService({ store: env.store, now, source: () => ({ pager: env.pager, accountId: DEFAULT_ACCOUNT_ID }), onStatus: () => {} })
    const running = service.run()
    while (env.pages() < 21) await new Promise((r) => setTimeout(r, 10))
    await service.stop()
    await expect(running).rejects.toMatchObject({ code: 'sync_stopped' })
    expect(env.store.data.sync.lastError).toBeNull()
    // Nothing past the stalled page was committed (the engine test pins the cursor exactly).
    const cursor = env.store.data.sync.cursor
    expect(cursor === null || cursor <= env.cursorAfter20Pages).toBe(true)
    await env.client.close()
    await env.sim.close()
    await env.store.close()
    expect(existsSync(join(env.store.file, '..', 'subs.lock'))).toBe(false)
  })
})
