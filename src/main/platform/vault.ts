// The Electron token vault: electron-store holding values encrypted by safeStorage.
// All the rules (basic_text refusal, 0600, no plaintext on disk) live in core/monzo/token-vault.ts.
import { safeStorage } from 'electron'
import Store from 'electron-store'
import { createEncryptedVault } from '../core/monzo/token-vault'
import type { Vault } from '../core/monzo/vault'

export { VaultUnavailableError } from '../core/monzo/token-vault'

export interface ElectronVaultOptions {
  /** Store file name (without .json) in the app's userData folder. */
  name?: string
  /** Read each time, so agreeing in Settings takes effect without a restart. */
  allowBasicText?: () => boolean
}

export function createElectronVault(o: ElectronVaultOptions = {}): Vault {
  const store = new Store<Record<string, unknown>>({
    name: o.name ?? 'subs-vault',
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
  })
  return createEncryptedVault({
    store: {
      get: (k) => store.get(k),
      set: (k, v) => store.set(k, v),
      delete: (k) => store.delete(k),
      clear: () => store.clear(),
    },
    filePath: store.path,
    cipher: {
      isAvailable: () => safeStorage.isEncryptionAvailable(),
      encrypt: (s) => safeStorage.encryptString(s),
      decrypt: (b) => safeStorage.decryptString(b),
    },
    storageBackend: process.platform === 'linux' ? () => safeStorage.getSelectedStorageBackend() : undefined,
    allowBasicText: o.allowBasicText ?? false,
  })
}
