// Payment providers whose transfers arrive from one shared (pooled) account whatever the sender:
// the counterparty is the provider ("THE CURRENCY CLOUD LTD", "WISE PAYMENTS LIMITED", "PAYPAL UK LTD",
// "MODULR FS LIMITED"…) and the real sender is only in the reference, if anywhere. Such an account
// or name is never a player's, so it is never learned and never matches on its own.
// The one place this rule lives: extend the lists here when organisers meet a new provider.
import { foldText } from './normalise'

/** Brand words that are never a person's name: one of them anywhere in the payer name is enough. */
const BRANDS = new Set([
  'currencycloud', 'transferwise', 'paypal', 'revolut', 'modulr', 'payoneer', 'skrill', 'neteller', 'paysafe',
  'remitly', 'worldremit', 'paysend', 'airwallex', 'ebury', 'moneycorp', 'gocardless', 'adyen', 'trustly',
  'nium', 'rapyd', 'railsr', 'railsbank', 'lemfi', 'sendwave', 'azimo', 'xoom', 'moneygram', 'worldfirst',
  'corpay', 'payrnet', 'emerchantpay', 'bitstamp', 'coinbase', 'kraken', 'crypto', 'zepz', 'taptapsend',
  'stripe', 'sumup', 'zettle', 'checkoutcom', 'truelayer', 'yapily', 'banked', 'payvyne',
])

/** Brands long enough to find run into other words ("CURRENCYCLOUDLTD"). */
const LONG_BRANDS = [...BRANDS].filter((b) => b.length >= 6)

/**
 * Providers whose brand is also an ordinary word or surname ("Wise", "Ria", "Small World"): they count
 * only written as the company ("WISE PAYMENTS LIMITED", "THE CURRENCY CLOUD LTD").
 */
const PHRASES = [
  'wise payments', 'wise europe', 'currency cloud', 'clear junction', 'banking circle', 'western union',
  'currencies direct', 'small world', 'ria money', 'ria financial', 'ofx', 'torfx', 'prepaid financial',
  'pps emoney', 'pps e money', 'equals money', 'fire financial', 'global processing', 'contis financial',
  'client account', 'client money', 'nominee account', 'payment services', 'payments ltd', 'payments limited',
  'payments uk', 'e money', 'emoney', 'money transfer', 'remittance',
]

export function isPaymentProvider(payerName: string): boolean {
  const folded = foldText(payerName)
  if (!folded) return false
  const words = folded.split(' ')
  if (words.some((w) => BRANDS.has(w))) return true
  // "CURRENCYCLOUD" and "CURRENCY CLOUD" alike.
  const compact = words.join('')
  if (LONG_BRANDS.some((b) => compact.includes(b))) return true
  const padded = ` ${folded} `
  return PHRASES.some((p) => padded.includes(` ${p} `))
}
