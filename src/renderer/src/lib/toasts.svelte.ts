// Short-lived messages in the corner: errors from the core, confirmations, duplicate-name warnings,
// and the odd "Undo". At most three at once; only a toast itself takes clicks (see Toasts.svelte).
export type ToastKind = 'error' | 'success' | 'info' | 'warning'

export interface ToastAction {
  label: string
  run: () => void | Promise<void>
}

export interface Toast {
  id: number
  kind: ToastKind
  message: string
  action?: ToastAction
}

export const MAX_TOASTS = 3

class Toasts {
  items = $state<Toast[]>([])
  #next = 1

  show(message: string, kind: ToastKind = 'info', opts: { action?: ToastAction } = {}): number {
    const id = this.#next++
    this.items = [...this.items.slice(-(MAX_TOASTS - 1)), { id, kind, message, action: opts.action }]
    // Errors, warnings and anything offering Undo need reading time; confirmations can go quickly.
    const ms = kind === 'error' || kind === 'warning' || opts.action ? 9000 : 4000
    setTimeout(() => this.dismiss(id), ms)
    return id
  }

  #raisers = new Set<() => void>()
  /** Open modal dialogs, innermost last: toasts live inside the innermost so they stay clickable. */
  dialogs = $state.raw<HTMLDialogElement[]>([])

  /** The toast layer registers here; dialogs call raise() so toasts stay above them. */
  onRaise(fn: () => void): () => void {
    this.#raisers.add(fn)
    return () => this.#raisers.delete(fn)
  }

  raise(): void {
    for (const fn of this.#raisers) fn()
  }

  enterDialog(d: HTMLDialogElement): void {
    this.dialogs = [...this.dialogs.filter((x) => x !== d), d]
    this.raise()
  }

  leaveDialog(d: HTMLDialogElement): void {
    this.dialogs = this.dialogs.filter((x) => x !== d)
    this.raise()
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id)
  }
}

export const toasts = new Toasts()
