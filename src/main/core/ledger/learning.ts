// What Subs remembers about payers, only ever as the organiser chose it when assigning a payment:
// "this account is X's", "this payer pays for X" (a parent, partner, company), or nothing.
// The rules that keep learning from poisoning later matches live here:
// - a pooled account (a payment provider's, or one seen with several people's names) is never learned;
// - a one-word name ("Tom") is never learned, nor a name that also fits another active player;
// - an account linked to more than one player becomes a household: its payments are offered as a split.
import type { Learned, LearnChoice, Payment, PayerIdentity, PayerLink, Player } from '../../../shared/domain'
import type { LearnOptionView, LearnPlanView } from '../../../shared/views'
import type { SubsData } from '../store/schema'
import { UserError } from '../errors'
import { findPlayer } from '../roster/players'
import { isGeneration, isInitial, nameKey, nameTokens } from '../matching/normalise'
import { identityKey } from '../matching/player-index'
import type { PaymentFacts } from '../matching/matcher'
import { matcherFor } from '../sync/apply'

export function describeIdentity(identity: PayerIdentity): string {
  if (identity.kind === 'monzo') return 'their Monzo account'
  const sc = identity.sortCode.replace(/\D/g, '')
  const acc = identity.accountNumber.replace(/\D/g, '')
  const sort = sc.length === 6 ? `${sc.slice(0, 2)}-${sc.slice(2, 4)}-${sc.slice(4)}` : sc
  return `bank account ${sort} ····${acc.slice(-4)}`
}

function linkedTo(d: SubsData, identity: PayerIdentity): Player[] {
  const key = identityKey(identity)
  return d.players.filter(
    (p) => p.identities.some((i) => identityKey(i) === key) || (p.payers ?? []).some((l) => l.identity && identityKey(l.identity) === key),
  )
}

function names(players: Player[]): string {
  const list = players.map((p) => p.name)
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}

interface Learnable {
  identity: PayerIdentity | null
  /** Why the account can't be learned, when there is one. */
  identityWhy: string | null
  name: string | null
  nameWhy: string | null
}

/**
 * Other active players the payer's name fits, strongly or weakly. A payer already known to pay for
 * someone may pay for this player too (a household), so for 'payer' that doesn't count.
 */
function othersFitting(f: PaymentFacts, d: SubsData, playerId: string, asPayer = false): Player[] {
  const ids = new Set([...f.named, ...f.hints.map((h) => h.playerId), ...(asPayer ? [] : f.paysForName)])
  return d.players.filter((p) => p.active && p.id !== playerId && ids.has(p.id))
}

/**
 * Someone in the player's family: the payer's name carries the player's surname but isn't the
 * player ("MRS A OKAFOR" for Jonathan Okafor, "K MENSAH SNR" for Kofi Mensah).
 */
function isFamily(payerName: string, player: Player, fitsPlayer: boolean): boolean {
  if (fitsPlayer && !nameTokens(payerName).some(isGeneration)) return false
  const surname = nameTokens(player.name).at(-1)
  return Boolean(surname && surname.length > 1 && nameTokens(payerName).includes(surname))
}

function learnable(d: SubsData, p: Payment, f: PaymentFacts, playerId: string, asPayer = false): Learnable {
  const out: Learnable = { identity: null, identityWhy: null, name: null, nameWhy: null }
  if (p.identity) {
    if (f.provider) out.identityWhy = `'${p.payerName}' is a payment provider whose account is shared by many senders`
    else if (f.pooled) out.identityWhy = 'this account has paid under different people’s names, so it is shared'
    else out.identity = p.identity
  }
  const payer = p.payerName.trim().replace(/\s+/g, ' ')
  const tokens = nameTokens(payer)
  const others = othersFitting(f, d, playerId, asPayer)
  if (!payer) out.nameWhy = null
  else if (f.provider) out.nameWhy = `'${payer}' is a payment provider, not a person`
  else if (tokens.length < 2 || tokens.every(isInitial)) out.nameWhy = `'${payer}' alone could be anyone`
  else if (payer.length > 80) out.nameWhy = 'the name is too long to be a bank name'
  else if (others.length > 0) out.nameWhy = `'${payer}' also fits ${names(others)}`
  else out.name = payer
  return out
}

/** The choice Subs proposes, and why, from what the payment says about who paid. */
function defaultChoice(d: SubsData, p: Payment, f: PaymentFacts, playerId: string, can: Learnable): { choice: LearnChoice; why: string } {
  const player = findPlayer(d, playerId)
  if (!can.identity && !can.name) return { choice: 'once', why: 'There is nothing safe to remember about this payer.' }
  const namesSomeoneElse = f.targets.some((t) => t !== playerId) || f.ambiguous.some((ids) => !ids.includes(playerId))
  if (namesSomeoneElse) return { choice: 'once', why: 'The reference names someone else.' }
  const fitsX = f.named.includes(playerId) || f.hints.some((h) => h.playerId === playerId)
  const otherPlayers = othersFitting(f, d, playerId, true)
  const accountOthers = f.ownAccount.filter((id) => id !== playerId)
  if (!fitsX && (otherPlayers.length > 0 || accountOthers.length > 0)) {
    const who = otherPlayers[0] ?? d.players.find((p) => p.id === accountOthers[0])
    return { choice: 'once', why: `The payer looks like ${who?.name ?? 'another player'}.` }
  }
  // Already known to pay for someone else: paying for this player too makes them a household.
  const paysForOthers = [...f.paysForAccount, ...f.paysForName].filter((id) => id !== playerId)
  if (!fitsX && paysForOthers.length > 0) {
    const who = d.players.find((p) => p.id === paysForOthers[0])
    return { choice: 'payer', why: `This payer already pays for ${who?.name ?? 'another player'}: a household.` }
  }
  if (f.company) return { choice: 'payer', why: 'The payer is a company.' }
  if (isFamily(p.payerName, player, fitsX)) return { choice: 'payer', why: `The payer looks like family of ${player.name}, not ${player.name}.` }
  if (f.targets.includes(playerId) && !fitsX) return { choice: 'payer', why: `The reference names ${player.name} but someone else sent it.` }
  if (fitsX) return { choice: 'account', why: `The payer's name fits ${player.name}.` }
  return { choice: 'account', why: "The payer's name fits no player." }
}

/** What each choice would remember for this payment and player, and which one Subs proposes. */
export function learnPlan(d: SubsData, p: Payment, playerId: string): LearnPlanView {
  const player = findPlayer(d, playerId)
  const f = matcherFor(d).facts(p)
  const can = learnable(d, p, f, playerId)
  const canPay = learnable(d, p, f, playerId, true)
  const { choice, why } = defaultChoice(d, p, f, playerId, can.identity || can.name ? can : canPay)
  const first = player.name.split(' ')[0] ?? player.name
  const shared = can.identity ? linkedTo(d, can.identity).filter((x) => x.id !== playerId) : []
  const household = shared.length ? ` It already pays for ${names(shared)}, so later payments will be offered as a split.` : ''
  const skipped = (why: string | null) => (why ? ` (Not the name: ${why}.)` : '')
  const account = ((): LearnOptionView => {
    const parts = [can.identity ? describeIdentity(can.identity) : null, can.name ? `the name '${can.name}'` : null].filter(Boolean)
    if (parts.length === 0) {
      return { choice: 'account', label: `This account is ${first}'s`, detail: `Nothing to remember: ${can.identityWhy ?? can.nameWhy ?? 'no account or name came with it'}.`, available: false }
    }
    const noAccount = can.identityWhy ? ` (Not the account: ${can.identityWhy}.)` : ''
    return {
      choice: 'account',
      label: `This account is ${first}'s`,
      detail: `Remember ${parts.join(' and ')} as ${player.name}'s, so their next payments are credited automatically.${can.identity ? skipped(can.nameWhy) : noAccount}${household}`,
      available: true,
    }
  })()
  const payer = ((): LearnOptionView => {
    const who = canPay.name ? `'${canPay.name}'` : 'this payer'
    const from = canPay.identity ? ` from ${describeIdentity(canPay.identity).replace('their ', 'this ')}` : ''
    if (!canPay.identity && !canPay.name) {
      return { choice: 'payer', label: `This payer pays for ${first}`, detail: `Nothing to remember: ${canPay.identityWhy ?? canPay.nameWhy ?? 'no account or name came with it'}.`, available: false }
    }
    const alsoFor = d.players.filter((x) => x.id !== playerId && f.paysForName.includes(x.id))
    const more = household || (alsoFor.length ? ` They already pay for ${names(alsoFor)}, so later payments will be offered as a split.` : '')
    return {
      choice: 'payer',
      label: `This payer pays for ${first} (a parent, partner or company)`,
      detail: `Credit ${player.name} with later payments${from} by ${who}, without taking it as ${first}'s own name.${more}`,
      available: true,
    }
  })()
  const once: LearnOptionView = { choice: 'once', label: 'Just this once', detail: 'Credit this payment only and remember nothing.', available: true }
  return { choice, why, options: [account, payer, once] }
}

function sameLink(a: PayerLink, identity: PayerIdentity | null, name: string | null): boolean {
  if (identity && a.identity) return identityKey(a.identity) === identityKey(identity)
  if (!identity && !a.identity && name) return nameKey(a.name) === nameKey(name)
  return false
}

/** Remembers what the organiser chose, within the safety rules. Returns what was new, for Undo. */
export function applyLearning(d: SubsData, p: Payment, playerId: string, choice: LearnChoice, now: Date): Learned | null {
  if (choice === 'once') return null
  const player = findPlayer(d, playerId)
  const f = matcherFor(d).facts(p)
  const can = learnable(d, p, f, playerId, choice === 'payer')
  if (choice === 'account') {
    let identity = false
    if (can.identity && !player.identities.some((i) => identityKey(i) === identityKey(can.identity!))) {
      player.identities.push(can.identity)
      identity = true
    }
    let alias: string | null = null
    if (can.name && nameKey(can.name) !== nameKey(player.name) && !player.aliases.some((a) => nameKey(a) === nameKey(can.name!))) {
      player.aliases.push(can.name)
      alias = can.name
    }
    return identity || alias ? { playerId, identity, alias, as: 'account' } : null
  }
  if (!can.identity && !can.name) return null
  const links = (player.payers ??= [])
  if (links.some((l) => sameLink(l, can.identity, can.name))) return null
  links.push({ name: can.name ?? '', identity: can.identity, learnedAt: now.toISOString() })
  return { playerId, identity: can.identity !== null, alias: can.name, as: 'payer' }
}

/** Undoes what one assignment taught (Undo of that payment). */
export function unlearn(d: SubsData, p: Payment): void {
  const l = p.learned
  p.learned = null
  if (!l) return
  const player = d.players.find((x) => x.id === l.playerId)
  if (!player) return
  if (l.as === 'payer') {
    const key = l.identity && p.identity ? identityKey(p.identity) : null
    player.payers = (player.payers ?? []).filter((link) =>
      key ? !(link.identity && identityKey(link.identity) === key) : !(!link.identity && l.alias && nameKey(link.name) === nameKey(l.alias)),
    )
    return
  }
  if (l.identity && p.identity) {
    const key = identityKey(p.identity)
    player.identities = player.identities.filter((i) => identityKey(i) !== key)
  }
  if (l.alias) player.aliases = player.aliases.filter((a) => a !== l.alias)
}

export type ForgetKind = 'account' | 'name' | 'payer'

/** The key the player dialog passes back to forget one payer link. */
export function payerLinkKey(link: PayerLink): string {
  return link.identity ? identityKey(link.identity) : `name:${nameKey(link.name)}`
}

/**
 * Forgets one learned fact from the player dialog. Payments already credited stay credited; only
 * future matching changes. Payments that taught the fact no longer claim it, so their Undo can't
 * touch something the organiser has since re-taught.
 */
export function forgetFact(d: SubsData, playerId: string, kind: ForgetKind, key: string): void {
  const player = findPlayer(d, playerId)
  const gone = () => new UserError('Subs no longer remembers that: it may have been forgotten already. The list is up to date now.', 'not_found')
  if (kind === 'account') {
    if (!player.identities.some((i) => identityKey(i) === key)) throw gone()
    player.identities = player.identities.filter((i) => identityKey(i) !== key)
    for (const p of d.payments) {
      if (p.learned?.playerId === playerId && p.learned.as !== 'payer' && p.identity && identityKey(p.identity) === key) p.learned = { ...p.learned, identity: false }
    }
  } else if (kind === 'name') {
    if (!player.aliases.includes(key)) throw gone()
    player.aliases = player.aliases.filter((a) => a !== key)
    for (const p of d.payments) {
      if (p.learned?.playerId === playerId && p.learned.as !== 'payer' && p.learned.alias === key) p.learned = { ...p.learned, alias: null }
    }
  } else {
    const links = player.payers ?? []
    const link = links.find((l) => payerLinkKey(l) === key)
    if (!link) throw gone()
    player.payers = links.filter((l) => l !== link)
    for (const p of d.payments) {
      if (p.learned?.playerId !== playerId || p.learned.as !== 'payer') continue
      const k = p.learned.identity && p.identity ? identityKey(p.identity) : `name:${nameKey(p.learned.alias ?? '')}`
      if (k === key) p.learned = null
    }
  }
}
