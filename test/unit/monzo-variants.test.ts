// The simulator speaks real Monzo (issue 12, rule 6): its default history — the one the demo, the
// e2e tests and most unit tests sync — carries every variant real records show, and Subs reads each
// one and sorts it right. One test per variant, named after it.
import { describe, expect, it } from 'vitest'
import { DEFAULT_ACCOUNT_ID } from '../../src/main/core/monzo/simulator'
import { defaultTransactions } from '../../src/main/core/monzo/simulator/seed'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import { readTransaction, referenceAndAnnotation, readCredit } from '../../src/main/core/ledger/monzo-transaction'
import { observeRaw, type Observed } from '../../src/main/core/sync/observe'

const NOW = Date.parse('2026-11-20T12:00:00Z')
const history = defaultTransactions(NOW, false)
/** As the API serves it: JSON, so absent fields are absent. */
const wire = history.map((t) => JSON.parse(JSON.stringify(t)) as Record<string, unknown>)

function some(pred: (t: SimTransaction & Record<string, unknown>) => boolean): (SimTransaction & Record<string, unknown>)[] {
  const found = history.filter((t) => pred(t as SimTransaction & Record<string, unknown>)) as (SimTransaction & Record<string, unknown>)[]
  expect(found.length, 'the default history should carry this variant').toBeGreaterThan(0)
  return found
}

/** Subs reads it (never sets it aside as unreadable) and sorts it as `kind`. */
function readsAs(txs: SimTransaction[], kind: Observed['kind'] | ((t: SimTransaction) => Observed['kind'])): void {
  for (const t of txs) {
    const raw = JSON.parse(JSON.stringify(t))
    const r = readTransaction(raw)
    expect(r.ok, `${t.id}: ${r.ok ? '' : r.reason}`).toBe(true)
    expect(observeRaw(raw).observed.kind, t.id).toBe(typeof kind === 'function' ? kind(t) : kind)
  }
}

const isCard = (t: SimTransaction) => t.scheme === 'mastercard'
const isPlayerCredit = (t: SimTransaction) =>
  t.amount > 0 && !t.decline_reason && !t.merchant && (t.scheme === 'payport_faster_payments' || (t.scheme === 'p2p_payment' && t.metadata.p2p_initiator === 'p2p'))

/** How the simulator meant it: a player's payment, someone's credit by another scheme, or the organiser's own. */
function meant(t: SimTransaction): Observed['kind'] {
  if (isPlayerCredit(t)) return 'credit'
  const otherScheme = t.scheme === 'bacs' || t.scheme === 'chaps'
  return t.amount > 0 && otherScheme && !t.merchant && !t.decline_reason && t.currency === 'GBP' ? 'other-credit' : 'not-subs'
}

describe('real Monzo variants in the simulator’s history, each read by Subs', () => {
  it('merchant as an id string', () => {
    readsAs(some((t) => typeof t.merchant === 'string'), 'not-subs')
  })

  it('merchant as a full (expanded) object', () => {
    readsAs(some((t) => t.merchant !== null && typeof t.merchant === 'object'), 'not-subs')
  })

  it('merchant null', () => {
    readsAs(some((t) => t.merchant === null && isPlayerCredit(t)), 'credit')
  })

  it('settled "" while pending: a player’s payment', () => {
    readsAs(some((t) => t.settled === '' && isPlayerCredit(t)), 'credit')
  })

  it('settled "" while pending: a card spend', () => {
    readsAs(some((t) => t.settled === '' && isCard(t) && t.amount < 0), 'not-subs')
  })

  it('settled "" while pending: a top-up', () => {
    readsAs(some((t) => t.settled === '' && t.scheme === 'topup'), 'not-subs')
  })

  it('counterparty {}', () => {
    readsAs(some((t) => t.counterparty !== undefined && Object.keys(t.counterparty).length === 0), 'not-subs')
  })

  it('counterparty absent', () => {
    readsAs(some((t) => !('counterparty' in t)), 'not-subs')
  })

  it('counterparty {number, user_id} (older Monzo-to-Monzo)', () => {
    const txs = some((t) => t.counterparty?.number !== undefined && t.counterparty.user_id !== undefined && !t.counterparty.name)
    readsAs(txs, (t) => (t.decline_reason ? 'not-subs' : 'credit'))
    const credit = txs.find((t) => !t.decline_reason)!
    const o = observeRaw(JSON.parse(JSON.stringify(credit))).observed
    expect(o.kind === 'credit' && o.credit.incoming).toMatchObject({ payerName: credit.description, identity: { kind: 'monzo', userId: credit.counterparty!.user_id } })
  })

  it.each([0, 1, 2, 3])('created with %i fractional digits', (digits) => {
    const pattern = digits === 0 ? /:\d\dZ$/ : new RegExp(`:\\d\\d\\.\\d{${digits}}Z$`)
    const txs = some((t) => pattern.test(t.created))
    readsAs(txs, meant)
    for (const t of txs) expect(observeRaw(JSON.parse(JSON.stringify(t))).createdAt).toBe(new Date(Date.parse(t.created)).toISOString())
  })

  it.each(['attachments', 'categories', 'labels', 'fees', 'atm_fees_detailed', 'amount_is_pending', 'dedupe_id'])(
    'extra field %s',
    (field) => {
      readsAs(some((t) => field in t), meant)
      expect(wire.some((t) => field in t)).toBe(true)
    },
  )

  it('older records without account_id, updated or originator', () => {
    const old = some((t) => !('account_id' in t) && !('updated' in t) && !('originator' in t))
    readsAs(old, meant)
    expect(old.some(isPlayerCredit)).toBe(true)
  })

  it('local_currency other than GBP on a card spend abroad', () => {
    readsAs(some((t) => isCard(t) && t.amount < 0 && t.local_currency !== 'GBP' && t.currency === 'GBP'), 'not-subs')
  })

  it('an empty description on a Monzo-to-Monzo payment', () => {
    const txs = some((t) => t.scheme === 'p2p_payment' && t.description === '' && isPlayerCredit(t))
    readsAs(txs, 'credit')
    for (const t of txs) {
      const o = observeRaw(JSON.parse(JSON.stringify(t))).observed
      expect(o.kind === 'credit' && o.credit.incoming.payerName).toBe(t.counterparty!.name)
    }
  })

  it('notes with a newline', () => {
    const txs = some((t) => t.notes.includes('\n') && isPlayerCredit(t))
    readsAs(txs, 'credit')
    for (const t of txs) {
      const o = observeRaw(JSON.parse(JSON.stringify(t))).observed
      expect(o.kind === 'credit' && o.credit.incoming.reference).toBe(t.notes.replace(/\s+/g, ' '))
    }
  })

  it('the organiser’s note over a Faster Payment’s notes (reference still from description and metadata.notes)', () => {
    const txs = some((t) => t.scheme === 'payport_faster_payments' && t.amount > 0 && t.notes !== t.description)
    for (const t of txs) {
      const r = readTransaction(JSON.parse(JSON.stringify(t)))
      if (!r.ok) throw new Error(r.reason)
      expect(referenceAndAnnotation(readCredit(r.tx), null)).toEqual({ reference: t.description, annotation: t.notes })
    }
  })

  it('a player’s Bacs standing order', () => {
    readsAs(some((t) => t.scheme === 'bacs' && !t.merchant && t.amount > 0), 'other-credit')
  })

  it('the organiser’s own money in: a Bacs salary, interest, a transfer from their own joint account', () => {
    readsAs(some((t) => t.scheme === 'bacs' && t.metadata.payday === 'true'), 'not-subs')
    readsAs(some((t) => t.scheme === 'account_interest'), 'not-subs')
    readsAs(some((t) => t.metadata.p2p_initiator === 'internal'), 'not-subs')
  })

  it('someone else’s money by CHAPS', () => {
    readsAs(some((t) => t.scheme === 'chaps'), 'other-credit')
  })

  it('all of it in the organiser’s account', () => {
    expect(history.every((t) => t.account_id === undefined || t.account_id === DEFAULT_ACCOUNT_ID)).toBe(true)
  })
})
