// The default simulated customer: an organiser with a current account (and optionally a joint
// one), about five months of history so the 90-day rule and paging both matter.
import { DEFAULT_ACCOUNT_ID, type GenerateOptions, generateTransactions } from './generate'
import { DEMO_PLAYERS } from './players'
import type { SimAccount, SimClient, SimTransaction, SimUser } from './types'

export const SIM_CLIENT: SimClient = {
  clientId: 'oauth2client_00009SimSubs',
  clientSecret: 'mnzconf.simulator-only-secret-not-real',
  confidential: true,
}
export const SIM_USER: SimUser = { userId: 'user_00009OrgAniSeR', name: 'Alex Organiser' }
export const JOINT_ACCOUNT_ID = 'acc_00009JoInTacc'
const DAY = 86_400_000

export function defaultAccounts(user: SimUser, now: number, joint: boolean): SimAccount[] {
  const created = new Date(now - 800 * DAY).toISOString()
  const owner = { user_id: user.userId, preferred_name: user.name, preferred_first_name: user.name.split(' ')[0]! }
  const accounts: SimAccount[] = [
    {
      id: 'acc_00009OldPrepaid', closed: true, created, description: 'Prepaid card', type: 'uk_prepaid',
      currency: 'GBP', country_code: 'GB', owners: [owner],
    },
    {
      id: DEFAULT_ACCOUNT_ID, closed: false, created, description: user.userId, type: 'uk_retail',
      currency: 'GBP', country_code: 'GB', owners: [owner], account_number: '12345678', sort_code: '040004',
    },
  ]
  if (joint) {
    accounts.push({
      id: JOINT_ACCOUNT_ID, closed: false, created, description: 'joint_00009OrgAniSeR', type: 'uk_retail_joint',
      currency: 'GBP', country_code: 'GB', account_number: '87650000', sort_code: '040004',
      owners: [owner, { user_id: 'user_0000Partner', preferred_name: 'Robin Organiser', preferred_first_name: 'Robin' }],
    })
  }
  return accounts
}

/**
 * Two recent Faster Payments a matcher must not credit on its own: a player paying from another
 * account that shows only an initial, and someone who isn't a player yet.
 */
function forTheInbox(now: number): SimTransaction[] {
  const fps = (id: string, daysAgo: number, name: string, sortCode: string, accountNumber: string, reference: string): SimTransaction => {
    const created = new Date(now - daysAgo * DAY).toISOString()
    return {
      id, account_id: DEFAULT_ACCOUNT_ID, amount: 500, currency: 'GBP', created, settled: new Date(now - daysAgo * DAY + 3 * 3600_000).toISOString(),
      description: reference, notes: reference, metadata: { faster_payment: 'true', notes: reference }, category: 'transfers', is_load: false,
      merchant: null, scheme: 'payport_faster_payments', counterparty: { name, sort_code: sortCode, account_number: accountNumber },
      originator: false, include_in_spending: false, local_amount: 500, local_currency: 'GBP', updated: created,
    }
  }
  return [
    fps('tx_0000WeekOkafor01', 3.2, 'J OKAFOR', '401234', '55501234', 'FOOTBALL'),
    fps('tx_0000WeekNewbie01', 2.1, 'M JOHNSON', '090128', '31415926', 'footy wed'),
  ]
}

function pendingToday(now: number): SimTransaction[] {
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString()
  const base = { account_id: DEFAULT_ACCOUNT_ID, settled: '', notes: '', originator: false, amount_is_pending: true, fees: {}, labels: null, attachments: null }
  return [
    {
      ...base, id: 'tx_0000TodayTopUp01', created: at(95), amount: 2000, currency: 'GBP', description: 'Top up', metadata: {}, category: 'mondo',
      is_load: true, merchant: null, scheme: 'topup', include_in_spending: false, local_amount: 2000, local_currency: 'GBP', categories: { mondo: 2000 },
    },
    {
      ...base, id: 'tx_0000TodayCard001', created: at(35), amount: -1250, currency: 'GBP', description: 'PRET A MANGER LONDON GBR',
      metadata: { mcc: '5814' }, category: 'eating_out', is_load: false, merchant: 'merch_0000Pret', scheme: 'mastercard', counterparty: {},
      originator: true, include_in_spending: true, local_amount: -1250, local_currency: 'GBP', categories: { eating_out: -1250 },
    },
  ]
}

export function defaultTransactions(now: number, joint: boolean, gen: Partial<GenerateOptions> = {}): SimTransaction[] {
  const start = now - 150 * DAY
  const txs = generateTransactions({
    // 108 generated + the two for the inbox below = 110 player payments, as the demo has always had.
    players: DEMO_PLAYERS, count: 240, paymentCount: 108, start, end: now - 60_000, seed: 42, pendingTail: 2, ...gen,
  })
  // This week's payments that need the organiser, and today's card spend and top-up, still pending.
  if (!gen.accountId || gen.accountId === DEFAULT_ACCOUNT_ID) txs.push(...forTheInbox(now), ...pendingToday(now))
  if (joint) {
    txs.push(...generateTransactions({
      players: DEMO_PLAYERS, count: 30, paymentCount: 8, start, end: now - 60_000, seed: 43, accountId: JOINT_ACCOUNT_ID,
    }))
  }
  return txs
}
