// The process the crash suite kills. Usage: tsx crash-child.ts DATA_DIR work|hold CHILD_NO
// Prints "loaded" once imported, waits for "go" on stdin (so the parent can preload the next
// child while this one runs), starts its own Monzo simulator, opens Subs on DATA_DIR and then
// either holds the lock ("hold") or loops syncs and edits ("work"), printing one line AFTER
// each awaited write says what it wrote:
//   W sync CURSOR PAYMENTS | W player ID | W fixture ID | W assign PAYMENT PLAYER | W note PLAYER SEQ
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createSubsCore } from '../../src/main/core/app'
import { connectToSimulator } from '../../src/main/core/monzo/demo-bank'
import { startMonzoSimulator } from '../../src/main/core/monzo/simulator'
import { VAULT_KEYS } from '../../src/main/core/monzo/vault'
import { isUserError } from '../../src/main/core/errors'
import type { Platform } from '../../src/main/core/platform'
import { crashHistory } from './crash-seed'
import { ACCOUNT_ID } from './seed'

const [dataDir, mode, childNo] = process.argv.slice(2)
const say = (line: string) => process.stdout.write(`${line}\n`)
const platform: Platform = {
  openExternal: async () => {},
  copyText: async () => {},
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  notify: () => {},
}

say('loaded')
await new Promise<void>((resolve) => {
  const rl = createInterface({ input: process.stdin })
  rl.on('line', (l) => l.trim() === 'go' && (rl.close(), resolve()))
})

const sim = await startMonzoSimulator({ seed: crashHistory(), autoApproveInApp: true })
const { vault } = await connectToSimulator(sim)
await vault.set(VAULT_KEYS.account, JSON.stringify({ id: ACCOUNT_ID, name: 'Alex Organiser', type: 'uk_retail', label: 'Current account' }))
let core
try {
  core = await createSubsCore({
    dataFile: join(dataDir, 'subs.json'),
    platform,
    background: false,
    vault,
    monzo: { authBase: sim.authoriseUrl, apiBase: sim.baseUrl },
    log: (m, e) => say(`L ${m} ${String(e)}`),
  })
} catch (e) {
  say(`E ${isUserError(e) ? e.code : 'error'} ${(e as Error).message}`)
  await sim.close()
  process.exit(3)
}
say('open')
if (mode === 'hold') await new Promise(() => {})

const store = core.store
const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)]
let seq = Number(childNo) * 1_000_000
for (let i = 0; ; i++) {
  const step = i % 4
  const players = store.data.players
  if (step === 0) {
    const r = await core.invoke('sync:run', undefined)
    if (r.ok) say(`W sync ${store.data.sync.cursor} ${store.data.payments.length}`)
    else say(`X sync ${r.error}`)
  } else if (step === 1 && players.length < 60) {
    const r = await core.invoke('players:create', { name: `Crash Player ${childNo}-${i}` })
    if (r.ok) say(`W player ${(r.value as { player: { id: string } }).player.id}`)
  } else if (step === 2 && players.length > 0 && store.data.fixtures.length < 120) {
    const r = await core.invoke('fixtures:create', {
      date: '2026-10-07', time: '19:00', location: `Pitch ${childNo}-${i}`, pitchCostPence: 4500, pricePence: 500, playerIds: [pick(players)!.id],
    })
    if (r.ok) say(`W fixture ${(r.value as { ids: string[] }).ids[0]}`)
  } else if (step === 3 && players.length > 0) {
    const payment = pick(store.data.payments.filter((p) => !p.decided && (p.status === 'unmatched' || p.status === 'suggested')))
    const player = pick(players)!
    if (payment) {
      const r = await core.invoke('payments:assign', { paymentId: payment.id, playerId: player.id, learn: 'once' })
      if (r.ok) say(`W assign ${payment.id} ${player.id}`)
    }
  } else if (players.length > 0) {
    const player = pick(players)!
    seq++
    const r = await core.invoke('players:update', { id: player.id, notes: `seq ${seq}` })
    if (r.ok) say(`W note ${player.id} ${seq}`)
  }
}
