// Promise 7: every IPC input is schema-checked; bad input gets a clear error and writes nothing.
// fast-check drives EVERY channel of the contract through the same boundary main/ipc.ts uses
// (core.invoke → invokeChannel) with malformed, oversized, wrongly typed and hostile values,
// mixed with plausible ones (real ids, near-valid dates) so the handlers behind the schemas run too.
import { createServer, type Server } from 'node:net'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channels, contract, type Channel } from '../../src/shared/ipc'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import { createTestPlatform, type TestPlatform } from '../helpers/test-platform'
import { hostileNumber, hostileString, hostileValue, pollutingObjects } from '../helpers/hostile'

const TOTAL_CASES = 10_400
const perChannel = Math.ceil(TOTAL_CASES / channels.length)

let dir: string
let dataFile: string
let core: SubsCore
let platform: TestPlatform
let blocker: Server
let blockedPort: number
const known: string[] = []
const logged: string[] = []
let cases = 0
const tally = { ok: 0, refused: 0 }

async function call(ch: Channel, input?: unknown) {
  const r = await core.invoke(ch, input)
  if (!r.ok) throw new Error(`${ch}: ${r.error}`)
  return r.value as Record<string, unknown>
}

const bytes = () => (existsSync(dataFile) ? readFileSync(dataFile) : Buffer.alloc(0))

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-fuzz-ipc-'))
  dataFile = join(dir, 'subs.json')
  platform = createTestPlatform()
  // Any Connect the fuzzer manages to configure must not grab a real port another test uses:
  // valid ports are redirected to one this test holds, so Connect fails "port in use", cleanly.
  blocker = createServer()
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
  blockedPort = (blocker.address() as { port: number }).port
  core = await createSubsCore({
    dataFile,
    platform,
    background: false,
    // Nothing listens on port 9: a fuzzed Connect can never reach a real Monzo.
    monzo: { authBase: 'http://127.0.0.1:9/', apiBase: 'http://127.0.0.1:9', approvalPollMs: 10 },
    log: (m, e) => void logged.push(`${m}: ${String(e)}`),
  })
  const a = (await call('players:create', { name: 'Ash Clarke', aliases: ['ASHLEY CLARKE'] })).player as { id: string }
  const b = (await call('players:create', { name: 'Priya Raman' })).player as { id: string }
  const { ids } = (await call('fixtures:create', {
    date: '2026-11-04', time: '19:00', location: 'Powerleague', pitchCostPence: 4500, pricePence: 500, playerIds: [a.id, b.id], weeks: 3,
  })) as { ids: string[] }
  const cash = (await call('payments:recordCash', { playerId: a.id, amountPence: 1000, date: '2026-11-01' })) as { id: string }
  const body = join(dir, 'tx.json')
  writeFileSync(body, readFileSync(join(import.meta.dirname, '../../../shared/monzo-samples/transactions.json')))
  platform.openAnswers.push(body)
  await call('sync:importFile')
  const backups = (await call('app:listBackups')) as unknown as { name: string }[]
  known.push(a.id, b.id, ...ids, cash.id, ...core.store.data.payments.map((p) => p.id), ...backups.map((x) => x.name))
})

afterAll(async () => {
  await core?.close()
  await new Promise<void>((r) => blocker.close(() => r()))
  rmSync(dir, { recursive: true, force: true })
})

/** Inputs that once broke the boundary: zod threw while wording its error, or echoed a huge key. */
function exotic(): unknown[] {
  const nullProto = Object.assign(Object.create(null) as object, { constructor: { name: Object.create(null) } })
  return [nullProto, { name: nullProto, id: nullProto }, { ['k'.repeat(10_000)]: 1 }, Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, i]))]
}

/** Near-valid values for a field, by name, so some calls get past the schema into the handler. */
function plausible(field: string): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...known), hostileString)
  if (/id$|Id$|^name$/.test(field) && field !== 'clientId') return id
  if (field === 'playerIds') return fc.array(id, { maxLength: 70 })
  if (field === 'aliases') return fc.array(hostileString, { maxLength: 25 })
  if (field === 'date') return fc.constantFrom('2026-11-25', '2026-02-30', '0000-00-00', '9999-12-31', '2026-1-1')
  if (field === 'time' || field === 'defaultKickoff') return fc.constantFrom('19:00', '24:00', '23:59', '7:00', '00:00')
  if (/Pence$/.test(field)) return fc.oneof(fc.integer({ min: -10, max: 1_100_000 }), hostileNumber)
  if (/Players$|^weeks$|^pollMinutes$/.test(field)) return fc.oneof(fc.integer({ min: -2, max: 60 }), hostileNumber)
  if (field === 'port') return fc.oneof(fc.integer({ min: 0, max: 70_000 }), hostileNumber)
  if (field === 'parts') {
    return fc.array(fc.record({ playerId: id, amountPence: fc.oneof(fc.integer({ min: -5, max: 2000 }), hostileNumber) }), { maxLength: 22 })
  }
  if (field === 'url') return fc.constantFrom('https://monzo.me/alex/5.00', 'javascript:alert(1)', 'file:///etc/passwd', 'https://evil.example/')
  if (field === 'status') return fc.constantFrom('scheduled', 'played', 'cancelled', 'deleted')
  return fc.oneof(hostileString, fc.boolean())
}

function inputFor(ch: Channel): fc.Arbitrary<unknown> {
  const schema = contract[ch].input as z.ZodType
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(plausible(k), hostileValue)])), { requiredKeys: [] })
    : fc.constantFrom(undefined, null)
  const withExtra = shaped.chain((o) =>
    fc.tuple(fc.string({ maxLength: 10 }), hostileValue).map(([k, v]) => (o && typeof o === 'object' ? { ...o, [`x${k}`]: v } : o)),
  )
  const arb = fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 2, arbitrary: hostileValue }, { weight: 1, arbitrary: withExtra })
  // Redirect a valid port to the one this test holds (see beforeAll).
  return ch === 'monzo:configure'
    ? arb.map((v) => {
        if (v && typeof v === 'object' && Number.isInteger((v as { port?: unknown }).port)) {
          const port = (v as { port: number }).port
          if (port >= 1024 && port <= 65535) return { ...v, port: blockedPort }
        }
        return v
      })
    : arb
}

function describeValue(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'string' && x.length > 60 ? `${x.slice(0, 60)}…(${x.length})` : x))
  } catch {
    return String(v)
  }
}

/** The invariant for one call: a readable refusal that wrote nothing, or a plain-data result. */
async function check(ch: unknown, input: unknown): Promise<void> {
  cases++
  const before = bytes()
  let r
  try {
    r = await core.invoke(ch, input)
  } catch (e) {
    throw new Error(`${String(ch)} threw for ${describeValue(input)}: ${(e as Error).message}`)
  }
  if (r.ok) {
    tally.ok++
    expect(() => JSON.stringify(r.value)).not.toThrow()
    return
  }
  tally.refused++
  const where = `${String(ch)} ${describeValue(input)} → ${r.error}`
  expect(r.code, where).not.toBe('internal')
  expect(typeof r.error, where).toBe('string')
  expect(r.error.trim().length, where).toBeGreaterThan(5)
  // Readable: a sentence, not a dump of the input or of zod's internals.
  expect(r.error.length, where).toBeLessThanOrEqual(400)
  expect(r.error, where).not.toMatch(/\[object |undefined|ZodError|^\s*at |Error:|Invalid input|expected \w+, received|Too (small|big)/)
  expect(bytes().equals(before), `data file changed on refusal: ${where}`).toBe(true)
}

describe('IPC fuzz: every channel', () => {
  it(`covers every channel in the contract (${channels.length})`, () => {
    expect(channels.length).toBeGreaterThan(30)
    expect(new Set(channels).size).toBe(channels.length)
  })

  for (const ch of channels) {
    it(`${ch}: ${perChannel} hostile inputs get a readable refusal (nothing written) or a valid result`, async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(ch), (input) => check(ch, input)),
        { numRuns: perChannel },
      )
      for (const input of [...pollutingObjects(), ...exotic()]) await check(ch, input)
    })
  }

  it('unknown and hostile channel names are refused without touching the data', async () => {
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'players:create ', 'PLAYERS:CREATE', 'players', 'players:', ':create'),
      hostileValue,
    )
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (ch, input) => {
        fc.pre(!(typeof ch === 'string' && (channels as string[]).includes(ch)))
        const before = bytes()
        const r = await core.invoke(ch, input)
        expect(r).toMatchObject({ ok: false, code: 'unknown_channel' })
        expect(bytes().equals(before)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it(`ran at least 10,000 cases, nothing leaked into the prototype, and the core still answers`, async () => {
    expect(cases).toBeGreaterThanOrEqual(10_000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    const snap = await core.invoke('app:snapshot', undefined)
    expect(snap.ok).toBe(true)
    const added = await core.invoke('players:create', { name: 'Still Working' })
    expect(added.ok).toBe(true)
    expect(core.store.data.players.some((p) => p.name === 'Still Working')).toBe(true)
    // Nothing reached the "unexpected failure" log.
    expect(logged).toEqual([])
    console.info(`IPC fuzz: ${cases} cases over ${channels.length} channels: ${tally.ok} accepted, ${tally.refused} refused`)
  })
})
