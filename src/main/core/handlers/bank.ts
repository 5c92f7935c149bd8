// Monzo, sync, payments and who-owes channels, and the bank behind them: the organiser's
// Monzo (through the connection) or, in demo mode, the simulator.
import { readFile, writeFile } from 'node:fs/promises'
import type { Handlers } from '../invoke'
import type { CoreContext } from './context'
import type { MonzoStatusView, SyncStatusView } from '../../../shared/views'
import { UserError } from '../errors'
import { createMonzoConnection, type ConnectionStatus } from '../monzo/connection'
import { createMemoryVault, type Vault } from '../monzo/vault'
import { startDemoBank, type DemoBank } from '../monzo/demo-bank'
import type { MonzoSimulatorOptions } from '../monzo/simulator'
import { createSyncService, type SyncSource } from '../sync/service'
import { importText } from '../sync/import'
import { dismissUnreadable } from '../sync/apply'
import { describeCounts } from '../../../shared/sync-summary'
import {
  acceptSplits,
  assignPayment,
  assignPayments,
  deleteCash,
  forgetLearned,
  ignorePayment,
  ignorePayments,
  recordCash,
  splitPayment,
  undoDecision,
} from '../ledger/decisions'
import { learnPlan } from '../ledger/learning'
import { computeLedger, waitingPayments, whoOwesNow } from '../ledger/balances'
import { owesCsv } from '../ledger/owes-csv'
import { paymentRequest } from '../ledger/payment-request'
import { owesGroupText } from '../ledger/group-chat'
import { findPlayer } from '../roster/players'
import { organiserDates } from '../platform'
import { paymentStates, syncNotice } from '../sync/notice'
import type { Dispatcher } from 'undici'

type BankChannels = Pick<
  Handlers,
  | 'monzo:configure'
  | 'monzo:connect'
  | 'monzo:cancel'
  | 'monzo:selectAccount'
  | 'monzo:disconnect'
  | 'monzo:finishSignIn'
  | 'monzo:forget'
  | 'sync:run'
  | 'sync:importFile'
  | 'payments:assign'
  | 'payments:split'
  | 'payments:ignore'
  | 'payments:undo'
  | 'payments:recordCash'
  | 'payments:deleteCash'
  | 'payments:dismissUnreadable'
  | 'owes:exportCsv'
  | 'owes:paymentRequest'
  | 'owes:groupText'
  | 'payments:learnOptions'
  | 'payments:assignMany'
  | 'payments:ignoreMany'
  | 'payments:acceptSplit'
  | 'players:forget'
  | 'monzo:checkApproval'
>

export interface BankOptions {
  /** Where Monzo tokens and the client secret live (encrypted in the app). Defaults to memory. */
  vault?: Vault
  /** Monzo's hosts; tests and the e2e harness point these at the simulator. */
  monzo?: { authBase: string; apiBase: string; dispatcher?: Dispatcher; approvalPollMs?: number }
  /** Poll in the background (the app); the CLI and one-shot tools pass false. */
  background?: boolean
  /** The organiser agreed to keep secrets without OS encryption (Linux basic_text). */
  onAllowBasicText?: (allow: boolean) => void
  demoBank?: MonzoSimulatorOptions
}

const MONZO = { authBase: 'https://auth.monzo.com/', apiBase: 'https://api.monzo.com' }

export function bankHandlers(ctx: CoreContext, opts: BankOptions) {
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((l) => l())
  let demo: DemoBank | null = null
  let demoProblem: string | null = null
  const hosts = opts.monzo ?? MONZO
  const connection = createMonzoConnection({
    vault: opts.vault ?? createMemoryVault(),
    open: (url) => ctx.platform.openExternal(url),
    authBase: hosts.authBase,
    apiBase: hosts.apiBase,
    dispatcher: opts.monzo?.dispatcher,
    approvalPollMs: opts.monzo?.approvalPollMs,
    clock: () => ctx.now().getTime(),
    onStatus: notify,
    // Access turned off in the Monzo app is allowed again: catch up on what the refused sync missed.
    onApprovalRestored: () => void sync.run().catch(() => undefined),
    // Full history is only shared in the first five minutes: sync straight away, and from the
    // start, so payments an earlier 90-day-limited sync couldn't see are fetched now ("reconnect").
    onConnected: async () => {
      await sync.run({ fromStart: true })
    },
  })

  const source = (): SyncSource | null => {
    if (demo) return { pager: demo.client, accountId: demo.accountId, holderNames: [demo.sim.user.name] }
    const account = connection.account()
    if (connection.status().state !== 'connected' || !account) return null
    return { pager: connection.client(), accountId: account.id, holderNames: [account.name] }
  }
  const sync = createSyncService({
    store: ctx.store,
    now: ctx.now,
    source,
    unavailable: () => {
      const s = connection.status()
      if (s.state === 'needs_reconnect') return 'Monzo needs you to sign in again: click Reconnect in Settings → Monzo. Your payments so far are safe.'
      // Both say what to do, and that nothing stored is lost.
      if ((s.state === 'needs_reapproval' || s.state === 'approval_withdrawn') && s.message) return s.message
      return 'Connect Monzo in Settings first, or import a Monzo CSV statement.'
    },
    onStatus: notify,
    onFailed: (e) => {
      if (!demo) connection.noteSyncFailure(e)
    },
    onSynced: () => {
      tellOrganiser()
      ctx.events.emit('data:changed', { at: ctx.now().toISOString() })
    },
  })

  // What the inbox looked like before the latest sync, kept current by every other change, so a
  // notification counts only what the sync itself matched or left waiting.
  let before = paymentStates(ctx.store.data.payments)
  ctx.events.on('data:changed', () => void (before = paymentStates(ctx.store.data.payments)))
  // Syncs the organiser started from the window report there; only background ones notify.
  let foreground = 0
  function tellOrganiser(): void {
    const notice = syncNotice(before, ctx.store.data.payments)
    before = paymentStates(ctx.store.data.payments)
    if (foreground > 0 || !notice || !ctx.store.data.settings.notifyAfterSync) return
    ctx.platform.notify(notice.title, notice.body, () => ctx.events.emit('app:navigate', { view: 'payments' }))
  }

  function monzoStatus(): MonzoStatusView {
    if (demo) {
      return {
        state: 'connected',
        clientIdSet: true,
        secretSet: true,
        redirectUri: connection.status().redirectUri,
        port: Number(new URL(connection.status().redirectUri).port),
        accountName: `${demo.sim.user.name} (demo bank)`,
        accountType: 'uk_retail',
        accounts: [],
        message: 'Demo mode: payments come from a pretend bank on this computer.',
        demo: true,
        approvedAt: null,
        reapproveBy: null,
        reapproveSoon: false,
      }
    }
    const s: ConnectionStatus = connection.status()
    if (demoProblem && ctx.store.data.demo) {
      return { ...disconnectedDemo(s), message: demoProblem }
    }
    return {
      state: s.state,
      clientIdSet: s.clientIdSet,
      secretSet: s.secretSet,
      redirectUri: s.redirectUri,
      port: Number(new URL(s.redirectUri).port),
      accountName: s.accountName,
      accountType: s.accountType,
      accounts: (s.accounts ?? []).map((a) => ({ id: a.id, name: a.name, type: a.label })),
      message: s.message ?? null,
      demo: false,
      approvedAt: s.approvedAt,
      reapproveBy: s.reapproveBy,
      reapproveSoon: s.reapproveSoon,
    }
  }
  function disconnectedDemo(s: ConnectionStatus): MonzoStatusView {
    return {
      state: 'error', clientIdSet: false, secretSet: false, redirectUri: s.redirectUri, port: Number(new URL(s.redirectUri).port),
      accountName: null, accountType: null, accounts: [], message: null, demo: true,
      approvedAt: null, reapproveBy: null, reapproveSoon: false,
    }
  }
  const syncStatus = (): SyncStatusView => sync.status()
  const change = ctx.change

  function notInDemo(): void {
    if (demo) throw new UserError('You are in demo mode. Leave the demo (top of the window) to connect your own Monzo.', 'demo')
  }

  /** Disconnect and Forget alike: stop any sync, sign out as told, and forget which account was synced. */
  async function signOut(end: () => Promise<unknown>): Promise<MonzoStatusView> {
    notInDemo()
    await sync.cancel('The sync was stopped because Monzo was disconnected.')
    await end()
    await change((d) => void (d.sync = { ...d.sync, accountId: null, lastError: null }))
    return monzoStatus()
  }

  const handlers: BankChannels = {
    'monzo:configure': async ({ allowBasicText, ...c }) => {
      notInDemo()
      if (allowBasicText !== undefined) opts.onAllowBasicText?.(allowBasicText)
      await connection.configure(c)
      return monzoStatus()
    },
    'monzo:connect': () => {
      notInDemo()
      // The flow waits on the browser and the Monzo app; progress arrives as status events.
      void connection.connect().catch(() => undefined)
      return monzoStatus()
    },
    'monzo:cancel': () => (connection.cancel(), monzoStatus()),
    'monzo:selectAccount': async ({ accountId }) => {
      await connection.selectAccount(accountId)
      return monzoStatus()
    },
    'monzo:disconnect': () => signOut(() => connection.disconnect()),
    'monzo:finishSignIn': async (input) => {
      notInDemo()
      await connection.finishSignIn(input)
      return monzoStatus()
    },
    'monzo:checkApproval': async () => {
      if (demo) return { allowed: true, monzo: monzoStatus() }
      const allowed = await connection.checkApproval()
      return { allowed, monzo: monzoStatus() }
    },
    'monzo:forget': () => signOut(() => connection.forget()),
    'sync:run': async () => {
      foreground++
      try {
        await sync.run()
      } finally {
        foreground--
      }
      return sync.status()
    },
    'sync:importFile': async () => {
      const file = await ctx.platform.chooseOpenFile({ title: 'Import a Monzo statement (CSV) or transactions (JSON)', extensions: ['csv', 'json'] })
      if (!file) return { imported: 0, file: null, counts: null, message: null }
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch {
        throw new UserError(`Subs couldn't read ${file}. Check the file still exists and try again.`)
      }
      const { credits, ...counts } = await importText(ctx.store, text, ctx.now)
      sync.recordImport(counts)
      ctx.events.emit('data:changed', { at: ctx.now().toISOString() })
      return { imported: credits, file, counts, message: describeCounts(counts) }
    },
    'payments:assign': ({ paymentId, playerId, learn }) => change((d) => (assignPayment(d, paymentId, playerId, learn, ctx.now()), null)),
    'payments:assignMany': ({ paymentIds, playerId, learn }) =>
      change((d) => (assignPayments(d, paymentIds, playerId, learn, ctx.now()), null)),
    'payments:ignoreMany': ({ paymentIds }) => change((d) => (ignorePayments(d, paymentIds, ctx.now()), null)),
    'payments:acceptSplit': ({ paymentIds }) => change((d) => (acceptSplits(d, paymentIds, ctx.now()), null)),
    'payments:learnOptions': ({ paymentId, playerId }) => {
      const d = ctx.store.data
      const payment = d.payments.find((p) => p.id === paymentId)
      if (!payment) throw new UserError('That payment no longer exists. Sync again to refresh the list.', 'not_found')
      return learnPlan(d, payment, playerId)
    },
    'players:forget': ({ playerId, kind, key }) => change((d) => (forgetLearned(d, playerId, kind, key, ctx.now()), null)),
    'payments:split': ({ paymentId, parts }) => change((d) => (splitPayment(d, paymentId, parts, ctx.now()), null)),
    'payments:ignore': ({ paymentId }) => change((d) => (ignorePayment(d, paymentId, ctx.now()), null)),
    'payments:undo': ({ paymentId }) => change((d) => (undoDecision(d, paymentId, ctx.now()), null)),
    'payments:recordCash': (input) => change((d) => ({ id: recordCash(d, input, ctx.now()) })),
    'payments:deleteCash': ({ paymentId }) => change((d) => (deleteCash(d, paymentId), null)),
    'payments:dismissUnreadable': ({ id }) =>
      change((d) => {
        if (!dismissUnreadable(d, id)) throw new UserError('That transaction is no longer in the list. Sync again to refresh it.', 'not_found')
        return null
      }),
    'owes:exportCsv': async () => {
      const day = ctx.now().toISOString().slice(0, 10)
      const file = await ctx.platform.chooseSaveFile({ title: 'Export who owes', defaultName: `subs-who-owes-${day}.csv`, extensions: ['csv'] })
      if (!file) return { file: null, rows: 0 }
      // Computed after the dialog closes, so the file reflects any sync that landed meanwhile.
      const rows = whoOwesNow(ctx.store.data, ctx.now())
      try {
        await writeFile(file, owesCsv(rows, { dates: organiserDates(ctx.platform) }))
      } catch (e) {
        throw new UserError(`Subs couldn't save ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}). Choose another folder and try again.`)
      }
      return { file, rows: rows.length }
    },
    'owes:paymentRequest': ({ playerId }) => {
      const d = ctx.store.data
      const player = findPlayer(d, playerId)
      const balance = computeLedger({ ...d, now: ctx.now(), chargeWhen: d.settings.chargeWhen }).players[playerId]
      const dates = { ...organiserDates(ctx.platform), now: ctx.now() }
      const req = balance && paymentRequest(player, balance.owesPence, balance.unpaidFixtures, d.settings.monzoMeUsername, dates)
      if (!req) throw new UserError(`${player.name} doesn't owe anything right now.`, 'nothing_owed')
      return req
    },
    'owes:groupText': () => {
      const d = ctx.store.data
      const waiting = waitingPayments(d.payments)
      const lines = whoOwesNow(d, ctx.now()).map((r) => ({ name: r.name, owesPence: r.owesPence, paymentWaiting: (waiting[r.playerId]?.length ?? 0) > 0 }))
      return owesGroupText(lines, d.settings.monzoMeUsername, { dates: organiserDates(ctx.platform), now: ctx.now() })
    },
  }

  const bank = {
    handlers,
    monzoStatus,
    syncStatus,
    onStatus(l: () => void) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    async start() {
      // Neither a vault nor a demo bank that fails may stop Subs from opening: the organiser's
      // players, payments and CSV stay reachable, and the Monzo status says what went wrong.
      await connection.load()
      if (ctx.store.data.demo) {
        await bank.enterDemo().catch((e: unknown) => {
          demoProblem = `The demo bank couldn't start (${(e as Error).message}). Leave the demo, or restart Subs to try again.`
          notify()
        })
      }
      if (opts.background !== false) sync.startPolling()
    },
    async stop() {
      await sync.stop()
      await demo?.close()
      demo = null
      await connection.close()
    },
    /** The simulator's authorise page may be opened in the browser while in demo mode. */
    extraOrigins: () => (demo ? [new URL(demo.sim.baseUrl).origin] : []),
    async enterDemo() {
      if (demo) return
      demo = await startDemoBank(opts.demoBank)
      demoProblem = null
      notify()
    },
    async syncDemo() {
      if (!demo) return
      foreground++
      try {
        await sync.run({ fromStart: true })
      } catch {
        // Recorded as the sync's lastError, which the sync panel shows.
      } finally {
        foreground--
      }
    },
    /** Is the organiser's own Monzo connected, or on its way to being? (The demo must not mix with it.) */
    monzoInUse: () => !['not_configured', 'disconnected'].includes(connection.status().state),
    async leaveDemo() {
      await sync.stop()
      await demo?.close()
      demo = null
      demoProblem = null
      if (opts.background !== false) sync.startPolling()
      notify()
    },
  }
  return bank
}
