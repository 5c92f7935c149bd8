// The one place the renderer holds data: the latest snapshot from main, plus live Monzo/sync status.
// Every change in main fires 'data:changed' and we simply re-read the snapshot, so no view ever
// needs a refresh button or keeps its own copy of the data.
import type { Channel, InputOf, Outcome, ResultOf } from '../../../shared/ipc'
import type { Player } from '../../../shared/domain'
import type { BalanceView, MonzoStatusView, Snapshot, SyncStatusView } from '../../../shared/views'
import { toasts } from './toasts.svelte'

export type ViewName = 'fixtures' | 'players' | 'payments' | 'owes' | 'settings'

export const VIEWS: { id: ViewName; label: string }[] = [
  { id: 'fixtures', label: 'Fixtures' },
  { id: 'players', label: 'Players' },
  { id: 'payments', label: 'Payments' },
  { id: 'owes', label: 'Who owes' },
  { id: 'settings', label: 'Settings' },
]

class AppState {
  // Raw, not deep: the snapshot is only ever replaced whole, and wrapping thousands of payments in
  // proxies made the Payments page slow to open.
  snapshot = $state.raw<Snapshot | null>(null)
  loadError = $state<string | null>(null)
  view = $state<ViewName>('fixtures')
  /** Live status: status:changed arrives between snapshots (sync progress, OAuth steps). */
  monzo = $state<MonzoStatusView | null>(null)
  sync = $state<SyncStatusView | null>(null)

  players = $derived<Player[]>(this.snapshot?.players ?? [])
  activePlayers = $derived(this.players.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name)))
  playerById = $derived(new Map(this.players.map((p) => [p.id, p])))
  balanceById = $derived(new Map<string, BalanceView>((this.snapshot?.balances ?? []).map((b) => [b.playerId, b])))
  inboxCount = $derived((this.snapshot?.inbox ?? []).reduce((n, g) => n + g.payments.length, 0))
  /** What players owe now, under the charge setting (games to come aren't owed by default). */
  owedTotal = $derived((this.snapshot?.balances ?? []).reduce((sum, b) => sum + Math.max(0, b.owesPence), 0))
  /** Games to come, not owed yet: what is still to pay for them after any credit. */
  dueNextTotal = $derived((this.snapshot?.balances ?? []).reduce((sum, b) => sum + b.dueNext.reduce((s, u) => s + u.owedPence, 0), 0))
  chargeWhen = $derived(this.snapshot?.settings.chargeWhen ?? 'played')

  #seq = 0
  #unsubscribe: (() => void)[] = []

  async start(): Promise<void> {
    this.#unsubscribe.push(
      window.api.on('data:changed', () => void this.refresh()),
      // e.g. the organiser clicked the "payments synced" notification.
      window.api.on('app:navigate', (e) => void (this.view = e.view)),
      window.api.on('status:changed', (s) => {
        const wasRunning = this.sync?.running ?? false
        this.monzo = s.monzo
        this.sync = s.sync
        // A finished sync may have changed payments even if data:changed raced ahead of it.
        if (wasRunning && !s.sync.running) void this.refresh()
      }),
    )
    await this.refresh()
  }

  stop(): void {
    for (const u of this.#unsubscribe.splice(0)) u()
  }

  async refresh(): Promise<void> {
    // Responses can arrive out of order when changes come in quick succession; keep the newest.
    const seq = ++this.#seq
    const out = await window.api['app:snapshot']()
    if (seq !== this.#seq) return
    if (out.ok) {
      this.snapshot = out.value
      this.monzo = out.value.monzo
      this.sync = out.value.sync
      this.loadError = null
    } else {
      this.loadError = out.error
    }
  }

  /** Calls a channel; shows any error as a toast and returns the value, or null on failure. */
  async call<K extends Channel>(ch: K, input?: InputOf<K>): Promise<ResultOf<K> | null> {
    const out = await this.attempt(ch, input)
    if (!out.ok) {
      toasts.show(out.error, 'error')
      return null
    }
    return out.value
  }

  /** Like call, for channels whose value is null: true when it worked. */
  async run<K extends Channel>(ch: K, input?: InputOf<K>): Promise<boolean> {
    const out = await this.attempt(ch, input)
    if (!out.ok) toasts.show(out.error, 'error')
    return out.ok
  }

  /**
   * The raw outcome, for forms that show the error next to the fields instead of a toast.
   * Every call to main passes through here, so this is where the boundary's rule is kept:
   * Electron copies arguments with the structured-clone rules, and a Svelte $state object or
   * array is a Proxy that can't be cloned. $state.snapshot hands over a plain copy instead, so
   * no form can forget (electron/electron#39598 is the same failure with Vue's proxies).
   */
  async attempt<K extends Channel>(ch: K, input?: InputOf<K>): Promise<Outcome<ResultOf<K>>> {
    try {
      const fn = window.api[ch] as (input?: unknown) => Promise<Outcome<ResultOf<K>>>
      return await fn(input === undefined ? undefined : $state.snapshot(input))
    } catch (e) {
      return { ok: false, error: `Subs could not reach its engine: ${(e as Error).message}`, code: 'transport' }
    }
  }

  playerName(id: string): string {
    return this.playerById.get(id)?.name ?? 'Removed player'
  }

  async copy(text: string, what = 'Copied'): Promise<void> {
    if (await this.run('app:copy', { text })) toasts.show(`${what} to the clipboard.`, 'success')
  }
}

export const app = new AppState()
