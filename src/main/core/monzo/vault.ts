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
  port: 'monzo.port',
  /** When the organiser last completed Connect (ISO): Monzo's 90-day approval counts from then. */
  approvedAt: 'monzo.approvedAt',
  /** Monzo said access was turned off in the Monzo app; Subs polls until it is allowed again. */
  approvalWithdrawn: 'monzo.approvalWithdrawn',
  /** Monzo said the 90-day approval ran out (even if Subs' own date says otherwise). */
  needsReapproval: 'monzo.needsReapproval',
} as const

/** Everything that belongs to one sign-in: removed by Disconnect (the client's ID, secret and port stay). */
export const SIGN_IN_KEYS = [
  VAULT_KEYS.tokens,
  VAULT_KEYS.account,
  VAULT_KEYS.needsReconnect,
  VAULT_KEYS.approvedAt,
  VAULT_KEYS.approvalWithdrawn,
  VAULT_KEYS.needsReapproval,
] as const

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
