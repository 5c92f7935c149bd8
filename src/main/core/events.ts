// A tiny typed event hub for the events in the contract.
import type { EventName, Events } from '../../shared/ipc'

export interface EventHub {
  emit<E extends EventName>(event: E, payload: Events[E]): void
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

export function createEventHub(): EventHub {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>()
  return {
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) l(payload)
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      const l = listener as (p: unknown) => void
      set.add(l)
      return () => set.delete(l)
    },
  }
}
