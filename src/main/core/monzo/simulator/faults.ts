// Switchable failures. Each rule fires for the next `count` matching requests, then expires,
// so a test states exactly how many failures the client must ride out.

export type FaultKind = 'rate_limit' | 'server_error' | 'slow' | 'drop' | 'malformed' | 'not_a_list'

export interface FaultRule {
  kind: FaultKind
  /** Requests left to affect; Infinity for "until cleared". */
  remaining: number
  /** Only requests to this path (e.g. '/transactions', '/oauth2/token'); all paths when unset. */
  path?: string
  retryAfterSeconds?: number
  status?: number
  delayMs?: number
  /** For slow: stall before the headers (default) or after them, mid-body. */
  phase?: 'headers' | 'body'
}

export interface FaultScope {
  count?: number
  path?: string
}

export class Faults {
  private rules: FaultRule[] = []

  add(rule: FaultRule): this {
    this.rules.push(rule)
    return this
  }

  /** 429 with Retry-After (seconds). */
  rateLimit(retryAfterSeconds: number, s: FaultScope = {}): this {
    return this.add({ kind: 'rate_limit', remaining: s.count ?? 1, path: s.path, retryAfterSeconds })
  }

  serverError(s: FaultScope & { status?: number } = {}): this {
    return this.add({ kind: 'server_error', remaining: s.count ?? 1, path: s.path, status: s.status ?? 500 })
  }

  slow(delayMs: number, s: FaultScope & { phase?: 'headers' | 'body' } = {}): this {
    return this.add({ kind: 'slow', remaining: s.count ?? 1, path: s.path, delayMs, phase: s.phase ?? 'headers' })
  }

  /** The socket is destroyed after part of the response was sent. */
  drop(s: FaultScope = {}): this {
    return this.add({ kind: 'drop', remaining: s.count ?? 1, path: s.path })
  }

  /** 200 with a body that is not valid JSON. */
  malformed(s: FaultScope = {}): this {
    return this.add({ kind: 'malformed', remaining: s.count ?? 1, path: s.path })
  }

  /** 200 with valid JSON whose `transactions` is not a list: not a transactions page at all. */
  notAList(s: FaultScope = {}): this {
    return this.add({ kind: 'not_a_list', remaining: s.count ?? 1, path: s.path })
  }

  clear(): void {
    this.rules = []
  }

  active(): readonly FaultRule[] {
    return this.rules
  }

  /** The fault to apply to this request, if any (and uses it up). */
  take(path: string): FaultRule | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.path === undefined || r.path === path))
    if (!rule) return undefined
    rule.remaining--
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule)
    return rule
  }
}
