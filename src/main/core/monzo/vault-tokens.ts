// Binds the client's token source to the vault. Tokens are stored as one JSON value so the
// access and refresh tokens always change together.
import type { ClientCredentials, TokenSet } from './oauth'
import type { TokenSource } from './token-manager'
import { VAULT_KEYS, type Vault } from './vault'

export function createVaultTokenSource(vault: Vault): TokenSource {
  return {
    async load() {
      const raw = await vault.get(VAULT_KEYS.tokens)
      if (!raw) return undefined
      try {
        return JSON.parse(raw) as TokenSet
      } catch {
        return undefined
      }
    },
    save: (t) => vault.set(VAULT_KEYS.tokens, JSON.stringify(t)),
    credentials: () => readCredentials(vault),
  }
}

export async function readCredentials(vault: Vault): Promise<ClientCredentials | undefined> {
  const [clientId, clientSecret] = await Promise.all([vault.get(VAULT_KEYS.clientId), vault.get(VAULT_KEYS.clientSecret)])
  return clientId && clientSecret ? { clientId, clientSecret } : undefined
}
