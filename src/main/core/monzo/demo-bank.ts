// The demo bank: the Monzo simulator, connected without a browser (its authorise page is
// driven directly and approval given "in the app"). Used by demo mode, `subs sync --demo` and tests.
import { buildAuthoriseUrl, exchangeCode } from './oauth'
import { createMonzoClient, type MonzoClient, type MonzoClientOptions } from './client'
import { createMemoryVault, VAULT_KEYS, type Vault } from './vault'
import { createVaultTokenSource } from './vault-tokens'
import { DEFAULT_ACCOUNT_ID, startMonzoSimulator, type MonzoSimulator, type MonzoSimulatorOptions } from './simulator'

const DEMO_REDIRECT = 'http://127.0.0.1:8765/callback'

export interface DemoBank {
  sim: MonzoSimulator
  client: MonzoClient
  vault: Vault
  accountId: string
  close(): Promise<void>
}

export async function connectToSimulator(
  sim: MonzoSimulator,
  opts: Partial<MonzoClientOptions> = {},
): Promise<{ client: MonzoClient; vault: ReturnType<typeof createMemoryVault> }> {
  const url = buildAuthoriseUrl({ authBase: sim.authoriseUrl, clientId: sim.client.clientId, redirectUri: DEMO_REDIRECT, state: 'demo' })
  const code = new URL(await sim.approveAuthorisation(url)).searchParams.get('code')
  if (!code) throw new Error('The demo bank did not return an authorisation code.')
  const tokens = await exchangeCode(
    { apiBase: sim.baseUrl },
    { clientId: sim.client.clientId, clientSecret: sim.client.clientSecret, code, redirectUri: DEMO_REDIRECT },
  )
  sim.approveInApp()
  const vault = createMemoryVault({
    [VAULT_KEYS.clientId]: sim.client.clientId,
    [VAULT_KEYS.clientSecret]: sim.client.clientSecret,
    [VAULT_KEYS.tokens]: JSON.stringify(tokens),
  })
  const client = createMonzoClient({ apiBase: sim.baseUrl, tokens: createVaultTokenSource(vault), ...opts })
  return { client, vault }
}

export async function startDemoBank(opts: MonzoSimulatorOptions = {}): Promise<DemoBank> {
  const sim = await startMonzoSimulator(opts)
  try {
    const { client, vault } = await connectToSimulator(sim)
    return {
      sim,
      client,
      vault,
      accountId: DEFAULT_ACCOUNT_ID,
      async close() {
        await client.close()
        await sim.close()
      },
    }
  } catch (e) {
    await sim.close()
    throw e
  }
}
