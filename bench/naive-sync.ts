// The way a first attempt would do it, for comparison only: a linear scan of every player per
// payment, a linear scan of stored payments to dedupe, and a whole-file write per credited payment.
import { rename, writeFile } from 'node:fs/promises'
import type { Payment, Player } from '../src/shared/domain'
import type { MonzoClient } from '../src/main/core/monzo/client'
import { observeRaw } from '../src/main/core/sync/observe'
import { nameKey } from '../src/main/core/matching/normalise'

function naiveMatch(players: Player[], payerName: string, reference: string): Player | undefined {
  const ref = reference.toUpperCase().replace(/[^A-Z0-9]/g, '')
  for (const p of players) if (ref.includes(p.reference.replace(/[^A-Z0-9]/g, ''))) return p
  const key = nameKey(payerName)
  for (const p of players) if (nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key)) return p
  return undefined
}

export async function naiveSync(client: MonzoClient, accountId: string, players: Player[], file: string): Promise<{ writes: number; payments: number }> {
  const payments: Payment[] = []
  let writes = 0
  let since: string | undefined
  for (;;) {
    const page = await client.transactionsPage({ accountId, since, limit: 100 })
    let lastId: string | null = null
    for (const raw of page) {
      const { observed: o, txId } = observeRaw(raw)
      lastId = txId ?? lastId
      if (o.kind !== 'credit') continue
      const incoming = o.credit.incoming
      if (payments.find((p) => p.id === incoming.id)) continue
      const who = naiveMatch(players, incoming.payerName, incoming.reference)
      payments.push({
        ...incoming,
        source: 'monzo',
        status: who ? 'matched' : 'unmatched',
        allocations: who ? [{ playerId: who.id, amountPence: incoming.amountPence }] : [],
        rule: who ? 'reference' : null,
        candidates: [],
        explanation: '',
        decided: false,
        declined: false,
        updatedAt: new Date().toISOString(),
      })
      await writeFile(`${file}.tmp`, JSON.stringify({ players, payments }, null, 2))
      await rename(`${file}.tmp`, file)
      writes++
    }
    if (page.length < 100 || !lastId) break
    since = lastId
  }
  return { writes, payments: payments.length }
}
