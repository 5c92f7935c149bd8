// Shared set-up for the Monzo tests: a simulator with a controllable clock, and tokens
// obtained through the real authorise + code exchange path.
import { createServer } from 'node:net'
import { Agent } from 'undici'
import { exchangeCode, type TokenSet } from '../../src/main/core/monzo/oauth'
import type { TokenSource } from '../../src/main/core/monzo/token-manager'
import { type MonzoSimulator, type MonzoSimulatorOptions, startMonzoSimulator } from '../../src/main/core/monzo/simulator'

export const DAY = 86_400_000

export interface Clock {
  now: () => number
  advance(ms: number): void
}

export function fakeClock(start = Date.parse('2026-10-20T12:00:00Z')): Clock {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

/** A sleep that returns at once but records what was asked for. */
export function fakeSleep(onSleep?: (ms: number) => void) {
  const calls: number[] = []
  const sleep = async (ms: number) => {
    calls.push(ms)
    onSleep?.(ms)
  }
  return { sleep, calls }
}

export async function startSim(clock: Clock, opts: MonzoSimulatorOptions = {}): Promise<MonzoSimulator> {
  return startMonzoSimulator({ now: clock.now, ...opts })
}

/** Authorises through the simulator's page and exchanges the code; the grant is approved in app. */
export async function connectedTokens(sim: MonzoSimulator, clock: Clock, approve = true): Promise<TokenSet> {
  const redirectUri = 'http://127.0.0.1:8765/callback'
  const url = new URL(sim.authoriseUrl)
  url.search = new URLSearchParams({ client_id: sim.client.clientId, redirect_uri: redirectUri, response_type: 'code', state: 's1' }).toString()
  const callback = new URL(await sim.approveAuthorisation(url.toString()))
  const tokens = await exchangeCode(
    { apiBase: sim.baseUrl, now: clock.now },
    { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, code: callback.searchParams.get('code')!, redirectUri },
  )
  if (approve) sim.approveInApp()
  return tokens
}

/** An in-memory token source that records every save, in order, into `events`. */
export function memoryTokens(sim: MonzoSimulator, initial: TokenSet | undefined, events: string[] = [], saveDelayMs = 0) {
  let stored = initial
  const saves: TokenSet[] = []
  const source: TokenSource = {
    load: async () => stored,
    async save(t) {
      if (saveDelayMs) await new Promise((r) => setTimeout(r, saveDelayMs))
      stored = t
      saves.push(t)
      events.push(`saved:${t.accessToken}`)
    },
    credentials: async () => ({ clientId: sim.client.clientId, clientSecret: sim.client.clientSecret }),
  }
  return { source, saves, events, current: () => stored }
}

/** A port nothing listens on (bound then released). */
export async function deadPort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()))
  const port = (srv.address() as { port: number }).port
  await new Promise<void>((r) => srv.close(() => r()))
  return port
}

export const testDispatcher = (headersMs = 2_000) =>
  new Agent({ connect: { timeout: 1_000 }, headersTimeout: headersMs, bodyTimeout: headersMs })
