// Whose money a transaction is: the one home of "is this something a person sent?" (issue 12).
//
// Real Monzo data (API docs, client-library fixtures, recorded pages) shows three kinds of credit:
// - a person paying by Faster Payments (`payport_faster_payments`) or Monzo-to-Monzo (`p2p_payment`):
//   a subs candidate, always stored;
// - a person paying by another scheme (`bacs` standing orders, `chaps`, an unlabelled old record,
//   a scheme Monzo adds later): stored only when its payer or reference fits a player, otherwise
//   counted as set aside, so nothing a person sent vanishes without trace;
// - the organiser's own banking: card refunds, pots, top-ups, interest (`account_interest`), Flex,
//   overdraft, Monzo's own payments (`monzo_paid`, referral bonuses), salaries (a Bacs credit from
//   an employer carries a `merchant` and `metadata.payday`), transfers between their own Monzo
//   accounts (`p2p_initiator: internal`). Never stored (promise 9).

import { foldText, jointSides, nameKey } from '../matching/normalise'
import { isPaymentProvider } from '../matching/pooled-payers'

export const FASTER_PAYMENT = 'payport_faster_payments'
export const MONZO_TO_MONZO = 'p2p_payment'

/** Schemes by which a person sends money straight to another person: always subs candidates. */
const PERSON_TO_PERSON = new Set([FASTER_PAYMENT, MONZO_TO_MONZO])

/** Schemes that are only ever the organiser's own banking, with the words for why. */
const OWN_BANKING: Record<string, string> = {
  uk_retail_pot: 'a pot transfer',
  uk_business_pot: 'a pot transfer',
  topup: 'a top-up',
  account_interest: 'interest',
  monzo_interest: 'interest',
  monzo_flex: 'Monzo Flex',
  spread_the_cost: 'Monzo Flex',
  overdraft: 'overdraft',
  instalment_loan: 'a loan',
  monzo_paid: 'a payment from Monzo',
  signup_referral: 'a referral bonus',
  monzo_rewards: 'a reward from Monzo',
  ledger_adjustment: 'a correction by Monzo',
  collections_settlement: 'a correction by Monzo',
  locked_money: 'money moved within Monzo',
  card_delivery: 'a card fee',
  monzo_business_account_billing: 'a Monzo fee',
  emergency_cash: 'emergency cash',
  uk_cash_deposits_paypoint: 'cash you paid in',
  mastercard: 'a card refund or card credit',
  visa: 'a card refund or card credit',
  maestro: 'a card refund or card credit',
  '3dsecure': 'a card refund or card credit',
}

/** Only the fields the decision needs; any may be missing (an unreadable transaction is judged on what can be read). */
export interface CreditFacts {
  amount?: number
  currency?: string
  decline_reason?: string | null
  is_load?: boolean | null
  scheme?: string | null
  merchant?: unknown
  originator?: boolean | null
  metadata?: Record<string, unknown> | null
}

function meta(tx: CreditFacts, key: string): string | undefined {
  const v = tx.metadata && typeof tx.metadata === 'object' ? tx.metadata[key] : undefined
  return typeof v === 'string' && v !== '' ? v : undefined
}

/**
 * Why a transaction can't be money a person sent, or null when it could be. Only decides on the
 * facts it is given, so it also works on the readable parts of a transaction that isn't all readable.
 */
export function notSubsReason(tx: CreditFacts): string | null {
  if (typeof tx.amount === 'number' && tx.amount <= 0) return 'money out'
  if (typeof tx.currency === 'string' && tx.currency !== 'GBP') return `not in pounds (${tx.currency})`
  if (typeof tx.decline_reason === 'string' && tx.decline_reason) return `declined (${tx.decline_reason})`
  if (tx.is_load === true) return 'a top-up'
  if (meta(tx, 'pot_id')) return 'a pot transfer'
  const scheme = typeof tx.scheme === 'string' ? tx.scheme : ''
  const own = Object.hasOwn(OWN_BANKING, scheme) ? OWN_BANKING[scheme] : undefined
  if (own) return own
  // A card refund, or a credit from a business Monzo knows (an employer's Bacs salary).
  if (tx.merchant) return 'a card refund or a payment from a business'
  if (tx.originator === true) return 'sent by you'
  if (meta(tx, 'payday') === 'true') return 'a salary'
  if (meta(tx, 'interest_payout') === 'true') return 'interest'
  if (scheme === MONZO_TO_MONZO && meta(tx, 'p2p_initiator') === 'internal') return 'a transfer between your own accounts'
  return null
}

/** Faster Payments and Monzo-to-Monzo: a person's payment, stored whatever it says. */
export function isPersonToPerson(scheme: string | null | undefined): boolean {
  return PERSON_TO_PERSON.has(scheme ?? '')
}

const SCHEME_WORDS: Record<string, string> = {
  bacs: 'Bacs credit',
  chaps: 'CHAPS payment',
  faster_payments: 'bank transfer',
  sepa: 'SEPA transfer',
  rbs_cheque: 'cheque',
}

/** Why a credit by another scheme wasn't kept: it names no player. */
export function setAsideReason(scheme: string | null | undefined): string {
  const fromStatement = scheme?.startsWith('statement:') ? scheme.slice('statement:'.length) : null
  const what = fromStatement !== null
    ? `'${fromStatement || 'unnamed'}' credit in the statement`
    : scheme ? (SCHEME_WORDS[scheme] ?? `${scheme} credit`) : 'credit with no payment scheme'
  return `${what} that fits no player`
}

/**
 * Money the organiser moved in from their own account at another bank: the payer is the account
 * holder, by their full name (titles, word order, case and accents aside; each holder of a joint
 * account, or the joint name itself). Only the full name: "G LLOYD" may be the organiser or their
 * brother, so it waits in the inbox like any other payer.
 */
export function isAccountHolder(payerName: string, holderNames: readonly string[]): boolean {
  const payer = nameKey(payerName)
  if (!payer || !payer.includes(' ')) return false
  const holders = holderNames.flatMap((h) => [h, ...jointSides(h)]).map(nameKey).filter((k) => k.includes(' '))
  if (holders.includes(payer)) return true
  // "A ORGANISER & B PARTNER" from a joint account elsewhere held by the same people.
  const sides = jointSides(payerName).map(nameKey)
  return sides.length > 1 && sides.every((s) => holders.includes(s))
}

export const OWN_TRANSFER_REASON = 'a transfer from your own account at another bank'

// The organiser's own income arriving by Faster Payments: wages (a payroll), a tax refund, a pension,
// a benefit. Kept only if it fits a player, like a credit by another scheme (promise 9). A company on
// its own is not enough: a player's own company paying their subs is ordinary, and waits in the
// inbox; nor is a payment provider (Wise, Currency Cloud, PayPal…), which carries people's payments.
const GOVERNMENT_OR_PAYROLL = /\b(hmrc|hm revenue|dwp|department for work|student loans company|payroll|payrolls)\b/
const INCOME = /\b(salary|salaries|wages?|payroll|payslip|pay slip|tax refund|tax rebate|pension|dividends?|universal credit|child benefit)\b/

/** Why a person-to-person credit looks like the organiser's own income rather than a person paying, or null. */
export function incomeReason(payerName: string, reference: string): string | null {
  if (isPaymentProvider(payerName)) return null
  if (GOVERNMENT_OR_PAYROLL.test(foldText(payerName)) || INCOME.test(foldText(reference))) {
    return 'a salary, pension, benefit or tax refund that fits no player'
  }
  return null
}
