// One HTTP exchange with Monzo, plus the retry policy for reads.
// The retry loop is hand-written rather than undici's RetryAgent because the wait must go
// through an injected sleep/random (tests fast-forward time) and a long Retry-After must fail
// fast with a readable message instead of silently blocking a sync.
import { Agent, request, type Dispatcher } from 'undici'
import { MESSAGES, MonzoError, fromMonzoResponse, rateLimitedMessage } from './errors'

export interface HttpTimeouts {
  connectMs: number
  headersMs: number
  bodyMs: number
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 }

export function createDefaultDispatcher(t: HttpTimeouts = DEFAULT_TIMEOUTS): Dispatcher {
  return new Agent({
    connect: { timeout: t.connectMs },
    headersTimeout: t.headersMs,
    bodyTimeout: t.bodyMs,
    keepAliveTimeout: 10_000,
  })
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

export interface SendOptions {
  dispatcher: Dispatcher
  method: 'GET' | 'POST'
  url: string
  headers?: Record<string, string>
  body?: string
  timeouts: HttpTimeouts
  signal?: AbortSignal
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'])

/** Sends one request and reads the whole body. Transport failures become MonzoError 'network'. */
export async function send(o: SendOptions): Promise<RawResponse> {
  try {
    const res = await request(o.url, {
      dispatcher: o.dispatcher,
      method: o.method,
      headers: o.headers,
      body: o.body,
      headersTimeout: o.timeouts.headersMs,
      bodyTimeout: o.timeouts.bodyMs,
      signal: o.signal,
    })
    const text = await res.body.text()
    return { status: res.statusCode, headers: res.headers, text }
  } catch (err) {
    // Stopped on purpose (quitting): not a network failure to retry or report.
    if (o.signal?.aborted) throw o.signal.reason
    const code = (err as { code?: string }).code ?? ''
    if (code === 'UND_ERR_INVALID_ARG') throw err // a bug in Subs, not the network
    const message = TIMEOUT_CODES.has(code) ? MESSAGES.timeout : MESSAGES.network
    throw new MonzoError('network', message, { code: code || undefined, cause: err })
  }
}

export function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/** Retry-After in ms: seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(headers: RawResponse['headers'], now: number): number | undefined {
  const raw = headers['retry-after']
  const v = Array.isArray(raw) ? raw[0] : raw
  if (!v) return undefined
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000)
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

export interface RetryPolicy {
  /** Attempts for 5xx / network failures, including the first. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** A Retry-After longer than this fails with 'rate_limited' instead of waiting. */
  maxRetryAfterMs: number
  /** How many 429s in a row we will wait out before giving up. */
  maxRateLimitWaits: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  maxRateLimitWaits: 3,
}

export interface RetryDeps {
  sleep: (ms: number) => Promise<void>
  now: () => number
  random: () => number
}

/** Exponential backoff with "equal jitter": never zero, never more than the cap. */
export function backoffMs(attempt: number, p: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/**
 * Runs an idempotent GET with retries. `attempt` performs one exchange and returns the raw
 * response; any status other than 429/5xx is returned to the caller to interpret.
 */
export async function withRetries(attempt: () => Promise<RawResponse>, p: RetryPolicy, d: RetryDeps): Promise<RawResponse> {
  let failures = 0
  let rateLimitWaits = 0
  for (;;) {
    let res: RawResponse
    try {
      res = await attempt()
    } catch (err) {
      if (!(err instanceof MonzoError) || err.kind !== 'network') throw err
      failures++
      if (failures >= p.maxAttempts) throw err
      await d.sleep(backoffMs(failures, p, d.random))
      continue
    }
    if (res.status === 429) {
      const wait = retryAfterMs(res.headers, d.now()) ?? backoffMs(rateLimitWaits + 1, p, d.random)
      rateLimitWaits++
      if (wait > p.maxRetryAfterMs || rateLimitWaits > p.maxRateLimitWaits) {
        throw new MonzoError('rate_limited', rateLimitedMessage(wait), { status: 429, retryAfterMs: wait })
      }
      await d.sleep(wait)
      continue
    }
    if (res.status >= 500) {
      failures++
      if (failures >= p.maxAttempts) throw fromMonzoResponse(res.status, parseJson(res.text))
      await d.sleep(backoffMs(failures, p, d.random))
      continue
    }
    return res
  }
}
