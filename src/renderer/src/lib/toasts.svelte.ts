// Short-lived messages in the corner: errors from the core, confirmations, duplicate-name warnings.
export type ToastKind = 'error' | 'success' | 'info' | 'warning'

export interface Toast {
  id: number
  kind: ToastKind
  message: string
}

class Toasts {
  items = $state<Toast[]>([])
  #next = 1

  show(message: string, kind: ToastKind = 'info'): void {
    const id = this.#next++
    this.items = [...this.items.slice(-3), { id, kind, message }]
    // Errors and warnings need reading time; confirmations can go quickly.
    const ms = kind === 'error' || kind === 'warning' ? 9000 : 4000
    setTimeout(() => this.dismiss(id), ms)
  }

  #raisers = new Set<() => void>()

  /** The toast layer registers here; dialogs call raise() so toasts stay above them. */
  onRaise(fn: () => void): () => void {
    this.#raisers.add(fn)
    return () => this.#raisers.delete(fn)
  }

  raise(): void {
    for (const fn of this.#raisers) fn()
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id)
  }
}

export const toasts = new Toasts()
