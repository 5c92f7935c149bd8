// The Connect flow, free of Electron: loopback listener → browser → code exchange →
// approve-in-app polling → account choice → first sync hook. Platform code supplies
// `open` (shell.openExternal) and an encrypted vault.
import { randomBytes } from 'node:crypto'
import type { Dispatcher } from 'undici'
import { abortable, waitForApproval } from './approval-wait'
import { type MonzoClient, type MonzoClientOptions, createMonzoClient, realSleep } from './client'
import { type AccountChoice, type ConnectionStatus, accountChoices, parseAccountChoice } from './connection-status'
import { MESSAGES, MonzoError, isMonzoError } from './errors'
import { DEFAULT_TIMEOUTS, createDefaultDispatcher } from './http'
import { DEFAULT_LOOPBACK_PORT, type LoopbackListener, redirectUriFor, startLoopbackListener } from './loopback'
import { buildAuthoriseUrl, exchangeCode, logout } from './oauth'
import { type Vault, VAULT_KEYS } from './vault'
import { createVaultTokenSource, readCredentials } from './vault-tokens'
import { isUserError } from '../errors'

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
  port?: number
  listenerTimeoutMs?: number
  approvalPollMs?: number
  approvalTimeoutMs?: number
  /** Passed through to every client (timeouts, retry policy, random). */
  clientOptions?: Partial<Omit<MonzoClientOptions, 'apiBase' | 'tokens' | 'dispatcher'>>
}

export interface MonzoConnection {
  /** Reads the vault to restore the state after a restart. */
  load(): Promise<ConnectionStatus>
  configure(o: { clientId: string; clientSecret?: string; port?: number }): Promise<ConnectionStatus>
  connect(): Promise<ConnectionStatus>
  selectAccount(id: string): Promise<ConnectionStatus>
  cancel(): void
  disconnect(): Promise<ConnectionStatus>
  status(): ConnectionStatus
  /** A client for sync; throws MonzoError 'not_connected' unless connected. */
  client(): MonzoClient
  account(): AccountChoice | undefined
  close(): Promise<void>
}

const PORT_KEY = 'monzo.port'

export function createMonzoConnection(o: MonzoConnectionOptions): MonzoConnection {
  const clock = o.clock ?? Date.now
  const sleep = o.sleep ?? realSleep
  const pollMs = o.approvalPollMs ?? 3_000
  const maxPolls = Math.max(1, Math.ceil((o.approvalTimeoutMs ?? 10 * 60_000) / pollMs))
  const dispatcher = o.dispatcher ?? createDefaultDispatcher()
  const transport = { apiBase: o.apiBase, dispatcher, now: clock, timeouts: { ...DEFAULT_TIMEOUTS, ...o.clientOptions?.timeouts } }
  const tokens = createVaultTokenSource(o.vault)
  let port = o.port ?? DEFAULT_LOOPBACK_PORT
  let st: ConnectionStatus = { state: 'not_configured', accountName: null, accountType: null, redirectUri: redirectUriFor(port), clientIdSet: false, secretSet: false }
  let current: AccountChoice | undefined
  let cached: MonzoClient | undefined
  let attempt: AbortController | undefined
  let choose: ((a: AccountChoice) => void) | undefined

  function set(patch: Partial<ConnectionStatus>) {
    const next: ConnectionStatus = { ...st, ...patch }
    if (!('message' in patch)) delete next.message
    if (next.state !== 'choose_account') delete next.accounts
    st = next
    o.onStatus?.({ ...st })
  }

  function newClient(): MonzoClient {
    return createMonzoClient({
      now: clock, sleep, ...o.clientOptions, apiBase: o.apiBase, dispatcher, tokens,
      onAuthLost: () => void markNeedsReconnect(),
    })
  }

  async function markNeedsReconnect() {
    await o.vault.delete(VAULT_KEYS.tokens)
    await o.vault.set(VAULT_KEYS.needsReconnect, '1')
    set({ state: 'needs_reconnect', message: MESSAGES.needsReconnect })
  }

  function failureStatus(e: unknown): Partial<ConnectionStatus> {
    const err = isMonzoError(e) ? e : new MonzoError('unknown', `Connecting to Monzo failed: ${(e as Error)?.message ?? e}`)
    if (err.kind === 'cancelled' || err.kind === 'denied' || err.kind === 'timeout') return { state: 'disconnected', message: err.message }
    if (err.kind === 'needs_reconnect') {
      return { state: 'error', message: 'Monzo refused the sign-in code (it may have expired). Click Connect to try again.' }
    }
    return { state: 'error', message: err.message }
  }

  const api: MonzoConnection = {
    async load() {
      let read
      try {
        read = await Promise.all([
          readCredentials(o.vault), o.vault.get(PORT_KEY), tokens.load(), o.vault.get(VAULT_KEYS.account), o.vault.get(VAULT_KEYS.needsReconnect),
        ])
      } catch (e) {
        // A locked keychain, basic_text without consent, a damaged or unreadable vault: only Monzo
        // is affected. Players, payments and the CSV stay usable, and the sentence says what to do.
        const message = isUserError(e) ? e.message : `Subs couldn't read its saved Monzo sign-in (${(e as Error).message}). Reconnect Monzo in Settings.`
        set({ state: 'needs_reconnect', clientIdSet: false, secretSet: false, accountName: null, accountType: null, message })
        return api.status()
      }
      const [creds, savedPort, t, acct, reconnect] = read
      if (savedPort && Number(savedPort) > 0) port = Number(savedPort)
      current = parseAccountChoice(acct)
      const base = {
        clientIdSet: !!creds, secretSet: !!creds?.clientSecret, redirectUri: redirectUriFor(port),
        accountName: current?.name ?? null, accountType: current?.type ?? null,
      }
      const notice = o.vault.notice?.() ?? null
      if (notice) set({ ...base, state: 'needs_reconnect', message: notice })
      else if (!creds) set({ ...base, state: 'not_configured' })
      else if (reconnect) set({ ...base, state: 'needs_reconnect', message: MESSAGES.needsReconnect })
      else if (t && current) set({ ...base, state: 'connected' })
      else set({ ...base, state: 'disconnected' })
      return api.status()
    },

    async configure(c) {
      const clientId = c.clientId.trim()
      if (!clientId) throw new MonzoError('bad_request', 'Enter the client ID from developers.monzo.com.')
      const previous = await o.vault.get(VAULT_KEYS.clientId)
      const secret = c.clientSecret?.trim() || (previous === clientId ? await o.vault.get(VAULT_KEYS.clientSecret) : undefined)
      if (!secret) throw new MonzoError('bad_request', 'Enter the client secret from developers.monzo.com.')
      if (c.port !== undefined) {
        if (!Number.isInteger(c.port) || c.port < 1024 || c.port > 65535) throw new MonzoError('bad_request', 'Choose a port from 1024 to 65535.')
        port = c.port
        await o.vault.set(PORT_KEY, String(port))
      }
      await o.vault.set(VAULT_KEYS.clientId, clientId)
      await o.vault.set(VAULT_KEYS.clientSecret, secret)
      // Tokens belong to one client: a different client id means starting again.
      if (previous && previous !== clientId) {
        await Promise.all([o.vault.delete(VAULT_KEYS.tokens), o.vault.delete(VAULT_KEYS.account)])
        cached = undefined
        current = undefined
        set({ state: 'disconnected', accountName: null, accountType: null })
      }
      set({ clientIdSet: true, secretSet: true, redirectUri: redirectUriFor(port), state: st.state === 'not_configured' ? 'disconnected' : st.state })
      return api.status()
    },

    async connect() {
      api.cancel()
      const creds = await readCredentials(o.vault)
      if (!creds) {
        set({ state: 'not_configured', message: 'Enter your Monzo client ID and secret first.' })
        return api.status()
      }
      const ac = new AbortController()
      attempt = ac
      const wasConnected = st.state === 'connected'
      let listener: LoopbackListener | undefined
      let exchanged = false
      try {
        const state = randomBytes(32).toString('base64url')
        listener = await startLoopbackListener({ port, state, timeoutMs: o.listenerTimeoutMs })
        set({ state: 'waiting_for_browser', redirectUri: listener.redirectUri, message: 'Finish signing in to Monzo in your browser.' })
        await o.open(buildAuthoriseUrl({ authBase: o.authBase, clientId: creds.clientId, redirectUri: listener.redirectUri, state }))
        const { code } = await abortable(listener.result, ac.signal)
        set({ state: 'exchanging', message: 'Finishing the connection…' })
        const t = await exchangeCode(transport, { ...creds, code, redirectUri: listener.redirectUri })
        exchanged = true
        await tokens.save(t)
        await o.vault.delete(VAULT_KEYS.needsReconnect)
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
        await o.vault.set(VAULT_KEYS.account, JSON.stringify(chosen))
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
          await o.vault.delete(VAULT_KEYS.tokens)
          cached = undefined
        }
        const superseded = attempt !== undefined && attempt !== ac
        if (!superseded) {
          const f = failureStatus(e)
          // Backing out of a reconnect before the code exchange leaves the old login working.
          set(wasConnected && !exchanged && f.state === 'disconnected' ? { ...f, state: 'connected' } : f)
        }
      } finally {
        choose = undefined
        if (attempt === ac) attempt = undefined
        await listener?.close()
      }
      return api.status()
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
      const t = await tokens.load()
      if (t) {
        // Best effort: the vault is wiped whether or not Monzo answers.
        await logout(transport, t.accessToken).catch(() => undefined)
      }
      cached = undefined
      current = undefined
      await o.vault.clear()
      if (port !== (o.port ?? DEFAULT_LOOPBACK_PORT)) await o.vault.set(PORT_KEY, String(port))
      set({ state: 'not_configured', clientIdSet: false, secretSet: false, accountName: null, accountType: null, redirectUri: redirectUriFor(port), message: 'Monzo is disconnected and its keys are deleted from this computer.' })
      return api.status()
    },

    status: () => structuredClone(st),

    client() {
      if (st.state !== 'connected' || !current) throw new MonzoError('not_connected', MESSAGES.notConnected)
      cached ??= newClient()
      return cached
    },

    account: () => (current ? { ...current } : undefined),

    async close() {
      api.cancel()
      if (!o.dispatcher) await dispatcher.close()
    },
  }
  return api
}
