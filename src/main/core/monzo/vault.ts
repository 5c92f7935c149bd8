// Where secrets live. The Electron app passes an encrypted vault (platform/vault.ts);
// tests, the CLI and demo mode use the in-memory one.

export interface Vault {
  get(key: string): Promise<string | undefined>
  set(key: string, value: string): Promise<void>
  delete(key: string): Promise<void>
  clear(): Promise<void>
  /** A sentence for the organiser when the vault couldn't be used as it was (moved aside, unopenable). */
  notice?(): string | null
}

export const VAULT_KEYS = {
  clientId: 'monzo.clientId',
  clientSecret: 'monzo.clientSecret',
  tokens: 'monzo.tokens',
  account: 'monzo.account',
  needsReconnect: 'monzo.needsReconnect',
} as const

export function createMemoryVault(initial: Record<string, string> = {}): Vault & { snapshot(): Record<string, string> } {
  const m = new Map(Object.entries(initial))
  return {
    async get(k) {
      return m.get(k)
    },
    async set(k, v) {
      m.set(k, v)
    },
    async delete(k) {
      m.delete(k)
    },
    async clear() {
      m.clear()
    },
    snapshot: () => Object.fromEntries(m),
  }
}
