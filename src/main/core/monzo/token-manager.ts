// Holds the current access token and refreshes it at most once at a time.
// Order matters: the rotated refresh token is saved before anyone may use the new access
// token, because the old refresh token is already spent — losing the new one forces a reconnect.
import { MESSAGES, MonzoError } from './errors'
import { type ClientCredentials, type OAuthTransport, type TokenSet, refreshTokens } from './oauth'

export interface TokenSource {
  load(): Promise<TokenSet | undefined>
  /** Must resolve only once the tokens are durably stored. */
  save(tokens: TokenSet): Promise<void>
  credentials(): Promise<ClientCredentials | undefined>
}

export interface TokenManagerOptions {
  tokens: TokenSource
  transport: OAuthTransport
  now: () => number
  /** Refresh this long before expiry so a request never starts with a nearly-dead token. */
  refreshSkewMs?: number
  /** Told when Monzo refuses the refresh token, so the app can show "reconnect". */
  onAuthLost?: (err: MonzoError) => void
}

export interface TokenManager {
  /** A usable access token, refreshing first if it is (nearly) expired. */
  accessToken(): Promise<string>
  /** Called after a 401 with the token that failed; returns a fresh one (single-flight). */
  refreshAfterReject(rejected: string): Promise<string>
  /** Drops the cached tokens so the next call reloads from the source. */
  reset(): void
}

export function createTokenManager(o: TokenManagerOptions): TokenManager {
  const skew = o.refreshSkewMs ?? 60_000
  let current: TokenSet | undefined
  let inflight: Promise<TokenSet> | undefined

  async function loaded(): Promise<TokenSet> {
    current ??= await o.tokens.load()
    if (!current) throw new MonzoError('not_connected', MESSAGES.notConnected)
    return current
  }

  function refresh(): Promise<TokenSet> {
    inflight ??= doRefresh().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  async function doRefresh(): Promise<TokenSet> {
    const old = await loaded()
    const creds = await o.tokens.credentials()
    if (!old.refreshToken || !creds) return lost(new MonzoError('needs_reconnect', MESSAGES.needsReconnect))
    let next: TokenSet
    try {
      next = await refreshTokens(o.transport, { ...creds, refreshToken: old.refreshToken })
    } catch (err) {
      if (err instanceof MonzoError && err.kind === 'needs_reconnect') return lost(err)
      throw err
    }
    next = { ...next, userId: next.userId ?? old.userId }
    try {
      await o.tokens.save(next)
    } catch (cause) {
      // The old refresh token is spent and the new one could not be kept: only a reconnect helps.
      return lost(new MonzoError('vault', MESSAGES.vault, { cause }))
    }
    current = next
    return next
  }

  function lost(err: MonzoError): never {
    current = undefined
    o.onAuthLost?.(err)
    throw err
  }

  return {
    async accessToken() {
      if (inflight) return (await inflight).accessToken
      const t = await loaded()
      if (t.expiresAt - o.now() > skew) return t.accessToken
      return (await refresh()).accessToken
    },
    async refreshAfterReject(rejected) {
      if (inflight) return (await inflight).accessToken
      const t = await loaded()
      // Someone else already refreshed since this request started.
      if (t.accessToken !== rejected) return t.accessToken
      return (await refresh()).accessToken
    },
    reset() {
      current = undefined
    },
  }
}
