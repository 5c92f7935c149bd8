// The names of every IPC channel and event, and the builder of window.api: no zod, no schemas.
// The preload imports only this file (so its bundle stays a few kB); src/shared/ipc.ts declares
// each channel's input schema and result type against these names, and a compile-time check
// there keeps the two lists identical.
import type { Api, Outcome } from './ipc'

export const CHANNELS = [
  'app:snapshot',
  'app:dismissRecovery',
  'app:listBackups',
  'app:restoreBackup',
  'app:openExternal',
  'app:copy',
  'app:startDemo',
  'app:leaveDemo',
  'app:dismissWelcome',
  'app:dismissNotices',
  'players:create',
  'players:update',
  'players:delete',
  'fixtures:create',
  'fixtures:update',
  'fixtures:delete',
  'fixtures:setCancelled',
  'fixtures:addPlayer',
  'fixtures:removePlayer',
  'settings:update',
  'monzo:configure',
  'monzo:connect',
  'monzo:cancel',
  'monzo:selectAccount',
  'monzo:disconnect',
  'monzo:finishSignIn',
  'monzo:forget',
  'sync:run',
  'sync:importFile',
  'payments:assign',
  'payments:split',
  'payments:ignore',
  'payments:undo',
  'payments:recordCash',
  'payments:deleteCash',
  'owes:exportCsv',
  'owes:paymentRequest',
  'fixtures:restorePlayer',
  'fixtures:copyRoster',
  'fixtures:groupText',
  'owes:groupText',
  'payments:learnOptions',
  'payments:assignMany',
  'payments:ignoreMany',
  'payments:acceptSplit',
  'players:forget',
  'payments:dismissUnreadable',
  'monzo:checkApproval',
] as const

export type Channel = (typeof CHANNELS)[number]

/** Events main pushes to every window. */
export const EVENT_NAMES = ['data:changed', 'status:changed', 'app:navigate'] as const
export type EventName = (typeof EVENT_NAMES)[number]

export function isChannel(x: unknown): x is Channel {
  return typeof x === 'string' && (CHANNELS as readonly string[]).includes(x)
}

export function isEventName(x: unknown): x is EventName {
  return typeof x === 'string' && (EVENT_NAMES as readonly string[]).includes(x)
}

/** Builds window.api over any transport (ipcRenderer in preload, a binding in the e2e harness). */
export function buildApi(
  invoke: (ch: Channel, input: unknown) => Promise<Outcome<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, unknown> = {}
  for (const ch of CHANNELS) api[ch] = (input?: unknown) => invoke(ch, input)
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`)
    if (typeof listener !== 'function') throw new Error('A listener must be a function')
    return subscribe(event, listener)
  }
  return api as Api
}
