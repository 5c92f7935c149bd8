// Monzo's OAuth rules as observed: one-time codes, one-time rotating refresh tokens (only for
// confidential clients), one live access token per client per user, 6 h expiry, and a fresh
// grant that can do nothing until the user approves it in the Monzo app.
// Strong customer authentication, as the simulator plays it (and Subs reads it):
// - approval turned off in the Monzo app (or not given yet): 403 forbidden.insufficient_permissions;
//   approving in the app again makes the same tokens work.
// - the 90-day approval run out: 403 forbidden.verification_required on every data request,
//   whatever `since` asks for; refreshing doesn't help, only signing in again (a new grant).
import { randomBytes } from 'node:crypto'
import type { SimClient, SimUser } from './types'

export const ACCESS_TOKEN_TTL_S = 21_600
export const APPROVAL_LIFETIME_MS = 90 * 86_400_000
const CODE_TTL_MS = 10 * 60_000

export interface Grant {
  id: string
  clientId: string
  userId: string
  /** When the user authenticated; drives the 5-minute full-history window. */
  authTime: number
  approved: boolean
  revoked: boolean
  /** The 90-day approval has run out (by the clock, or switched on by a test). */
  approvalExpired?: boolean
}

interface AccessToken { grant: Grant; expiresAt: number; revoked: boolean }
interface RefreshToken { grant: Grant; used: boolean }

export interface Reply { status: number; body: unknown }

const err = (status: number, code: string, message: string, oauthError?: string): Reply => ({
  status,
  body: { code, message, ...(oauthError ? { error: oauthError, error_description: message } : {}) },
})

export type AuthResult = { ok: true; grant: Grant; token: string } | { ok: false; reply: Reply }

export class OAuthState {
  private codes = new Map<string, { clientId: string; redirectUri: string; issuedAt: number; used: boolean }>()
  private access = new Map<string, AccessToken>()
  private refresh = new Map<string, RefreshToken>()
  private grantSeq = 0

  constructor(
    readonly client: SimClient,
    readonly user: SimUser,
    private readonly now: () => number,
    private readonly approval: { auto: boolean; afterMs?: number; lifetimeMs?: number },
  ) {}

  /** Why an authorise request is unacceptable, or undefined when it is fine. */
  checkAuthorise(p: { clientId: string | null; redirectUri: string | null; responseType: string | null }): string | undefined {
    if (p.clientId !== this.client.clientId) return 'Unknown client_id.'
    if (p.responseType !== 'code') return 'response_type must be code.'
    if (!p.redirectUri) return 'redirect_uri is missing.'
    if (this.client.redirectUri !== undefined && p.redirectUri !== this.client.redirectUri) {
      return 'redirect_uri does not match the redirect URL registered for this client.'
    }
    return undefined
  }

  issueCode(redirectUri: string): string {
    const code = `sim_code_${randomBytes(16).toString('hex')}`
    this.codes.set(code, { clientId: this.client.clientId, redirectUri, issuedAt: this.now(), used: false })
    return code
  }

  token(form: URLSearchParams): Reply {
    if (form.get('client_id') !== this.client.clientId || form.get('client_secret') !== this.client.clientSecret) {
      return err(401, 'unauthorized.bad_client', 'Client authentication failed', 'invalid_client')
    }
    const grantType = form.get('grant_type')
    if (grantType === 'authorization_code') return this.exchange(form)
    if (grantType === 'refresh_token') return this.rotate(form)
    return err(400, 'bad_request.unsupported_grant_type', 'Unsupported grant_type', 'unsupported_grant_type')
  }

  private exchange(form: URLSearchParams): Reply {
    const code = this.codes.get(form.get('code') ?? '')
    if (!code || code.used || this.now() - code.issuedAt > CODE_TTL_MS) {
      return err(401, 'unauthorized.bad_authorization_code', 'Authorization code is invalid or has been used', 'invalid_grant')
    }
    code.used = true
    if (form.get('redirect_uri') !== code.redirectUri) {
      return err(400, 'bad_request.redirect_uri_mismatch', 'redirect_uri does not match the authorisation request', 'invalid_request')
    }
    // A new authorisation supersedes every earlier grant for this client and user.
    for (const t of this.access.values()) t.grant.revoked = true
    const grant: Grant = {
      id: `grant_${++this.grantSeq}`, clientId: this.client.clientId, userId: this.user.userId,
      authTime: this.now(), approved: this.approval.auto, revoked: false,
    }
    return { status: 200, body: this.issue(grant) }
  }

  private rotate(form: URLSearchParams): Reply {
    if (this.client.confidential === false) return err(400, 'bad_request.unsupported_grant_type', 'Client may not refresh', 'unauthorized_client')
    const rt = this.refresh.get(form.get('refresh_token') ?? '')
    if (!rt || rt.used || rt.grant.revoked) {
      return err(401, 'unauthorized.bad_refresh_token', 'Refresh token is invalid or has already been used', 'invalid_grant')
    }
    rt.used = true
    return { status: 200, body: this.issue(rt.grant) }
  }

  private issue(grant: Grant) {
    for (const t of this.access.values()) t.revoked = true // one live access token per client per user
    const accessToken = `sim_at_${randomBytes(24).toString('base64url')}`
    this.access.set(accessToken, { grant, expiresAt: this.now() + ACCESS_TOKEN_TTL_S * 1000, revoked: false })
    const body: Record<string, unknown> = {
      access_token: accessToken, client_id: this.client.clientId, expires_in: ACCESS_TOKEN_TTL_S,
      token_type: 'Bearer', user_id: this.user.userId,
    }
    if (this.client.confidential !== false) {
      const refreshToken = `sim_rt_${randomBytes(24).toString('base64url')}`
      this.refresh.set(refreshToken, { grant, used: false })
      body.refresh_token = refreshToken
    }
    return body
  }

  /** Checks a bearer token. `needApproval` is false for whoami, which works before approval. */
  authenticate(authorization: string | undefined, needApproval: boolean): AuthResult {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
    const t = token ? this.access.get(token) : undefined
    if (!token || !t) return { ok: false, reply: err(401, 'unauthorized.bad_access_token', 'Access token is invalid') }
    if (t.revoked || t.grant.revoked) return { ok: false, reply: err(401, 'unauthorized.bad_access_token.evicted', 'Access token has been evicted') }
    if (this.now() >= t.expiresAt) return { ok: false, reply: err(401, 'unauthorized.bad_access_token.expired', 'Access token has expired') }
    const g = t.grant
    if (!g.approved && this.approval.afterMs !== undefined && this.now() - g.authTime >= this.approval.afterMs) g.approved = true
    if (needApproval && (g.approvalExpired || this.now() - g.authTime >= (this.approval.lifetimeMs ?? APPROVAL_LIFETIME_MS))) {
      return { ok: false, reply: err(403, 'forbidden.verification_required', 'Verification required: the account holder must sign in again to renew access (every 90 days)') }
    }
    if (needApproval && !g.approved) {
      return { ok: false, reply: err(403, 'forbidden.insufficient_permissions', 'Access forbidden due to insufficient permissions') }
    }
    return { ok: true, grant: g, token }
  }

  logout(token: string): void {
    const t = this.access.get(token)
    if (t) t.grant.revoked = true
  }

  approveInApp(): void {
    for (const t of this.access.values()) t.grant.approved = true
  }

  withdrawApproval(): void {
    for (const t of this.access.values()) t.grant.approved = false
  }

  /** The switch for "the 90 days are up" on every grant so far (a new sign-in makes a fresh one). */
  expireApproval(): void {
    for (const t of this.access.values()) t.grant.approvalExpired = true
    for (const r of this.refresh.values()) r.grant.approvalExpired = true
  }

  expireAccessTokens(): void {
    for (const t of this.access.values()) t.expiresAt = Math.min(t.expiresAt, this.now())
  }

  revokeRefreshTokens(): void {
    for (const r of this.refresh.values()) r.used = true
  }

  /** Count of tokens currently usable; tests check "one active token". */
  liveAccessTokens(): number {
    return [...this.access.values()].filter((t) => !t.revoked && !t.grant.revoked && this.now() < t.expiresAt).length
  }
}
