// Sample players for the simulator and demo mode, shaped like the monzo-samples payers.
import { createRng, hashString } from './prng'
import type { SimPlayer } from './types'

export const DEMO_PLAYERS: readonly SimPlayer[] = [
  { name: 'Jonathan Okafor', reference: 'SUBS-JOKA', bankName: 'Mr Jonathan Okafor', sortCode: '040004', accountNumber: '12345678' },
  { name: 'Priya Raman', reference: 'SUBS-PRAM', monzoUserId: 'user_0000PriyaR' },
  { name: 'Sam Whitley', reference: 'SUBS-SWHI', bankName: 'Sam Whitley & Jo Whitley', monzoUserId: 'user_0000Whitley' },
  { name: 'Luke Morrison', reference: 'SUBS-LUKEM', bankName: 'L MORRISON', sortCode: '200000', accountNumber: '87654321' },
  { name: 'Ash Clarke', reference: 'SUBS-ASHC', bankName: 'ASHLEY CLARKE', sortCode: '309634', accountNumber: '11223344' },
  { name: 'Tom Baker', reference: 'SUBS-TBAK', monzoUserId: 'user_0000TomBak' },
  { name: 'Dev Patel', reference: 'SUBS-DPAT', bankName: 'MR D PATEL', sortCode: '601613', accountNumber: '55667788' },
  { name: 'Chris Evans', reference: 'SUBS-CEVA', bankName: 'C EVANS', sortCode: '110001', accountNumber: '99887766' },
  { name: 'Kofi Mensah', reference: 'SUBS-KMEN', monzoUserId: 'user_0000KofiMe' },
  { name: 'Dan Hughes', reference: 'SUBS-DHUG', bankName: 'HUGHES D J', sortCode: '089299', accountNumber: '24681357' },
  { name: 'Matt Reid', reference: 'SUBS-MREI', bankName: 'Matthew Reid', sortCode: '774400', accountNumber: '13572468' },
  { name: 'Ollie Grant', reference: 'SUBS-OGRA', monzoUserId: 'user_0000OllieG' },
]

const FIRST = ['James', 'Oliver', 'Harry', 'Jack', 'George', 'Noah', 'Leo', 'Amir', 'Kwame', 'Ravi', 'Tom', 'Sean', 'Liam', 'Ben', 'Sam', 'Joe', 'Dan', 'Ali', 'Femi', 'Tariq', 'Owen', 'Rhys', 'Callum', 'Jamal']
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Khan', 'Okoro', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hall', 'Green', 'Hughes', 'Ahmed', 'Murphy', 'Kelly', 'Mensah', 'Singh']

/** `count` distinct players with unique references; about a third pay Monzo-to-Monzo. */
export function makePlayers(count: number, seed = 7): SimPlayer[] {
  const rng = createRng(seed)
  const players: SimPlayer[] = []
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST)
    const last = rng.pick(LAST)
    const name = i < FIRST.length * LAST.length ? `${first} ${last}` : `${first} ${last} ${i}`
    const reference = `SUBS-${i.toString(36).toUpperCase().padStart(4, '0')}`
    if (rng.chance(0.35)) players.push({ name, reference, monzoUserId: `user_0000P${i.toString(36).padStart(6, '0')}` })
    else {
      const style = rng.int(0, 2)
      const bankName = style === 0 ? name : style === 1 ? `${first[0]} ${last.toUpperCase()}` : `MR ${first.toUpperCase()} ${last.toUpperCase()}`
      players.push({ name, reference, bankName, ...bankDetails(`${name}#${i}`) })
    }
  }
  return players
}

/** Deterministic sort code and account number for a payer who has none. */
export function bankDetails(key: string): { sortCode: string; accountNumber: string } {
  const h = hashString(key)
  return {
    sortCode: String(100000 + (h % 899999)),
    accountNumber: String(10000000 + (hashString(`${key}/acct`) % 89999999)),
  }
}
