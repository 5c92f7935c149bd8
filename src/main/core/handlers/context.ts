import type { DataStore } from '../store/data-store'
import type { EventHub } from '../events'
import type { Platform } from '../platform'
import type { SubsData } from '../store/schema'

export interface CoreContext {
  store: DataStore
  now: () => Date
  platform: Platform
  events: EventHub
  /** Writes a change and tells every window. */
  change<T>(fn: (draft: SubsData) => T): Promise<T>
}
