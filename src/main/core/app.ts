// Assembles the product: data store, handlers for every contract channel, events.
// The Electron main process, the CLI, the e2e harness and the tests all build it the same way.
import type { EventName, Events, Outcome } from '../../shared/ipc'
import type { MonzoStatusView, SyncStatusView } from '../../shared/views'
import { openDataStore, type DataStore } from './store/data-store'
import { createEventHub } from './events'
import { invokeChannel, type Handlers, type Logger } from './invoke'
import type { Platform } from './platform'
import type { CoreContext } from './handlers/context'
import { rosterHandlers } from './handlers/roster'
import { appHandlers } from './handlers/app'
import { bankHandlers, type BankOptions } from './handlers/bank'
import { buildSnapshot } from './snapshot'

export interface CoreOptions extends BankOptions {
  dataFile: string
  platform: Platform
  now?: () => Date
  log?: Logger
  /** Sentences for the organiser about start-up (e.g. a damaged preferences file moved aside). */
  notices?: string[]
}

export interface SubsCore {
  invoke(channel: unknown, input: unknown): Promise<Outcome<unknown>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  readonly store: DataStore
  close(): Promise<void>
  /** For a quit past its deadline: the folder lock goes now (writes are atomic). */
  releaseLock(): void
}

export async function createSubsCore(opts: CoreOptions): Promise<SubsCore> {
  const now = opts.now ?? (() => new Date())
  const log: Logger = opts.log ?? ((m, e) => console.error(m, e))
  const store = await openDataStore({ file: opts.dataFile, now })
  const events = createEventHub()
  const ctx: CoreContext = {
    store,
    now,
    platform: opts.platform,
    events,
    async change(fn) {
      const result = await store.update(fn)
      events.emit('data:changed', { at: now().toISOString() })
      return result
    },
  }
  const bank = bankHandlers(ctx, opts)
  const notices = [...(opts.notices ?? [])]
  let closing: Promise<void> | null = null
  const status = (): { monzo: MonzoStatusView; sync: SyncStatusView } => ({ monzo: bank.monzoStatus(), sync: bank.syncStatus() })
  const handlers: Handlers = {
    ...appHandlers(ctx, { snapshot: () => buildSnapshot(store, now(), bank.monzoStatus(), bank.syncStatus(), notices), bank, notices }),
    ...rosterHandlers(ctx),
    ...bank.handlers,
  }
  bank.onStatus(() => events.emit('status:changed', status()))
  try {
    await bank.start()
  } catch (e) {
    await store.close()
    throw e
  }
  return {
    invoke: (ch, input) => invokeChannel(handlers, ch, input, log),
    on: events.on,
    store,
    close() {
      closing ??= (async () => {
        await bank.stop()
        await store.close()
      })()
      return closing
    },
    releaseLock: () => store.releaseLock(),
  }
}
