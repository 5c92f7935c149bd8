// Reads what the organiser pasted to finish signing in by hand: the address their browser ended
// up on after approving (http://127.0.0.1:8765/callback?code=…&state=…), the same without
// "http://", just its query, or the code and state typed separately. Only reading happens here;
// whether the state is the one Subs is waiting for is the loopback listener's single check.

export interface PastedSignIn {
  link?: string
  code?: string
  state?: string
}

export type PastedLink =
  | { ok: true; query: URLSearchParams }
  /** empty: nothing given; email_link: Monzo's own link (from the email, not where it led); no_callback: no code/state in it. */
  | { ok: false; reason: 'empty' | 'email_link' | 'no_callback' }

function parse(text: string): URL | URLSearchParams | null {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return URL.canParse(text) ? new URL(text) : null
  if (text.startsWith('?') || (!text.includes('/') && text.includes('='))) return new URLSearchParams(text.replace(/^\?/, ''))
  // Phone browsers often show and copy the address without its scheme.
  return URL.canParse(`http://${text}`) ? new URL(`http://${text}`) : null
}

export function readPastedLink(input: PastedSignIn): PastedLink {
  const code = input.code?.trim()
  const state = input.state?.trim()
  if (code || state) return code && state ? { ok: true, query: new URLSearchParams({ code, state }) } : { ok: false, reason: 'no_callback' }
  // A link never holds spaces: a paste wrapped over lines (or quoted, or in <…>) is joined back up.
  const text = (input.link ?? '').replace(/\s+/g, '').replace(/^["'<]+|[">']+$/g, '')
  if (!text) return { ok: false, reason: 'empty' }
  const parsed = parse(text)
  if (!parsed) return { ok: false, reason: 'no_callback' }
  const query = parsed instanceof URL ? parsed.searchParams : parsed
  const hasOutcome = query.has('code') || query.has('error')
  if (parsed instanceof URL && !hasOutcome && /(^|\.)monzo\.com$/i.test(parsed.hostname)) return { ok: false, reason: 'email_link' }
  if (!query.get('state') || !hasOutcome) return { ok: false, reason: 'no_callback' }
  return { ok: true, query }
}

/** What the organiser is told, next to the field, when a pasted link can't finish the sign-in. */
export const LINK_MESSAGES = {
  empty: () => 'Paste the address your browser ended up on after you approved Subs in Monzo.',
  email_link: (redirect: string) =>
    `That is the link in Monzo's email. Open it, approve Subs, then paste the address the browser ends up on: it starts with ${redirect}?code=`,
  wrong: (redirect: string) =>
    `That isn't the link Subs is waiting for. After approving Subs in Monzo, copy the whole address from the browser's address bar: it starts with ${redirect}?code=`,
  otherSignIn: () =>
    "That link is from a different sign-in than the one Subs is waiting for. Use the link from the newest Monzo email: the one sent after you last clicked Connect.",
  stale: () =>
    'That link is from an earlier sign-in, which Subs has stopped waiting for. Use the link from the newest Monzo email (the one sent after you last clicked Connect).',
  reused: () => 'That link has already been used to sign in, and each link works once. To sign in again, click Connect Monzo for a new email.',
  notWaiting: () => "Subs isn't waiting for a Monzo sign-in right now. Click Connect Monzo first, then paste the link from the new email.",
} as const

/**
 * The last few sign-ins Subs started, by their state: a pasted link that doesn't match the one
 * being waited for can then be told apart as already used or from an earlier, abandoned attempt.
 * Memory only: states are one-time secrets, never stored.
 */
export function createSignInLog(keep = 10) {
  const seen = new Map<string, 'waiting' | 'used' | 'abandoned'>()
  return {
    mark(state: string, as: 'waiting' | 'used' | 'abandoned'): void {
      // An attempt that already got its code stays "used" whatever happens next.
      if (as === 'abandoned' && seen.get(state) === 'used') return
      seen.delete(state)
      seen.set(state, as)
      while (seen.size > keep) seen.delete(seen.keys().next().value!)
    },
    get: (state: string) => seen.get(state),
  }
}
