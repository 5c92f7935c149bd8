// Waiting steps of the Connect flow, cancellable through an AbortSignal.
import type { MonzoClient } from './client'
import { MESSAGES, MonzoError, isMonzoError } from './errors'
import type { MonzoAccount } from './schemas'

/** Settles with `p`, or rejects with 'cancelled' as soon as the signal aborts. */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new MonzoError('cancelled', MESSAGES.cancelled))
    // `p` is always given a handler, so work still running after a cancel can't fail unhandled.
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Polls /accounts until the user approves Subs in the Monzo app. Only "not approved yet" and
 * passing outages are waited out; anything else ends the flow.
 */
export async function waitForApproval(
  client: MonzoClient,
  o: { signal: AbortSignal; sleep: (ms: number) => Promise<void>; pollMs: number; maxPolls: number },
): Promise<MonzoAccount[]> {
  for (let poll = 1; ; poll++) {
    try {
      return await abortable(client.accounts(), o.signal)
    } catch (e) {
      if (!isMonzoError(e) || !['needs_approval', 'network', 'server'].includes(e.kind)) throw e
    }
    if (poll >= o.maxPolls) {
      throw new MonzoError('needs_approval', 'Subs is still waiting for approval in your Monzo app. Approve Subs there, then click Connect again.')
    }
    await abortable(o.sleep(o.pollMs), o.signal)
  }
}

/**
 * Access was turned off in the Monzo app after Subs was connected: checks /accounts now and then
 * (quickly at first, then every `slowPollMs`) until it is allowed again. Resolves once it is;
 * rejects with anything that waiting can't fix (the 90 days ran out, a reconnect is needed, cancel).
 */
export async function waitUntilAllowedAgain(
  client: MonzoClient,
  o: { signal: AbortSignal; sleep: (ms: number) => Promise<void>; pollMs: number; maxPolls: number; slowPollMs: number },
): Promise<void> {
  for (let poll = 1; ; poll++) {
    await abortable(o.sleep(poll <= o.maxPolls ? o.pollMs : o.slowPollMs), o.signal)
    try {
      await abortable(client.accounts(), o.signal)
      return
    } catch (e) {
      if (!isMonzoError(e) || !['needs_approval', 'network', 'server', 'rate_limited'].includes(e.kind)) throw e
    }
  }
}
