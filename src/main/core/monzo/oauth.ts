// OAuth 2.0 code flow against Monzo. Token POSTs are sent exactly once: a code or a refresh
// token may already have been spent if the reply was lost, so retrying blindly could burn
// the new refresh token and force a reconnect.
import type { Dispatcher } from 'undici'
import { MESSAGES, MonzoError, fromMonzoResponse } from './errors'
import { DEFAULT_TIMEOUTS, type HttpTimeouts, createDefaultDispatcher, parseJson, send } from './http'
import { tokenResponseSchema } from './schemas'

export interface TokenSet {
  accessToken: string
  refreshToken: string | undefined
  /** Epoch ms. */
  expiresAt: number
  userId: string | undefined
}

export interface ClientCredentials {
  clientId: string
  clientSecret: string
}

export interface OAuthTransport {
  apiBase: string
  dispatcher?: Dispatcher
  timeouts?: HttpTimeouts
  now?: () => number
}

export function buildAuthoriseUrl(o: { authBase: string; clientId: string; redirectUri: string; state: string }): string {
  const url = new URL(o.authBase)
  url.searchParams.set('client_id', o.clientId)
  url.searchParams.set('redirect_uri', o.redirectUri)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('state', o.state)
  return url.toString()
}

let sharedDispatcher: Dispatcher | undefined
const dispatcherFor = (t: OAuthTransport) => t.dispatcher ?? (sharedDispatcher ??= createDefaultDispatcher())

async function postForm(t: OAuthTransport, path: string, form: Record<string, string>, bearer?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
  if (bearer) headers.authorization = `Bearer ${bearer}`
  const res = await send({
    dispatcher: dispatcherFor(t),
    method: 'POST',
    url: new URL(path, t.apiBase).toString(),
    headers,
    body: new URLSearchParams(form).toString(),
    timeouts: t.timeouts ?? DEFAULT_TIMEOUTS,
  })
  const body = parseJson(res.text)
  if (res.status < 200 || res.status >= 300) throw fromMonzoResponse(res.status, body)
  return body
}

function toTokenSet(body: unknown, now: number): TokenSet {
  const parsed = tokenResponseSchema.safeParse(body)
  if (!parsed.success) throw new MonzoError('bad_response', MESSAGES.badResponse)
  const t = parsed.data
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token,
    expiresAt: now + t.expires_in * 1000,
    userId: t.user_id,
  }
}

export async function exchangeCode(
  t: OAuthTransport,
  o: ClientCredentials & { code: string; redirectUri: string },
): Promise<TokenSet> {
  const body = await postForm(t, '/oauth2/token', {
    grant_type: 'authorization_code',
    client_id: o.clientId,
    client_secret: o.clientSecret,
    redirect_uri: o.redirectUri,
    code: o.code,
  })
  return toTokenSet(body, (t.now ?? Date.now)())
}

export async function refreshTokens(t: OAuthTransport, o: ClientCredentials & { refreshToken: string }): Promise<TokenSet> {
  const body = await postForm(t, '/oauth2/token', {
    grant_type: 'refresh_token',
    client_id: o.clientId,
    client_secret: o.clientSecret,
    refresh_token: o.refreshToken,
  })
  return toTokenSet(body, (t.now ?? Date.now)())
}

/** Invalidates the access token (and with it the refresh token) on Monzo's side. */
export async function logout(t: OAuthTransport, accessToken: string): Promise<void> {
  await postForm(t, '/oauth2/logout', {}, accessToken)
}
