// The Electron token vault: a side file (conf) in the app's folder holding values encrypted by
// safeStorage's asynchronous API. All the rules (basic_text refusal, 0600, no plaintext on disk,
// a damaged file moved aside, never stopping start-up) live in core/monzo/token-vault.ts.
import { safeStorage } from 'electron'
import { createEncryptedVault } from '../core/monzo/token-vault'
import { openSideFile } from '../core/store/side-file'
import type { Vault } from '../core/monzo/vault'

export interface ElectronVaultOptions {
  /** The app's own folder (userData): the vault belongs to this machine's keychain, not to a data folder. */
  cwd: string
  now: () => Date
  /** Read each time, so agreeing in Settings takes effect without a restart. */
  allowBasicText: () => boolean
}

export function createElectronVault(o: ElectronVaultOptions): Vault {
  return createEncryptedVault({
    open: () => {
      const file = openSideFile<Record<string, unknown>>({ cwd: o.cwd, name: 'subs-vault', fileMode: 0o600, now: o.now })
      return {
        store: {
          get: (k) => file.conf.get(k),
          set: (k, v) => file.conf.set(k, v),
          delete: (k) => file.conf.delete(k),
          clear: () => file.conf.clear(),
        },
        filePath: file.path,
        setAside: file.setAside,
      }
    },
    cipher: {
      isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
      encrypt: (s) => safeStorage.encryptStringAsync(s),
      decrypt: async (b) => {
        const r = await safeStorage.decryptStringAsync(b)
        return { text: r.result, stale: r.shouldReEncrypt }
      },
    },
    storageBackend: process.platform === 'linux' ? () => safeStorage.getSelectedStorageBackend() : undefined,
    allowBasicText: o.allowBasicText,
  })
}
