// One app-wide confirmation dialog, awaited like window.confirm but styled and keyboard-friendly.
export interface ConfirmRequest {
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  danger: boolean
  resolve: (ok: boolean) => void
}

class Confirmer {
  pending = $state<ConfirmRequest | null>(null)

  ask(opts: { title: string; body: string; confirmLabel?: string; cancelLabel?: string; danger?: boolean }): Promise<boolean> {
    this.pending?.resolve(false)
    return new Promise((resolve) => {
      this.pending = { confirmLabel: 'OK', cancelLabel: 'Keep it', danger: false, ...opts, resolve }
    })
  }

  answer(ok: boolean): void {
    const p = this.pending
    this.pending = null
    p?.resolve(ok)
  }
}

export const confirmer = new Confirmer()
