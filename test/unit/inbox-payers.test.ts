// The inbox counts payers honestly: one payer whose payments read differently has two cards with
// the same payerKey, so the renderer can say "3 cards from 2 payers" instead of "one card each".
import { afterEach, beforeEach, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSubsCore, type SubsCore } from '../../src/main/core/app'
import type { Snapshot } from '../../src/shared/views'
import { bank, payment, when } from '../../eval/matching/builders'
import { inboxSummary } from '../../src/renderer/src/lib/payment-words'
import { createTestPlatform, type TestPlatform } from '../helpers/test-platform'

let dir: string
let core: SubsCore
let platform: TestPlatform

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-inbox-payers-'))
  platform = createTestPlatform()
  core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform, background: false, log: () => {} })
  await core.invoke('players:create', { name: 'Ollie Grant' })
})

afterEach(async () => {
  await core.close()
  rmSync(dir, { recursive: true, force: true })
})

it('gives one payer the same payerKey on each of their cards, and the inbox line counts both', async () => {
  const gary = bank('GARY NOBODY', '110099', '77777777')
  const kofi = bank('K MENSAH SNR', '070116', '19283746')
  const file = join(dir, 'tx.json')
  const txs = [payment(gary, when(1), 500, 'FOOTBALL'), payment(gary, when(2), 500, 'FOOTY'), payment(gary, when(3), 1500, 'PIZZA'), payment(kofi, when(3), 500, 'SUBS')]
  writeFileSync(file, JSON.stringify({ transactions: txs }))
  platform.openAnswers.push(file)
  expect((await core.invoke('sync:importFile', undefined)).ok).toBe(true)
  const out = await core.invoke('app:snapshot', undefined)
  if (!out.ok) throw new Error(out.error)
  const inbox = (out.value as Snapshot).inbox
  const garys = inbox.filter((g) => g.payerName === 'GARY NOBODY')
  expect(garys).toHaveLength(2)
  expect(new Set(garys.map((g) => g.payerKey)).size).toBe(1)
  const others = inbox.filter((g) => g.payerName !== 'GARY NOBODY')
  expect(others.every((g) => g.payerKey !== garys[0]!.payerKey)).toBe(true)
  const payers = new Set(inbox.map((g) => g.payerKey)).size
  expect(payers).toBeLessThan(inbox.length)
  expect(inboxSummary(inbox)).toBe(`${inbox.length} cards from ${payers} payers: a payer's payments share a card when they read the same way.`)
})
