// Learning that is explicit and safe, through the core's channels: what assigning proposes and
// remembers, households, Forget, Undo, re-matching the inbox when what Subs knows changes, files
// written before these fields existed, and bad input refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import type { Payment, Player } from '../../src/shared/domain'
import type { LearnPlanView, Snapshot } from '../../src/shared/views'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import { bank, monzo, payment, when } from '../../eval/matching/builders'
import { createTestPlatform, type TestPlatform } from '../helpers/test-platform'
import { run } from '../../src/cli/run'

let dir: string
let core: SubsCore
let platform: TestPlatform
const ids = new Map<string, string>()

async function call<T = unknown>(ch: string, input?: unknown): Promise<T> {
  const r = await core.invoke(ch, input)
  if (!r.ok) throw new Error(`${ch}: ${r.error}`)
  return r.value as T
}
const snap = () => call<Snapshot>('app:snapshot')
const pay = (txId: string): Payment => core.store.data.payments.find((p) => p.id === txId)!
const who = (name: string): Player => core.store.data.players.find((p) => p.name === name)!

let n = 0
async function arrive(...txs: SimTransaction[]): Promise<string[]> {
  const file = join(dir, `tx-${++n}.json`)
  writeFileSync(file, JSON.stringify({ transactions: txs }))
  platform.openAnswers.push(file)
  await call('sync:importFile')
  return txs.map((t) => t.id)
}

const mrsOkafor = bank('MRS A OKAFOR', '204512', '43210000')
const jonathanBank = bank('MR JONATHAN A OKAFOR', '204512', '43218765')
const tomMonzo = monzo('Tom', 'user_00009TomHughes')
const snr = bank('K MENSAH SNR', '070116', '19283746')
const cloud = bank('THE CURRENCY CLOUD LTD', '040075', '12312312')
const plumbing = bank('EVANS PLUMBING LTD', '200415', '83726150')
const jSmith = bank('J SMITH', '110055', '30005555')

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-learning-'))
  platform = createTestPlatform()
  core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform, background: false, log: () => {} })
  for (const name of ['Jonathan Okafor', 'Tom Baker', 'Tom Hughes', 'Kofi Mensah', 'Ama Mensah', 'Chris Evans', 'James Smith', 'John Smith', 'Ollie Grant']) {
    ids.set(name, (await call<{ player: Player }>('players:create', { name })).player.id)
  }
  await call('settings:update', { defaultPricePence: 500 })
})

afterEach(async () => {
  await core.close()
  rmSync(dir, { recursive: true, force: true })
})

const plan = (paymentId: string, player: string) => call<LearnPlanView>('payments:learnOptions', { paymentId, playerId: ids.get(player) })

describe('what assigning proposes to remember', () => {
  it("the payer's name fits the player: this account is theirs (account and name)", async () => {
    const [id] = await arrive(payment(bank('JONNY OKAFOR', '204512', '43218765'), when(1), 500, 'FOOTY'))
    const p = await plan(id!, 'Jonathan Okafor')
    expect(p.choice).toBe('account')
    expect(p.options.find((o) => o.choice === 'account')!.detail).toMatch(/bank account 20-45-12 ····8765 and the name 'JONNY OKAFOR'/)
  })

  it('a parent (same surname, not the player) or a company: this payer pays for them', async () => {
    const [mum, firm] = await arrive(payment(mrsOkafor, when(1), 500, 'FOOTY'), payment(plumbing, when(1, 1), 500, 'EVANS PLUMBING'))
    expect((await plan(mum!, 'Jonathan Okafor')).choice).toBe('payer')
    expect((await plan(firm!, 'Chris Evans')).choice).toBe('payer')
  })

  it('another known player paying, or a reference naming someone else: just this once', async () => {
    const [tom, named] = await arrive(payment(monzo('Tom Baker', 'user_TB'), when(1), 500, 'footy'), payment(mrsOkafor, when(1, 1), 500, 'for kofi'))
    expect((await plan(tom!, 'Kofi Mensah')).choice).toBe('once')
    expect((await plan(named!, 'Jonathan Okafor')).choice).toBe('once')
  })

  it('a payment provider: nothing can be remembered, and asking to is refused with nothing written', async () => {
    const [id] = await arrive(payment(cloud, when(1), 500, 'FOOTBALL'))
    const p = await plan(id!, 'Ollie Grant')
    expect(p.choice).toBe('once')
    expect(p.options.find((o) => o.choice === 'account')).toMatchObject({ available: false })
    const before = readFileSync(join(dir, 'subs.json'), 'utf8')
    const r = await core.invoke('payments:assign', { paymentId: id, playerId: ids.get('Ollie Grant'), learn: 'account' })
    expect(r).toMatchObject({ ok: false })
    expect(!r.ok && r.error).toMatch(/payment provider whose account is shared by many senders.*Choose "Just this once" instead\./)
    expect(readFileSync(join(dir, 'subs.json'), 'utf8')).toBe(before)
  })
})

describe('learning never poisons later matches', () => {
  it("a one-word name is never learned: the account is, so only that account's payments follow", async () => {
    const [first] = await arrive(payment(tomMonzo, when(1), 500, 'footy'))
    await call('payments:assign', { paymentId: first, playerId: ids.get('Tom Hughes') })
    expect(who('Tom Hughes').aliases).toEqual([])
    expect(who('Tom Hughes').identities).toEqual([{ kind: 'monzo', userId: 'user_00009TomHughes' }])
    const [same, other] = await arrive(payment(tomMonzo, when(2), 500, 'footy'), payment(monzo('Tom', 'user_00009TomFromWork'), when(2, 1), 500, 'footy'))
    expect(pay(same!)).toMatchObject({ status: 'matched', rule: 'identity', allocations: [{ playerId: ids.get('Tom Hughes') }] })
    expect(pay(other!).status).toBe('suggested')
  })

  it('a name that also fits another active player is never learned (two brothers, both J SMITH)', async () => {
    const [first] = await arrive(payment(jSmith, when(1), 500, 'J SMITH'))
    await call('payments:assign', { paymentId: first, playerId: ids.get('John Smith') })
    expect(who('John Smith').aliases).toEqual([])
    const [brother] = await arrive(payment(bank('J SMITH', '110011', '30001111'), when(2), 500, 'J SMITH'))
    expect(pay(brother!).status).not.toBe('matched')
  })

  it('assigning a known player’s payment to a friend just once teaches nothing', async () => {
    const [id] = await arrive(payment(jonathanBank, when(1), 500, 'for ollie'))
    expect(pay(id!)).toMatchObject({ status: 'matched', allocations: [{ playerId: ids.get('Ollie Grant') }] })
    const [mixed] = await arrive(payment(jonathanBank, when(2), 1000, 'me + ollie'))
    await call('payments:assign', { paymentId: mixed, playerId: ids.get('Ollie Grant') })
    expect(who('Ollie Grant').identities).toEqual([])
    const [own] = await arrive(payment(jonathanBank, when(3), 500, 'FOOTY'))
    expect(pay(own!)).toMatchObject({ status: 'matched', allocations: [{ playerId: ids.get('Jonathan Okafor') }] })
  })

  it('a pooled account is never learned, and never matches by itself afterwards', async () => {
    const [a] = await arrive(payment(cloud, when(1), 500, 'FOOTBALL'))
    await call('payments:assign', { paymentId: a, playerId: ids.get('Ollie Grant'), learn: 'once' })
    const [b, c] = await arrive(payment(cloud, when(2), 500, 'FOOTBALL'), payment(cloud, when(2, 1), 500, 'KOFI MENSAH'))
    expect(pay(b!).status).toBe('unmatched')
    expect(pay(c!)).toMatchObject({ status: 'matched', allocations: [{ playerId: ids.get('Kofi Mensah') }] })
    // An ordinary account that turns out to send under several names is pooled too.
    const shared = bank('OLLIE GRANT', '231470', '10009999')
    const [d] = await arrive(payment(shared, when(3), 500, 'FOOTY'))
    await call('payments:assign', { paymentId: d, playerId: ids.get('Ollie Grant'), learn: 'account' })
    const [e] = await arrive(payment({ ...shared, name: 'PRIYA SHAH' }, when(4), 500, 'FOOTY'))
    expect(pay(e!).status).not.toBe('matched')
    const [f] = await arrive(payment({ ...shared, name: 'DAN WEBB' }, when(5), 500, 'FOOTY'))
    const offered = (await plan(f!, 'Ollie Grant')).options.find((o) => o.choice === 'account')!
    expect(offered.detail).toBe(
      "Remember the name 'DAN WEBB' as Ollie Grant's, so their next payments are credited automatically. (Not the account: this account has paid under different people’s names, so it is shared.)",
    )
  })
})

describe('households, Undo and Forget', () => {
  async function household(): Promise<void> {
    const [k] = await arrive(payment(snr, when(1), 500, 'MENSAH FOOTY'))
    await call('payments:assign', { paymentId: k, playerId: ids.get('Kofi Mensah') })
    const [a] = await arrive(payment(snr, when(2), 500, 'AMA LATE'))
    await call('payments:assign', { paymentId: a, playerId: ids.get('Ama Mensah') })
  }

  it('an account paying for two players offers their payments as a split, accepted in one call', async () => {
    await household()
    const [id] = await arrive(payment(snr, when(3), 1000, 'FOOTBALL'))
    expect(pay(id!)).toMatchObject({ status: 'suggested', allocations: [] })
    expect(pay(id!).split).toEqual([
      { playerId: ids.get('Ama Mensah'), amountPence: 500 },
      { playerId: ids.get('Kofi Mensah'), amountPence: 500 },
    ])
    const group = (await snap()).inbox.find((g) => g.payments.some((p) => p.id === id))!
    expect(group.split).toHaveLength(2)
    await call('payments:acceptSplit', { paymentIds: [id] })
    expect(pay(id!)).toMatchObject({ status: 'matched', rule: 'split', split: null })
    const facts = (await snap()).learned.filter((f) => f.kind === 'payer')
    expect(facts.map((f) => f.sharedWith)).toEqual([['Ama Mensah'], ['Kofi Mensah']].reverse().sort())
  })

  it('Undo of an assignment forgets what it taught and re-matches the inbox', async () => {
    const [first] = await arrive(payment(mrsOkafor, when(1), 500, 'FOOTY'))
    const [waiting] = await arrive(payment(mrsOkafor, when(1, 1), 500, 'FOOTY'))
    await call('payments:assign', { paymentId: first, playerId: ids.get('Jonathan Okafor') })
    expect(pay(waiting!).status).toBe('matched')
    await call('payments:undo', { paymentId: first })
    expect(who('Jonathan Okafor').payers).toEqual([])
    expect(pay(first!).status).toBe('unmatched')
  })

  it('Forget stops future matches and re-opens nothing already credited', async () => {
    const [first] = await arrive(payment(mrsOkafor, when(1), 500, 'FOOTY'))
    await call('payments:assign', { paymentId: first, playerId: ids.get('Jonathan Okafor') })
    const [auto] = await arrive(payment(mrsOkafor, when(2), 500, 'FOOTY'))
    expect(pay(auto!).status).toBe('matched')
    const fact = (await snap()).learned.find((f) => f.playerId === ids.get('Jonathan Okafor'))!
    expect(fact).toMatchObject({ kind: 'payer', label: "'MRS A OKAFOR' (bank account 20-45-12 ····0000) pays for Jonathan Okafor" })
    await call('players:forget', { playerId: ids.get('Jonathan Okafor'), kind: fact.kind, key: fact.key })
    expect((await snap()).learned).toEqual([])
    expect(pay(first!).status).toBe('matched')
    expect(pay(auto!).status).toBe('matched')
    const [later] = await arrive(payment(mrsOkafor, when(3), 500, 'FOOTY'))
    expect(pay(later!).status).toBe('unmatched')
    // Forgetting it twice says so, and writes nothing.
    const r = await core.invoke('players:forget', { playerId: ids.get('Jonathan Okafor'), kind: fact.kind, key: fact.key })
    expect(!r.ok && r.error).toMatch(/no longer remembers that/)
  })

  it('learned names and accounts are listed and forgotten one by one', async () => {
    const [id] = await arrive(payment(bank('JONNY OKAFOR', '204512', '43218765'), when(1), 500, 'FOOTY'))
    await call('payments:assign', { paymentId: id, playerId: ids.get('Jonathan Okafor'), learn: 'account' })
    const facts = (await snap()).learned
    expect(facts.map((f) => f.kind).sort()).toEqual(['account', 'name'])
    const name = facts.find((f) => f.kind === 'name')!
    await call('players:forget', { playerId: ids.get('Jonathan Okafor'), kind: 'name', key: name.key })
    expect(who('Jonathan Okafor').aliases).toEqual([])
    expect(who('Jonathan Okafor').identities).toHaveLength(1)
    // Undo afterwards only forgets what is still there.
    await call('payments:undo', { paymentId: id })
    expect(who('Jonathan Okafor').identities).toEqual([])
  })
})

describe('the inbox is matched again whenever what Subs knows changes', () => {
  it('adding a player, a bank name, renaming, archiving and restoring all re-match waiting payments', async () => {
    const [a] = await arrive(payment(bank('PRIYA RAMAN', '111111', '22222222'), when(1), 500, 'FOOTY'))
    expect(pay(a!).status).toBe('unmatched')
    const { player } = await call<{ player: Player }>('players:create', { name: 'Priya Raman' })
    expect(pay(a!)).toMatchObject({ status: 'matched', rule: 'name' })

    const [b] = await arrive(payment(bank('P SHAH', '333333', '44444444'), when(2), 500, 'FOOTY'))
    expect(pay(b!).status).toBe('unmatched')
    const dev = (await call<{ player: Player }>('players:create', { name: 'Dev Shaw' })).player
    await call('players:update', { id: dev.id, name: 'Priyanka Shah' })
    expect(pay(b!)).toMatchObject({ status: 'suggested', candidates: [dev.id] })
    await call('players:update', { id: dev.id, aliases: ['P SHAH'] })
    expect(pay(b!)).toMatchObject({ status: 'matched', rule: 'name' })

    const [c] = await arrive(payment(bank('PRIYA RAMAN', '111111', '22222222'), when(3), 500, 'FOOTY'))
    expect(pay(c!).status).toBe('matched')
    await call('players:update', { id: player.id, active: false })
    const [d] = await arrive(payment(bank('PRIYA RAMAN', '111111', '22222222'), when(4), 500, 'FOOTY'))
    expect(pay(d!).status).toBe('suggested')
    await call('players:update', { id: player.id, active: true })
    expect(pay(d!).status).toBe('matched')
  })

  it('a price change re-reads amounts waiting for a second look', async () => {
    const [id] = await arrive(payment(jonathanBank, when(1), 600, 'cheers'))
    expect(pay(id!).status).toBe('suggested')
    await call('settings:update', { defaultPricePence: 600 })
    expect(pay(id!).status).toBe('matched')
  })
})

describe('grouped inbox and bulk decisions', () => {
  it("one card per payer; assign or ignore all of a payer's payments at once", async () => {
    const stranger = bank('GARY NOBODY', '110099', '77777777')
    const txs = await arrive(payment(stranger, when(1), 500, 'FOOTBALL'), payment(stranger, when(2), 500, 'FOOTY'), payment(stranger, when(3), 1500, 'PIZZA'))
    const groups = (await snap()).inbox.filter((g) => g.payerName === 'GARY NOBODY')
    expect(groups.map((g) => g.payments.length).sort()).toEqual([1, 2])
    const pair = groups.find((g) => g.payments.length === 2)!
    await call('payments:assignMany', { paymentIds: pair.payments.map((p) => p.id), playerId: ids.get('Ollie Grant'), learn: 'once' })
    expect(txs.slice(0, 2).map((id) => pay(id).status)).toEqual(['matched', 'matched'])
    await call('payments:ignoreMany', { paymentIds: [txs[2]] })
    expect(pay(txs[2]!).status).toBe('ignored')
    expect((await snap()).inbox).toEqual([])
  })
})

describe('the contract', () => {
  it('refuses the old remember flag, a made-up choice and empty lists, writing nothing', async () => {
    const [id] = await arrive(payment(jonathanBank, when(1), 1000, 'me + ollie'))
    const before = readFileSync(join(dir, 'subs.json'), 'utf8')
    const cases: Array<[string, unknown, RegExp]> = [
      ['payments:assign', { paymentId: id, playerId: ids.get('Ollie Grant'), remember: true }, /^Unexpected field: remember\.$/],
      ['payments:assign', { paymentId: id, playerId: ids.get('Ollie Grant'), learn: 'always' }, /^What to remember must be 'account', 'payer' or 'once'\.$/],
      ['payments:assignMany', { paymentIds: [], playerId: ids.get('Ollie Grant') }, /^Payments needs at least one payment\.$/],
      ['payments:acceptSplit', { paymentIds: ['tx_nope'] }, /no longer exists/],
      ['players:forget', { playerId: ids.get('Ollie Grant'), kind: 'everything', key: 'x' }, /^What to forget is not valid\.$/],
      ['payments:learnOptions', { paymentId: 'tx_nope', playerId: ids.get('Ollie Grant') }, /no longer exists/],
    ]
    for (const [ch, input, message] of cases) {
      const r = await core.invoke(ch, input)
      expect(r, ch).toMatchObject({ ok: false })
      expect(!r.ok && r.error, ch).toMatch(message)
    }
    expect(readFileSync(join(dir, 'subs.json'), 'utf8')).toBe(before)
  })
})

describe('files written before', () => {
  it('keep their learned identities, bank names and undo records working, with no version bump', async () => {
    await core.close()
    const file = join(dir, 'subs.json')
    const raw = JSON.parse(readFileSync(file, 'utf8'))
    const jon = raw.players.find((p: { name: string }) => p.name === 'Jonathan Okafor')
    delete jon.payers
    for (const p of raw.players) delete p.payers
    jon.identities = [{ kind: 'bank', sortCode: '204512', accountNumber: '43218765' }]
    jon.aliases = ['MR J A OKAFOR']
    const base = {
      source: 'monzo', settledAt: null, scheme: 'payport_faster_payments', status: 'matched', rule: 'manual', candidates: [jon.id],
      explanation: 'You credited this to Jonathan Okafor.', decided: true, declined: false, updatedAt: '2026-09-01T00:00:00.000Z',
    }
    raw.payments = [
      {
        ...base, id: 'tx_old1', amountPence: 500, createdAt: '2026-09-01T00:00:00.000Z', payerName: 'MR J A OKAFOR', reference: 'FOOTY',
        identity: { kind: 'bank', sortCode: '204512', accountNumber: '43218765' }, allocations: [{ playerId: jon.id, amountPence: 500 }],
        learned: { playerId: jon.id, identity: true, alias: 'MR J A OKAFOR' },
      },
    ]
    writeFileSync(file, JSON.stringify(raw))
    core = await createSubsCore({ dataFile: file, platform, background: false, log: () => {} })
    expect(core.store.data.schemaVersion).toBe(raw.schemaVersion)
    expect(who('Jonathan Okafor').payers).toEqual([])
    const [next] = await arrive(payment(bank('MR J A OKAFOR', '204512', '43218765'), when(2), 500, 'FOOTY'))
    expect(pay(next!)).toMatchObject({ status: 'matched', rule: 'identity' })
    expect((await snap()).learned.map((f) => f.kind).sort()).toEqual(['account', 'name'])
    await call('payments:undo', { paymentId: 'tx_old1' })
    expect(who('Jonathan Okafor')).toMatchObject({ identities: [], aliases: [] })
  })
})

describe('payments --json', () => {
  it('gives every payment its rule and the reason in words', async () => {
    await arrive(payment(jonathanBank, when(1), 500, 'FOOTY'), payment(mrsOkafor, when(1, 1), 500, 'drinks'))
    await core.close()
    const out: string[] = []
    const code = await run(['--data', dir, 'payments', '--json'], { out: (t) => out.push(t), err: () => {}, env: {} })
    core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform, background: false, log: () => {} })
    expect(code).toBe(0)
    const list = JSON.parse(out.join('\n')) as Array<{ rule: string | null; reason: string; status: string }>
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({ status: 'matched', rule: 'name', reason: "Credited to Jonathan Okafor: the payer name 'MR JONATHAN A OKAFOR' is theirs" })
    expect(list[1]!.reason).toMatch(/^The note 'drinks' sounds like something other than the game/)
  })
})
