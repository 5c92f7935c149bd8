// Every Monzo failure becomes one typed error with a sentence an organiser can act on.
// Messages never include tokens, codes or the client secret.

export type MonzoErrorKind =
  | 'needs_approval' // token exists but the user hasn't approved Subs in the Monzo app yet
  | 'needs_reconnect' // refresh token gone / invalid: the user must connect again
  | 'bad_credentials' // client id or secret rejected
  | 'verification_required' // the 90-day rule
  | 'rate_limited'
  | 'network'
  | 'server'
  | 'bad_request'
  | 'not_found'
  | 'bad_response'
  | 'vault' // could not store the rotated tokens safely
  | 'denied' // user chose Deny on the authorise page
  | 'timeout' // the browser step took too long
  | 'port_in_use'
  | 'cancelled'
  | 'not_connected'
  | 'unknown'

export class MonzoError extends Error {
  readonly kind: MonzoErrorKind
  /** Monzo's error code, e.g. forbidden.insufficient_permissions, when Monzo sent one. */
  readonly code: string | undefined
  readonly status: number | undefined
  /** For rate_limited: how long Monzo asked us to wait. */
  readonly retryAfterMs: number | undefined

  constructor(
    kind: MonzoErrorKind,
    message: string,
    extra: { code?: string; status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause })
    this.name = 'MonzoError'
    this.kind = kind
    this.code = extra.code
    this.status = extra.status
    this.retryAfterMs = extra.retryAfterMs
  }
}

export const isMonzoError = (e: unknown): e is MonzoError => e instanceof MonzoError

export const MESSAGES = {
  needsApproval:
    'Approve Subs in your Monzo app: open Monzo, tap the notification (or Account → Settings → Privacy & Security → Manage apps) and allow access.',
  needsReconnect: 'Monzo needs you to sign in again. Reconnect Monzo in Settings.',
  badCredentials:
    'Monzo rejected the client ID or secret. Check them in Settings → Monzo (copy them again from developers.monzo.com).',
  verification: 'Monzo only shares the last 90 days unless you reconnect.',
  network: "Couldn't reach Monzo. Check your internet connection and try again.",
  timeout: 'Monzo took too long to answer. Check your internet connection and try again.',
  server: 'Monzo is having problems right now. Try again in a few minutes.',
  badResponse: "Monzo sent a reply Subs couldn't read. Try again in a few minutes.",
  vault: "Subs couldn't save your Monzo sign-in securely, so it stopped. Reconnect Monzo in Settings.",
  denied: 'You chose Deny in Monzo, so Subs is not connected. Click Connect to try again.',
  cancelled: 'Connecting to Monzo was cancelled.',
  notConnected: 'Monzo is not connected. Connect Monzo in Settings.',
  approvalWithdrawn:
    'Waiting for approval in the Monzo app: access for Subs was turned off there. Open Monzo, go to Account → Settings → Privacy & Security → Manage apps and allow Subs. Subs checks by itself and syncs again once you have.',
} as const

export function rateLimitedMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000))
  return `Monzo asked Subs to slow down: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

export function portInUseMessage(port: number): string {
  return (
    `Port ${port} is already in use on this computer. Close the program using it, ` +
    `or change the port in Settings → Monzo (and in your Monzo client's redirect URL).`
  )
}

/** Turns a Monzo error response into a MonzoError. `body` is whatever JSON (or nothing) came back. */
export function fromMonzoResponse(status: number, body: unknown): MonzoError {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const code = typeof b.code === 'string' ? b.code : undefined
  const oauthError = typeof b.error === 'string' ? b.error : undefined
  const extra = { code: code ?? oauthError, status }

  if (oauthError === 'invalid_grant' || code?.startsWith('unauthorized.bad_refresh_token') ||
      code?.startsWith('unauthorized.bad_authorization_code')) {
    return new MonzoError('needs_reconnect', MESSAGES.needsReconnect, extra)
  }
  if (oauthError === 'invalid_client' || code === 'unauthorized.bad_client' || code === 'unauthorized.bad_client_credentials') {
    return new MonzoError('bad_credentials', MESSAGES.badCredentials, extra)
  }
  if (code === 'forbidden.insufficient_permissions') return new MonzoError('needs_approval', MESSAGES.needsApproval, extra)
  if (code === 'forbidden.verification_required') return new MonzoError('verification_required', MESSAGES.verification, extra)
  if (status === 401) return new MonzoError('needs_reconnect', MESSAGES.needsReconnect, extra)
  if (status === 429) return new MonzoError('rate_limited', rateLimitedMessage(60_000), extra)
  if (status >= 500) return new MonzoError('server', `${MESSAGES.server} (Monzo error ${status})`, extra)
  if (status === 404) return new MonzoError('not_found', 'Monzo could not find that account or item.', extra)
  const detail = typeof b.message === 'string' && b.message ? ` Monzo said: ${b.message}` : ''
  if (status === 400) return new MonzoError('bad_request', `Monzo rejected the request.${detail}`, extra)
  return new MonzoError('unknown', `Monzo answered with an unexpected error (${status}).${detail}`, extra)
}
