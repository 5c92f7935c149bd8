// Import what organisers have (issue 12, rules 4 and 5): a /transactions body, a single-transaction
// body, a webhook capture (one event, a list, or one event per line) and the statement CSV, with the
// same honest summary as a sync; re-importing the same file says "nothing new".
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataStore, type DataStore } from '../../src/main/core/store/data-store'
import { importText } from '../../src/main/core/sync/import'
import { createPlayer } from '../../src/main/core/roster/players'
import { describeCounts, nothingNew } from '../../src/shared/sync-summary'
import { SAMPLES } from '../helpers/samples'

const transactionsJson = readFileSync(join(SAMPLES, 'transactions.json'), 'utf8')
const webhookJson = readFileSync(join(SAMPLES, 'webhook-transaction-created.json'), 'utf8')
const statementCsv = readFileSync(join(SAMPLES, 'statement-export.csv'), 'utf8')
const sampleTxs = JSON.parse(transactionsJson).transactions as Record<string, unknown>[]
const webhook = JSON.parse(webhookJson) as { type: string; data: Record<string, unknown> }

// The Monzo docs' own webhook example: a card spend with `settled: true` and an expanded merchant.
const DOCS_WEBHOOK = {
  type: 'transaction.created',
  data: {
    account_id: 'acc_00008gju41AHyfLUzBUk8A', amount: -350, created: '2015-09-04T14:28:40Z', currency: 'GBP',
    description: 'Ozone Coffee Roasters', id: 'tx_00008zjky19HyFLAzlUk7t', category: 'eating_out', is_load: false, settled: true,
    merchant: { address: { city: 'London', country: 'GB' }, created: '2015-08-22T12:20:18Z', group_id: 'grp_00008zIcpbBOaAr7TTP3sv', id: 'merch_00008zIcpbAKe8shBxXUtl', name: 'The De Beauvoir Deli Co.', category: 'eating_out' },
  },
}

const now = new Date('2026-10-20T12:00:00Z')
let dir: string
let store: DataStore
const run = (text: string) => importText(store, text, () => now)

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'subs-import-'))
  store = await openDataStore({ file: join(dir, 'subs.json'), now: () => now })
  await store.update((d) => {
    createPlayer(d, { name: 'Jonathan Okafor', aliases: ['Mr Jonathan Okafor', 'OKAFOR J'] }, now)
    createPlayer(d, { name: 'Priya Raman' }, now)
    createPlayer(d, { name: 'Luke Morrison' }, now).player.reference = 'SUBS-LUKEM'
  })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('import', () => {
  it('a /transactions body: the four transfers stored, the rest counted as not subs; the same file again says nothing new', async () => {
    const first = await run(transactionsJson)
    expect(first).toMatchObject({ credits: 4, added: 4, updated: 0, reversed: 0, unchanged: 0, notSubs: 6, setAside: 0, unreadable: 0 })
    expect(describeCounts(first)).toBe('4 new, 0 updated, 0 reversed, 0 unchanged, 6 not subs.')
    const again = await run(transactionsJson)
    expect(again).toMatchObject({ added: 0, updated: 0, reversed: 0, unchanged: 4, notSubs: 6 })
    expect(nothingNew(again)).toBe(true)
    expect(describeCounts(again)).toBe('Nothing new: 4 unchanged, 6 not subs.')
    expect(store.data.payments).toHaveLength(4)
  })

  it('a webhook capture of one transaction.created event', async () => {
    const r = await run(webhookJson)
    expect(r).toMatchObject({ credits: 1, added: 1 })
    expect(store.data.payments[0]).toMatchObject({ id: 'tx_0000AbC1fps0011', payerName: 'OKAFOR J', reference: 'wednesday football' })
    expect(nothingNew(await run(webhookJson))).toBe(true)
  })

  it('a webhook capture as a JSON list of events, other event types skipped', async () => {
    const events = [webhook, { type: 'transaction.created', data: sampleTxs[1] }, { type: 'balance.updated', data: { balance: 1 } }, DOCS_WEBHOOK]
    const r = await run(JSON.stringify(events, null, 2))
    expect(r).toMatchObject({ credits: 2, added: 2, notSubs: 1, unreadable: 0 })
  })

  it('a webhook log with one event per line', async () => {
    const lines = [webhook, { type: 'transaction.created', data: sampleTxs[0] }].map((e) => JSON.stringify(e)).join('\n')
    expect(await run(`${lines}\n`)).toMatchObject({ added: 2 })
  })

  it('a single-transaction body ({"transaction": …}) and a bare list of transactions', async () => {
    expect(await run(JSON.stringify({ transaction: sampleTxs[0] }))).toMatchObject({ added: 1 })
    expect(await run(JSON.stringify(sampleTxs.slice(0, 4)))).toMatchObject({ added: 3, unchanged: 1 })
  })

  it('the Monzo docs’ webhook example (settled: true on a card spend) imports as not subs, not an error', async () => {
    expect(await run(JSON.stringify(DOCS_WEBHOOK))).toMatchObject({ added: 0, notSubs: 1, unreadable: 0 })
    expect(readFileSync(join(dir, 'subs.json'), 'utf8')).not.toContain('Ozone')
  })

  it('an unreadable credit in a file is listed; everything else imports', async () => {
    const body = { transactions: sampleTxs.map((t) => (t.id === 'tx_0000AbC1fps0004' ? { ...t, metadata: { notes: 5 } } : t)) }
    const r = await run(JSON.stringify(body))
    expect(r).toMatchObject({ added: 3, unreadable: 1, newUnreadable: 1, notSubs: 6 })
    expect(store.data.unreadable).toMatchObject([{ id: 'tx_0000AbC1fps0004', reason: 'metadata.notes is 5 (expected text)', source: 'monzo', pending: true }])
    expect(describeCounts(r)).toBe("3 new, 0 updated, 0 reversed, 0 unchanged, 6 not subs, 1 couldn't read (listed on Payments).")
    // The same file again: still listed once, nothing new.
    const again = await run(JSON.stringify(body))
    expect(again).toMatchObject({ unreadable: 1, newUnreadable: 0 })
    expect(store.data.unreadable).toHaveLength(1)
  })

  it('the statement CSV, twice', async () => {
    expect(await run(statementCsv)).toMatchObject({ added: 3, notSubs: 2 })
    expect(describeCounts(await run(statementCsv))).toBe('Nothing new: 3 unchanged, 2 not subs.')
  })

  it('a statement row Subs can’t read is listed when it may be money in, and the other rows import', async () => {
    const csv = statementCsv.replace('tx_0000AbC1fps0004,09/10/2026', 'tx_0000AbC1fps0004,2026-10-09').replace('tx_0000AbC1card005,06/10/2026', 'tx_0000AbC1card005,06-10-2026')
    const r = await run(csv)
    expect(r).toMatchObject({ added: 2, notSubs: 2, unreadable: 1 })
    expect(store.data.unreadable).toMatchObject([{ id: 'tx_0000AbC1fps0004', source: 'csv', amountPence: 500, payerName: 'L MORRISON' }])
    expect(store.data.unreadable[0]!.reason).toMatch(/row 6 has the date '2026-10-09', not dd\/mm\/yyyy/)
    expect(store.data.unreadable[0]!.raw).toMatch(/^tx_0000AbC1fps0004,2026-10-09,/)
  })

  it.each([
    ['{"accounts": []}', /isn't Monzo transactions/],
    ['[1, 2, 3]', /something other than transactions/],
    ['{"type": "balance.updated", "data": {}}', /'balance.updated' webhook event/],
    ['{"transactions": [', /damaged/],
    ['Date,Amount\n01/10/2026,5.00', /the column 'Transaction ID' is missing/],
  ])('a file that is not Monzo transactions at all fails cleanly and writes nothing: %s', async (text, message) => {
    const writes = store.writes
    await expect(run(text)).rejects.toThrow(message)
    await expect(run(text)).rejects.toThrow(/Nothing was imported/)
    expect(store.writes).toBe(writes)
  })
})

describe('a file of transactions none of which Subs can read', () => {
  it('is refused whole when nothing in it has a Monzo id (another bank’s JSON, say)', async () => {
    const writes = store.writes
    await expect(run(JSON.stringify({ transactions: [{ id: 5, amount: '500' }, { uuid: 'abc', amount: '1.00', created: '2026-10-01' }] })))
      .rejects.toThrow(/^That JSON isn't Monzo transactions \(transaction 1: id is 5 \(expected text\), and 3 more\)\. Nothing was imported\.$/)
    expect(store.writes).toBe(writes)
  })

  it('is listed when it is Monzo’s (a webhook capture of one unreadable credit)', async () => {
    const r = await run(JSON.stringify({ ...webhook, data: { ...webhook.data, settled: true } }))
    expect(r).toMatchObject({ added: 0, unreadable: 1, newUnreadable: 1 })
    expect(store.data.unreadable[0]).toMatchObject({ id: 'tx_0000AbC1fps0011', payerName: 'OKAFOR J', amountPence: 500 })
  })
})
