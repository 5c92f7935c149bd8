// A busy organiser's data file for the inbox benchmark: 30 players, a season of fixtures and 3,000
// payments of which 180 wait in the inbox (60 payers Subs doesn't know, three payments each).
import type { Payment } from '../src/shared/domain'
import { openDataStore } from '../src/main/core/store/data-store'
import { createPlayer } from '../src/main/core/roster/players'
import { createFixtures } from '../src/main/core/roster/fixtures'
import { rematchInbox } from '../src/main/core/sync/apply'

export async function seedBusyInbox(file: string, o = { players: 30, payments: 3000, inbox: 180 }): Promise<void> {
  const store = await openDataStore({ file })
  const now = new Date()
  await store.update((d) => {
    d.welcomed = true
    const first = ['Jonathan', 'Priya', 'Sam', 'Tom', 'Kofi', 'Zoë', 'Dev', 'Chris', 'Luke', 'Ash', 'Dan', 'Matt', 'Ollie', 'Ravi', 'Ellie']
    const last = ['Okafor', 'Raman', 'Whitley', 'Baker', 'Mensah', 'Adebayo', 'Patel', 'Evans', 'Morrison', 'Clarke']
    for (let i = 0; i < o.players; i++) createPlayer(d, { name: `${first[i % first.length]} ${last[(i * 7) % last.length]}${i >= 15 ? ` ${i}` : ''}` }, now)
    const start = new Date(now.getTime() - 52 * 7 * 86_400_000).toISOString().slice(0, 10)
    createFixtures(d, { date: start, time: '19:00', location: 'Powerleague', pitchCostPence: 4500, pricePence: 500, weeks: 52, playerIds: d.players.slice(0, 12).map((p) => p.id) }, now)
    const at = (i: number) => new Date(now.getTime() - (o.payments - i) * 3 * 3_600_000).toISOString()
    const base = (i: number): Omit<Payment, 'status' | 'allocations' | 'rule' | 'candidates' | 'explanation' | 'payerName' | 'reference' | 'identity'> => ({
      id: `tx_bench${String(i).padStart(6, '0')}`, source: 'monzo', amountPence: 500, createdAt: at(i), settledAt: at(i),
      scheme: 'payport_faster_payments', decided: false, declined: false, learned: null, updatedAt: at(i),
    })
    const strangers = Math.ceil(o.inbox / 3)
    for (let i = 0; i < o.payments; i++) {
      if (i % Math.floor(o.payments / o.inbox) === 0 && d.payments.filter((p) => p.status !== 'matched').length < o.inbox) {
        const s = i % strangers
        d.payments.push({
          ...base(i), payerName: `STRANGER ${String.fromCharCode(65 + (s % 26))} PAYER${s}`, reference: 'FOOTY',
          identity: { kind: 'bank', sortCode: '200000', accountNumber: String(50000000 + s) },
          status: 'unmatched', allocations: [], rule: null, candidates: [], explanation: '',
        })
        continue
      }
      const p = d.players[i % d.players.length]!
      d.payments.push({
        ...base(i), payerName: p.name.toUpperCase(), reference: p.reference, identity: { kind: 'bank', sortCode: '040004', accountNumber: String(10000000 + (i % d.players.length)) },
        status: 'matched', allocations: [{ playerId: p.id, amountPence: 500 }], rule: 'reference', candidates: [p.id],
        explanation: `Credited to ${p.name}: the reference '${p.reference}' is ${p.name}'s`,
      })
    }
    rematchInbox(d, now)
  })
  await store.close()
}
