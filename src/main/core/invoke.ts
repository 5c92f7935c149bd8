// The boundary every IPC call crosses: channel check, schema check, handler, readable outcome.
// Used by main/ipc.ts, the e2e harness and the fuzz tests alike.
import { isChannel } from '../../shared/channels'
import { parseInput, type Channel, type InputOf, type Outcome, type ResultOf } from '../../shared/ipc'
import { isUserError } from './errors'
import { isMonzoError } from './monzo/errors'

export type Handlers = { [K in Channel]: (input: InputOf<K>) => Promise<ResultOf<K>> | ResultOf<K> }

export type Logger = (message: string, error?: unknown) => void

export async function invokeChannel(handlers: Handlers, ch: unknown, raw: unknown, log: Logger): Promise<Outcome<unknown>> {
  if (!isChannel(ch)) return { ok: false, error: 'Subs did not recognise that request.', code: 'unknown_channel' }
  const parsed = parseInput(ch, raw)
  if (!parsed.ok) return { ok: false, error: parsed.error, code: 'invalid', ...(parsed.field ? { field: parsed.field } : {}) }
  try {
    const handler = handlers[ch] as (input: unknown) => unknown
    const value = await handler(parsed.value)
    return { ok: true, value: value === undefined ? null : value }
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: e.message, code: e.code, ...(e.field ? { field: e.field } : {}) }
    // Monzo errors are written for the organiser too (and never carry tokens).
    if (isMonzoError(e)) return { ok: false, error: e.message, code: e.kind }
    log(`${ch} failed`, e)
    return {
      ok: false,
      error: 'Something went wrong inside Subs and nothing was changed. Try again; if it keeps happening, restart Subs.',
      code: 'internal',
    }
  }
}
