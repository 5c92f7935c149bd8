// The encrypted vault, free of Electron so it runs under plain Node in tests.
// platform/vault.ts supplies the side file (conf) as the store and safeStorage's async API as `cipher`.
// Nothing here may stop Subs from starting: the store opens lazily, and a store or cipher that
// fails makes each call fail with a sentence for the organiser (Monzo then shows "needs reconnect").
import { chmodSync, existsSync } from 'node:fs'
import type { Vault } from './vault'
import { UserError } from '../errors'

export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  delete(key: string): void
  clear(): void
}

/** safeStorage's asynchronous API (Electron 45+; the synchronous one goes away in 46). */
export interface Cipher {
  isAvailable(): Promise<boolean>
  encrypt(plain: string): Promise<Buffer>
  /** `stale`: the OS rotated its key; the value should be encrypted again. */
  decrypt(cipherText: Buffer): Promise<{ text: string; stale?: boolean }>
}

export interface OpenedStore {
  store: KeyValueStore
  /** Path of the store's file; chmod 0600 after every write. */
  filePath?: string
  /** Set when a damaged file was moved aside to open this one. */
  setAside?: string | null
}

export interface EncryptedVaultOptions {
  /** An open store, or how to open it on first use (so a broken file can't stop start-up). */
  store?: KeyValueStore
  filePath?: string
  open?: () => OpenedStore
  cipher: Cipher
  /** Linux only: which secret-storage backend Electron picked. */
  storageBackend?: () => string
  /** The user agreed to keep secrets with basic_text protection (no keyring). */
  allowBasicText?: boolean | (() => boolean)
}

export type VaultUnavailableReason = 'no_encryption' | 'basic_text' | 'unreadable'

export class VaultUnavailableError extends UserError {
  readonly reason: VaultUnavailableReason
  constructor(reason: VaultUnavailableReason, detail?: string) {
    super(
      reason === 'basic_text'
        ? 'Subs could not find a keyring (such as GNOME Keyring or KWallet) to protect your Monzo sign-in. ' +
            'Install or unlock one and restart Subs, or agree in Settings → Monzo to store it with basic protection only.'
        : reason === 'no_encryption'
          ? "This computer's secure storage isn't available, so Subs can't use your Monzo sign-in. " +
            'Unlock your keychain or keyring and restart Subs, or reconnect Monzo in Settings.'
          : `Subs couldn't read its saved Monzo sign-in${detail ? ` (${detail})` : ''}. ` +
            'Your players and payments are safe. Unlock your keychain and restart Subs, or reconnect Monzo in Settings.',
      `vault_${reason}`,
    )
    this.name = 'VaultUnavailableError'
    this.reason = reason
  }
}

// All secrets sit under one entry so key names with dots never become nested objects.
const ENTRIES = 'secrets'

export function createEncryptedVault(o: EncryptedVaultOptions): Vault {
  let opened: OpenedStore | null = o.store ? { store: o.store, filePath: o.filePath } : null
  let openFailure: string | null = null

  function store(): OpenedStore {
    if (opened) return opened
    if (!o.open) throw new Error('createEncryptedVault needs a store or an open function')
    try {
      opened = o.open()
      return opened
    } catch (e) {
      openFailure = (e as NodeJS.ErrnoException).code ?? (e as Error).message
      throw new VaultUnavailableError('unreadable', openFailure)
    }
  }
  async function ensureSafe() {
    let available: boolean
    try {
      available = await o.cipher.isAvailable()
    } catch {
      available = false
    }
    if (!available) throw new VaultUnavailableError('no_encryption')
    if (o.storageBackend?.() === 'basic_text') {
      const allowed = typeof o.allowBasicText === 'function' ? o.allowBasicText() : !!o.allowBasicText
      if (!allowed) throw new VaultUnavailableError('basic_text')
    }
  }
  function entries(): Record<string, string> {
    const v = store().store.get(ENTRIES)
    return v && typeof v === 'object' ? { ...(v as Record<string, string>) } : {}
  }
  function write(next: Record<string, string>) {
    const s = store()
    s.store.set(ENTRIES, next)
    // The store is also told configFileMode 0600; this covers files created before that.
    if (s.filePath && existsSync(s.filePath)) chmodSync(s.filePath, 0o600)
  }
  async function encrypt(value: string): Promise<string> {
    return (await o.cipher.encrypt(value)).toString('base64')
  }

  return {
    async get(key) {
      const stored = entries()[key]
      if (stored === undefined) return undefined
      await ensureSafe()
      let out: { text: string; stale?: boolean }
      try {
        out = await o.cipher.decrypt(Buffer.from(stored, 'base64'))
      } catch (e) {
        throw new VaultUnavailableError('unreadable', (e as Error).message)
      }
      // Best effort: a value still readable with the old key is fine to use as it is.
      if (out.stale) await encrypt(out.text).then((c) => write({ ...entries(), [key]: c }), () => undefined)
      return out.text
    },
    async set(key, value) {
      await ensureSafe()
      write({ ...entries(), [key]: await encrypt(value) })
    },
    async delete(key) {
      const next = entries()
      if (!(key in next)) return
      delete next[key]
      write(next)
    },
    async clear() {
      const s = store()
      s.store.delete(ENTRIES)
      if (s.filePath && existsSync(s.filePath)) chmodSync(s.filePath, 0o600)
    },
    notice() {
      try {
        store()
      } catch {
        return `Subs couldn't open its saved Monzo sign-in (${openFailure}). Your players and payments are safe. ` +
          'Check the app folder is writable and restart Subs, or reconnect Monzo in Settings.'
      }
      return opened?.setAside
        ? `Subs's saved Monzo sign-in was damaged, so it was moved aside (${opened.setAside}). ` +
            'Your players and payments are safe: enter your client ID and secret again below and reconnect.'
        : null
    },
  }
}
