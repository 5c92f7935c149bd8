// The encrypted vault, free of Electron so it runs under plain Node in tests.
// platform/vault.ts supplies electron-store as `store` and safeStorage as `cipher`.
import { chmodSync, existsSync } from 'node:fs'
import type { Vault } from './vault'
import { UserError } from '../errors'

export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  delete(key: string): void
  clear(): void
}

export interface Cipher {
  isAvailable(): boolean
  encrypt(plain: string): Buffer
  decrypt(cipherText: Buffer): string
}

export interface EncryptedVaultOptions {
  store: KeyValueStore
  cipher: Cipher
  /** Path of the store's file; chmod 0600 after every write. */
  filePath?: string
  /** Linux only: which secret-storage backend Electron picked. */
  storageBackend?: () => string
  /** The user agreed to keep secrets with basic_text protection (no keyring). */
  allowBasicText?: boolean | (() => boolean)
}

export type VaultUnavailableReason = 'no_encryption' | 'basic_text'

export class VaultUnavailableError extends UserError {
  readonly reason: VaultUnavailableReason
  constructor(reason: VaultUnavailableReason) {
    super(
      reason === 'basic_text'
        ? 'Subs could not find a keyring (such as GNOME Keyring or KWallet) to protect your Monzo sign-in. ' +
            'Install or unlock one and restart Subs, or agree in Settings → Monzo to store it with basic protection only.'
        : "This computer's secure storage isn't available, so Subs won't save your Monzo sign-in. " +
            'Unlock your keychain or keyring and try again.',
      `vault_${reason}`,
    )
    this.name = 'VaultUnavailableError'
    this.reason = reason
  }
}

// All secrets sit under one entry so key names with dots never become nested objects.
const ENTRIES = 'secrets'

export function createEncryptedVault(o: EncryptedVaultOptions): Vault {
  function ensureSafe() {
    if (!o.cipher.isAvailable()) throw new VaultUnavailableError('no_encryption')
    if (o.storageBackend?.() === 'basic_text') {
      const allowed = typeof o.allowBasicText === 'function' ? o.allowBasicText() : !!o.allowBasicText
      if (!allowed) throw new VaultUnavailableError('basic_text')
    }
  }
  function entries(): Record<string, string> {
    const v = o.store.get(ENTRIES)
    return v && typeof v === 'object' ? { ...(v as Record<string, string>) } : {}
  }
  function write(next: Record<string, string>) {
    o.store.set(ENTRIES, next)
    // electron-store is also told configFileMode 0600; this covers files created before that.
    if (o.filePath && existsSync(o.filePath)) chmodSync(o.filePath, 0o600)
  }

  return {
    async get(key) {
      const stored = entries()[key]
      if (stored === undefined) return undefined
      ensureSafe()
      return o.cipher.decrypt(Buffer.from(stored, 'base64'))
    },
    async set(key, value) {
      ensureSafe()
      write({ ...entries(), [key]: o.cipher.encrypt(value).toString('base64') })
    },
    async delete(key) {
      const next = entries()
      if (!(key in next)) return
      delete next[key]
      write(next)
    },
    async clear() {
      o.store.delete(ENTRIES)
      if (o.filePath && existsSync(o.filePath)) chmodSync(o.filePath, 0o600)
    },
  }
}
