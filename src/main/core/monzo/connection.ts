// The Connect flow, free of Electron: loopback listener (or the link pasted by hand) → browser →
// code exchange → approve-in-app polling → account choice → first sync hook. Afterwards it keeps
// the state honest: access turned off in the Monzo app (checks until it is allowed again) and
// Monzo's 90-day approval (warns from day 80, refuses once it has run out, until Reconnect).
// Platform code supplies `open` (shell.openExternal) and an encrypted vault.
import { randomBytes } from 'node:crypto'
import type { Dispatcher } from 'undici'
import { UserError, isUserError } from '../errors'
import { abortable, waitForApproval, waitUntilAllowedAgain } from './approval-wait'
import { approvalWindow, reapprovalMessage } from './approval-window'
import { type MonzoClient, type MonzoClientOptions, createMonzoClient, realSleep } from './client'
import { type AccountChoice, type ConnectionStatus, accountChoices, parseAccountChoice } from './connection-status'
import { MESSAGES, MonzoError, isMonzoError } from './errors'
import { DEFAULT_TIMEOUTS, createDefaultDispatcher } from './http'
import { DEFAULT_LOOPBACK_PORT, type LoopbackListener, redirectUriFor, startLoopbackListener } from './loopback'
import { buildAuthoriseUrl, exchangeCode, logout } from './oauth'
import { LINK_MESSAGES, type PastedSignIn, createSignInLog, readPastedLink } from './pasted-link'
import { SIGN_IN_KEYS, type Vault, VAULT_KEYS } from './vault'
import { createVaultTokenSource } from './vault-tokens'

export type { AccountChoice, ConnectionState, ConnectionStatus } from './connection-status'

export interface MonzoConnectionOptions {
  vault: Vault
  /** Opens the authorise URL in the system browser. */
  open: (url: string) => Promise<void>
  authBase: string
  apiBase: string
  dispatcher?: Dispatcher
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  onStatus?: (s: ConnectionStatus) => void
  /** Runs right after connecting: the first sync, while Monzo still shares full history. */
  onConnected?: (ctx: { client: MonzoClient; accountId: string }) => Promise<void> | void
  /** Runs when access turned off in the Monzo app is allowed again: the sync that failed can run now. */
  onApprovalRestored?: () => void
  port?: number
  listenerTimeoutMs?: number
  approvalPollMs?: number
  approvalTimeoutMs?: number
  /** While access is turned off: check this often once the first approvalTimeoutMs of quick checks is over. */
  withdrawnPollMs?: number
  /** Passed through to every client (timeouts, retry policy, random). */
  clientOptions?: Partial<Omit<MonzoClientOptions, 'apiBase' | 'tokens' | 'dispatcher'>>
}

export interface MonzoConnection {
  /** Reads the vault to restore the state after a restart. */
  load(): Promise<ConnectionStatus>
  configure(o: { clientId: string; clientSecret?: string; port?: number }): Promise<ConnectionStatus>
  connect(): Promise<ConnectionStatus>
  /**
   * Finishes the sign-in Subs is waiting for with the address the organiser's browser ended up on
   * (or its code and state), exactly as the loopback callback would. A wrong, stale or reused
   * link throws a UserError (code 'bad_link') and changes nothing.
   */
  finishSignIn(input: PastedSignIn): Promise<ConnectionStatus>
  selectAccount(id: string): Promise<ConnectionStatus>
  cancel(): void
  /** Signs out and deletes the tokens; the client ID, secret and port stay for the next Connect. */
  disconnect(): Promise<ConnectionStatus>
  /** Disconnects and deletes the client ID, secret and port too. */
  forget(): Promise<ConnectionStatus>
  /** Told why a sync failed, so the state says what Monzo said (access turned off, approval run out). */
  noteSyncFailure(e: unknown): void
  /**
   * While waiting for approval in the Monzo app: asks Monzo once, now, instead of at the next check.
   * True when Subs is allowed (access turned back on carries on at once; a Connect still waiting
   * for approval finishes at its next check, within seconds). False while still waiting.
   */
  checkApproval(): Promise<boolean>
  status(): ConnectionStatus
  /** A client for sync; throws MonzoError 'not_connected' unless connected. */
  client(): MonzoClient
  account(): AccountChoice | undefined
  close(): Promise<void>
}

const KEYS = VAULT_KEYS
const SLOW_POLL_MS = 5 * 60_000

export function createMonzoConnection(o: MonzoConnectionOptions): MonzoConnection {
  const clock = o.clock ?? Date.now
  const sleep = o.sleep ?? realSleep
  const pollMs = o.approvalPollMs ?? 3_000
  const maxPolls = Math.max(1, Math.ceil((o.approvalTimeoutMs ?? 10 * 60_000) / pollMs))
  const dispatcher = o.dispatcher ?? createDefaultDispatcher()
  const transport = { apiBase: o.apiBase, dispatcher, now: clock, timeouts: { ...DEFAULT_TIMEOUTS, ...o.clientOptions?.timeouts } }
  const tokens = createVaultTokenSource(o.vault)
  const defaultPort = o.port ?? DEFAULT_LOOPBACK_PORT
  let port = defaultPort
  let st: Omit<ConnectionStatus, 'approvedAt' | 'reapproveBy' | 'reapproveSoon'> = {
    state: 'not_configured', accountName: null, accountType: null, redirectUri: redirectUriFor(port), clientIdSet: false, secretSet: false,
  }
  let approvedAt: number | null = null
  let current: AccountChoice | undefined
  let cached: MonzoClient | undefined
  let attempt: AbortController | undefined
  let choose: ((a: AccountChoice) => void) | undefined
  /** The sign-in waiting for its callback, by loopback or by a pasted link. */
  let waiting: { listener: LoopbackListener; state: string } | undefined
  const signIns = createSignInLog()
  let watcher: AbortController | undefined

  const approval = () => approvalWindow(approvedAt, clock())
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

  /** The stored state plus what follows from the clock (the 90-day approval). */
  function view(): ConnectionStatus {
    const w = approval()
    const syncing = st.state === 'connected' || st.state === 'approval_withdrawn'
    return { ...structuredClone(st), approvedAt: iso(approvedAt), reapproveBy: iso(w.reapproveBy), reapproveSoon: syncing && w.phase === 'soon' }
  }

  function set(patch: Partial<typeof st>) {
    const next = { ...st, ...patch }
    if (!('message' in patch)) delete next.message
    if (next.state !== 'choose_account') delete next.accounts
    st = next
    o.onStatus?.(view())
  }

  /** Once the 90 days are up, syncing stops until the organiser reconnects: nothing stored is touched. */
  function checkExpiry(): void {
    if ((st.state === 'connected' || st.state === 'approval_withdrawn') && approval().phase === 'expired') {
      stopWatching()
      set({ state: 'needs_reapproval', message: reapprovalMessage(approval().reapproveBy) })
    }
  }

  function newClient(): MonzoClient {
    return createMonzoClient({
      now: clock, sleep, ...o.clientOptions, apiBase: o.apiBase, dispatcher, tokens,
      onAuthLost: () => void markNeedsReconnect(),
    })
  }

  async function markNeedsReconnect() {
    stopWatching()
    await o.vault.delete(KEYS.tokens)
    await o.vault.set(KEYS.needsReconnect, '1')
    set({ state: 'needs_reconnect', message: MESSAGES.needsReconnect })
  }

  // The state is said first; remembering it across a restart is best effort (a vault that can't
  // be written is reported by the next Connect, and Monzo will say the same again anyway).
  async function markNeedsReapproval() {
    stopWatching()
    set({ state: 'needs_reapproval', message: reapprovalMessage(approval().reapproveBy) })
    await o.vault.set(KEYS.needsReapproval, '1').catch(() => undefined)
  }

  async function markWithdrawn() {
    set({ state: 'approval_withdrawn', message: MESSAGES.approvalWithdrawn })
    watchForApproval()
    await o.vault.set(KEYS.approvalWithdrawn, '1').catch(() => undefined)
  }

  function stopWatching() {
    watcher?.abort()
    watcher = undefined
  }

  /** Access was turned off in the Monzo app: ask Monzo now and then until it is allowed again. */
  function watchForApproval(): void {
    stopWatching()
    const ac = new AbortController()
    watcher = ac
    const client = (cached ??= newClient())
    const slowPollMs = o.withdrawnPollMs ?? SLOW_POLL_MS
    waitUntilAllowedAgain(client, { signal: ac.signal, sleep, pollMs, maxPolls, slowPollMs }).then(
      async () => {
        if (watcher !== ac) return
        await allowedAgain()
      },
      async (e) => {
        // needs_reconnect is already reported by onAuthLost; cancelled means someone stopped watching.
        if (watcher === ac && isMonzoError(e) && e.kind === 'verification_required') await markNeedsReapproval()
      },
    ).catch(() => undefined)
  }

  /** Access turned off in the Monzo app is allowed again: stop checking, say so, and catch up. */
  async function allowedAgain(): Promise<void> {
    stopWatching()
    await o.vault.delete(KEYS.approvalWithdrawn).catch(() => undefined)
    set({ state: 'connected', message: 'Subs is allowed in your Monzo app again.' })
    o.onApprovalRestored?.()
  }

  function failureStatus(e: unknown): Partial<ConnectionStatus> {
    const err = isMonzoError(e) ? e : new MonzoError('unknown', `Connecting to Monzo failed: ${(e as Error)?.message ?? e}`)
    if (err.kind === 'cancelled' || err.kind === 'denied' || err.kind === 'timeout') return { state: 'disconnected', message: err.message }
    if (err.kind === 'needs_reconnect') {
      return { state: 'error', message: 'Monzo refused the sign-in code (it may have expired). Click Connect to try again.' }
    }
    return { state: 'error', message: err.message }
  }

  /** Backing out of a reconnect before the code exchange leaves the old login as it was. */
  function restore(before: ConnectionStatus['state'], message: string | undefined) {
    if (before === 'approval_withdrawn') {
      set({ state: before, message: message ?? MESSAGES.approvalWithdrawn })
      watchForApproval()
    } else if (before === 'needs_reapproval') set({ state: before, message: message ?? reapprovalMessage(approval().reapproveBy) })
    else set({ state: 'connected', message })
  }

  async function clientDetails() {
    const [clientId, secret] = await Promise.all([o.vault.get(KEYS.clientId), o.vault.get(KEYS.clientSecret)])
    return { clientId, secret, creds: clientId && secret ? { clientId, clientSecret: secret } : undefined }
  }

  const api: MonzoConnection = {
    async load() {
      let read
      try {
        read = await Promise.all([
          clientDetails(), o.vault.get(KEYS.port), tokens.load(), o.vault.get(KEYS.account), o.vault.get(KEYS.needsReconnect),
          o.vault.get(KEYS.approvedAt), o.vault.get(KEYS.approvalWithdrawn), o.vault.get(KEYS.needsReapproval),
        ])
      } catch (e) {
        // A locked keychain, basic_text without consent, a damaged or unreadable vault: only Monzo
        // is affected. Players, payments and the CSV stay usable, and the sentence says what to do.
        const message = isUserError(e) ? e.message : `Subs couldn't read its saved Monzo sign-in (${(e as Error).message}). Reconnect Monzo in Settings.`
        set({ state: 'needs_reconnect', clientIdSet: false, secretSet: false, accountName: null, accountType: null, message })
        return api.status()
      }
      const [details, savedPort, t, acct, reconnect, approved, withdrawn, reapproval] = read
      if (savedPort && Number(savedPort) > 0) port = Number(savedPort)
      current = parseAccountChoice(acct)
      const when = approved ? Date.parse(approved) : NaN
      approvedAt = Number.isFinite(when) ? when : null
      const base = {
        clientIdSet: !!details.creds, secretSet: !!details.secret, redirectUri: redirectUriFor(port),
        accountName: current?.name ?? null, accountType: current?.type ?? null,
      }
      const notice = o.vault.notice?.() ?? null
      if (notice) set({ ...base, state: 'needs_reconnect', message: notice })
      else if (!details.creds) set({ ...base, state: 'not_configured' })
      else if (reconnect) set({ ...base, state: 'needs_reconnect', message: MESSAGES.needsReconnect })
      else if (t && current && reapproval) set({ ...base, state: 'needs_reapproval', message: reapprovalMessage(approval().reapproveBy) })
      else if (t && current && withdrawn) {
        set({ ...base, state: 'approval_withdrawn', message: MESSAGES.approvalWithdrawn })
        watchForApproval()
      } else if (t && current) set({ ...base, state: 'connected' })
      else set({ ...base, state: 'disconnected' })
      return api.status()
    },

    async configure(c) {
      const clientId = c.clientId.trim()
      if (!clientId) throw new MonzoError('bad_request', 'Enter the client ID from developers.monzo.com.')
      const previous = await o.vault.get(KEYS.clientId)
      const secret = c.clientSecret?.trim() || (previous === clientId ? await o.vault.get(KEYS.clientSecret) : undefined)
      if (!secret) throw new MonzoError('bad_request', 'Enter the client secret from developers.monzo.com.')
      if (c.port !== undefined) {
        if (!Number.isInteger(c.port) || c.port < 1024 || c.port > 65535) throw new MonzoError('bad_request', 'Choose a port from 1024 to 65535.')
        port = c.port
        await o.vault.set(KEYS.port, String(port))
      }
      await o.vault.set(KEYS.clientId, clientId)
      await o.vault.set(KEYS.clientSecret, secret)
      // Tokens belong to one client: a different client id means starting again.
      if (previous && previous !== clientId) {
        stopWatching()
        await Promise.all(SIGN_IN_KEYS.map((k) => o.vault.delete(k)))
        cached = undefined
        current = undefined
        approvedAt = null
        set({ state: 'disconnected', accountName: null, accountType: null })
      }
      set({ clientIdSet: true, secretSet: true, redirectUri: redirectUriFor(port), state: st.state === 'not_configured' ? 'disconnected' : st.state })
      return api.status()
    },

    async connect() {
      api.cancel()
      checkExpiry()
      const before = st.state
      stopWatching()
      const { creds } = await clientDetails()
      if (!creds) {
        set({ state: 'not_configured', message: 'Enter your Monzo client ID and secret first.' })
        return api.status()
      }
      const ac = new AbortController()
      attempt = ac
      let listener: LoopbackListener | undefined
      let exchanged = false
      const state = randomBytes(32).toString('base64url')
      try {
        listener = await startLoopbackListener({ port, state, timeoutMs: o.listenerTimeoutMs })
        waiting = { listener, state }
        signIns.mark(state, 'waiting')
        set({ state: 'waiting_for_browser', redirectUri: listener.redirectUri, message: 'Finish signing in to Monzo in your browser.' })
        await o.open(buildAuthoriseUrl({ authBase: o.authBase, clientId: creds.clientId, redirectUri: listener.redirectUri, state }))
        const { code } = await abortable(listener.result, ac.signal)
        signIns.mark(state, 'used')
        waiting = undefined
        set({ state: 'exchanging', message: 'Finishing the connection…' })
        // Monzo's 90 days count from this sign-in; it is recorded once the whole flow has finished.
        const signedInAt = clock()
        const t = await exchangeCode(transport, { ...creds, code, redirectUri: listener.redirectUri })
        exchanged = true
        await tokens.save(t)
        await Promise.all([KEYS.needsReconnect, KEYS.approvalWithdrawn, KEYS.needsReapproval].map((k) => o.vault.delete(k)))
        cached = newClient()
        set({ state: 'needs_approval', message: MESSAGES.needsApproval })
        const choices = accountChoices(await waitForApproval(cached, { signal: ac.signal, sleep, pollMs, maxPolls }))
        if (!choices.length) throw new MonzoError('not_found', 'Monzo shows no open personal or joint current account for this login.')
        const chosen = choices.length === 1 ? choices[0]! : await abortable(
          new Promise<AccountChoice>((resolve) => {
            choose = resolve
            set({ state: 'choose_account', accounts: choices, message: 'Choose the account your players pay into.' })
          }),
          ac.signal,
        )
        await o.vault.set(KEYS.account, JSON.stringify(chosen))
        await o.vault.set(KEYS.approvedAt, new Date(signedInAt).toISOString())
        approvedAt = signedInAt
        current = chosen
        set({ state: 'connected', accountName: chosen.name, accountType: chosen.type })
        if (o.onConnected) {
          try {
            await o.onConnected({ client: cached, accountId: chosen.id })
          } catch (e) {
            set({ message: `Connected, but the first sync failed: ${(e as Error).message}` })
          }
        }
      } catch (e) {
        if (exchanged) {
          // Don't leave a half-connected login behind.
          await o.vault.delete(KEYS.tokens)
          cached = undefined
        }
        const superseded = attempt !== undefined && attempt !== ac
        if (!superseded) {
          const f = failureStatus(e)
          const working = before === 'connected' || before === 'approval_withdrawn' || before === 'needs_reapproval'
          if (working && !exchanged) restore(before, f.message)
          else set(f)
        }
      } finally {
        signIns.mark(state, 'abandoned') // no-op when its code arrived
        if (waiting?.state === state) waiting = undefined
        choose = undefined
        if (attempt === ac) attempt = undefined
        await listener?.close()
      }
      return api.status()
    },

    async finishSignIn(input) {
      const redirect = waiting?.listener.redirectUri ?? redirectUriFor(port)
      const read = readPastedLink(input)
      if (!read.ok) {
        const say = read.reason === 'empty' ? LINK_MESSAGES.empty() : read.reason === 'email_link' ? LINK_MESSAGES.email_link(redirect) : LINK_MESSAGES.wrong(redirect)
        throw new UserError(say, 'bad_link')
      }
      if (waiting) {
        // The listener's own check: the same state rule and first-valid-callback-wins as over HTTP.
        const outcome = waiting.listener.submit(read.query)
        if (outcome === 'code' || outcome === 'denied') {
          // Let the flow take the code before answering, so the status already says what happens next.
          await new Promise((r) => setImmediate(r))
          return api.status()
        }
        if (outcome === 'no_code') throw new UserError(LINK_MESSAGES.wrong(redirect), 'bad_link')
      }
      const seen = signIns.get(read.query.get('state') ?? '')
      if (seen === 'used') throw new UserError(LINK_MESSAGES.reused(), 'bad_link')
      if (seen === 'abandoned') throw new UserError(LINK_MESSAGES.stale(), 'bad_link')
      if (!waiting) throw new UserError(LINK_MESSAGES.notWaiting(), 'bad_link')
      throw new UserError(LINK_MESSAGES.otherSignIn(), 'bad_link')
    },

    async selectAccount(id) {
      const pick = st.accounts?.find((a) => a.id === id)
      if (!pick || !choose) throw new MonzoError('bad_request', 'That account is not one of the choices.')
      choose(pick)
      return api.status()
    },

    cancel() {
      attempt?.abort()
      attempt = undefined
    },

    async disconnect() {
      api.cancel()
      stopWatching()
      const t = await tokens.load()
      if (t) {
        // Best effort: the sign-in is deleted whether or not Monzo answers.
        await logout(transport, t.accessToken).catch(() => undefined)
      }
      cached = undefined
      current = undefined
      approvedAt = null
      await Promise.all(SIGN_IN_KEYS.map((k) => o.vault.delete(k)))
      const { creds } = await clientDetails()
      set({
        state: creds ? 'disconnected' : 'not_configured', accountName: null, accountType: null,
        message: creds
          ? 'Monzo is disconnected: Subs signed out and deleted its access. Your client ID and secret are kept, so Connect signs you in again.'
          : 'Monzo is disconnected and its keys are deleted from this computer.',
      })
      return api.status()
    },

    async forget() {
      await api.disconnect()
      await o.vault.clear()
      port = defaultPort
      set({
        state: 'not_configured', clientIdSet: false, secretSet: false, redirectUri: redirectUriFor(port),
        message: 'Subs has forgotten your Monzo client: its ID and secret are deleted from this computer.',
      })
      return api.status()
    },

    noteSyncFailure(e) {
      if (!isMonzoError(e) || st.state !== 'connected') return
      // Only a sync that Monzo refused even for the last 89 days gets here with verification_required.
      if (e.kind === 'verification_required') void markNeedsReapproval()
      else if (e.kind === 'needs_approval') void markWithdrawn()
    },

    async checkApproval() {
      const waitingState = st.state
      const client = waitingState === 'approval_withdrawn' ? (cached ??= newClient()) : waitingState === 'needs_approval' ? cached : undefined
      if (!client) return st.state === 'connected'
      try {
        await client.accounts()
      } catch (e) {
        if (isMonzoError(e) && e.kind === 'needs_approval') return false
        // The same answers the background checks act on; anything else (no network) is said as it is.
        if (isMonzoError(e) && e.kind === 'verification_required' && st.state === 'approval_withdrawn') await markNeedsReapproval()
        throw e
      }
      // Still the same wait (nobody disconnected or reconnected meanwhile): carry on now.
      if (waitingState === 'approval_withdrawn' && st.state === 'approval_withdrawn') await allowedAgain()
      return true
    },

    status() {
      checkExpiry()
      return view()
    },

    client() {
      checkExpiry()
      if (st.state !== 'connected' || !current) throw new MonzoError('not_connected', MESSAGES.notConnected)
      cached ??= newClient()
      return cached
    },

    account: () => (current ? { ...current } : undefined),

    async close() {
      api.cancel()
      stopWatching()
      if (!o.dispatcher) await dispatcher.close()
    },
  }
  return api
}
