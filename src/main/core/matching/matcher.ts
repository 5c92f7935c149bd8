import type { Allocation, MatchRule, Player } from '../../../shared/domain'
import { formatPence } from '../../../shared/money'
import type { IncomingPayment } from '../ledger/incoming-payment'
import { isCompanyName } from './normalise'
import { isOneGameOrLess, notSubsWarning, pitchWarning } from './not-subs-guard'
import { buildIndex, identityKey, orderIds, preferActive, type PlayerIndex } from './player-index'
import { isPaymentProvider } from './pooled-payers'
import { readReference, type Mention, type ReferenceReading } from './reference-reading'
import { byName, byPayerName } from './strong-evidence'
import { nameHints, rankHints, SHORT_FORM, type Hint } from './weak-evidence'
import { couldBeSameHolder } from './name-forms'
import { jointSides, nameKey, nameTokens } from './normalise'
import { allowedTypos, editDistance } from './edit-distance'
import { isCommonFormOf, isShortFormOf } from './short-forms'
import { codesNear } from './reference'
import { remembered } from './remembered'

/** byName under another name: decide() has a local `byName`. */
const nameIn = byName

export interface MatchContext {
  /** Current prices in pence (the default price plus fixture prices): subs come in whole multiples. */
  pricePences: number[]
  /** What a pitch costs (the default and fixtures'): a payment of exactly that is more likely the booking than subs. */
  pitchPences?: number[]
  /**
   * Payer names already seen from each account (identityKey -> names). An account seen with two
   * people's names is pooled (a payment provider's): it never identifies anyone.
   */
  namesByIdentity?: ReadonlyMap<string, readonly string[]>
}

export type MatchStatus = 'matched' | 'suggested' | 'unmatched'

export interface MatchResult {
  status: MatchStatus
  rule: MatchRule | null
  allocations: Allocation[]
  /** Player ids, strongest first. */
  candidates: string[]
  /** One sentence, in the organiser's words, saying why. */
  explanation: string
  /** A split Subs suggests (household, joint account, "me + dev"), ready to accept in one click. */
  split: Allocation[] | null
}

export type MatchInput = Pick<IncomingPayment, 'amountPence' | 'payerName' | 'reference' | 'identity'>

/** What a payment says about who paid and for whom, before any verdict. Learning reads it too. */
export interface PaymentFacts {
  /** The payer is a payment provider ("WISE PAYMENTS LIMITED"), not a person. */
  provider: boolean
  /** The account can't identify anyone: a provider's, or seen with more than one person's name. */
  pooled: boolean
  company: boolean
  reading: ReferenceReading
  /** Players the reference points to deliberately: their code, or their name written in it. */
  targets: string[]
  /** Players named in passing, without saying the money is for them ("sorry dan, late"). */
  loose: string[]
  /** First names in the reference that fit more than one player ("tom"). */
  ambiguous: string[][]
  /** Accounts remembered as a player's own / as paying for a player. */
  ownAccount: string[]
  paysForAccount: string[]
  /** Players whose own name or accepted bank name the payer name certainly is. */
  named: string[]
  /** ...and which of those matched through an accepted bank name only. */
  namedByAlias: string[]
  /** The payer name was a joint account's, matched side by side. */
  joint: boolean
  /** Learned payer names that are this payer's. */
  paysForName: string[]
  /**
   * Players whose own full name this account has sent under before, when this payer name could be
   * the same holder: "MR LEWIS J GRANT" by Faster Payments, then "L J GRANT" by standing order.
   */
  seenAs: string[]
  /** The payer name is one a household account was seen under. */
  householdName: string[]
  /** Weaker hints from the payer's name (initial and surname, near spellings). */
  hints: Hint[]
}

export interface Matcher {
  match(payment: MatchInput): MatchResult
  facts(payment: MatchInput): PaymentFacts
  readonly index: PlayerIndex
}

function joinNames(names: string[], word: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names[0] ?? ''
  const shown = names.slice(0, 3)
  const more = names.length > 3 ? ` ${word} ${names.length - 3} more` : ''
  return more ? `${shown.join(', ')}${more}` : `${shown.slice(0, -1).join(', ')} ${word} ${shown.at(-1)}`
}

/** Equal shares, any odd pennies to the first: the organiser adjusts in the split dialog if need be. */
export function evenSplit(amountPence: number, ids: readonly string[]): Allocation[] {
  const share = Math.floor(amountPence / ids.length)
  return ids.map((playerId, i) => ({ playerId, amountPence: share + (i === 0 ? amountPence - share * ids.length : 0) }))
}

/**
 * The rule that matters most: crediting the wrong player is worse than crediting no one. A payment is
 * credited only on one clear, uncontradicted piece of evidence for one player, and only when nothing
 * in it says it is for something else or for more than one person; everything else goes to the inbox
 * with the likely players (and a split, when it covers several) suggested.
 */
/** What the matcher looks up by the players and one string; results are read-only (callers filter and copy). */
function lookupsOver(index: PlayerIndex) {
  const hintsOf = remembered((name) => nameHints(index, name))
  return {
    index,
    hintsOf,
    rankedHintsOf: remembered((name) => rankHints(index, hintsOf(name))),
    nameMatchOf: remembered((name) => byName(index, name)),
    paysForNameOf: remembered((name) => byPayerName(index, name)),
    providerOf: remembered((name) => isPaymentProvider(name)),
    companyOf: remembered((name) => isCompanyName(name)),
    // Keyed by the payer name's length, the payer name and the reference: no two pairs share a key.
    readingOf: remembered((key) => {
      const colon = key.indexOf(':')
      const end = colon + 1 + Number(key.slice(0, colon))
      return readReference(index, key.slice(end), key.slice(colon + 1, end))
    }),
  }
}

/**
 * The last players' lookups, kept while the players stay exactly the same: every commit of a sync and
 * the inbox re-match after it build a matcher for the same players. Any change to any player (a name,
 * a learned account, an archive) makes a new key, so nothing stale is ever used.
 */
let lastRoster: { key: string; lookups: ReturnType<typeof lookupsOver> } | null = null
function lookupsFor(players: readonly Player[]): ReturnType<typeof lookupsOver> {
  const key = JSON.stringify(players)
  // Built from its own copy: the index reads names and archive flags live, and the caller's objects
  // (a draft) may change after this or be thrown away.
  if (lastRoster?.key !== key) lastRoster = { key, lookups: lookupsOver(buildIndex(JSON.parse(key) as Player[])) }
  return lastRoster.lookups
}

/** Drops the kept lookups (the benchmark times a matcher from cold with it). */
export function forgetMatcherLookups(): void {
  lastRoster = null
}

export function createMatcher(players: readonly Player[], ctx: MatchContext): Matcher {
  const { index, hintsOf, rankedHintsOf, nameMatchOf, paysForNameOf, providerOf, companyOf, readingOf } = lookupsFor(players)
  const active = (id: string) => index.players.get(id)?.active !== false
  const nameOf = (id: string) => index.players.get(id)?.name ?? id
  const names = (ids: string[]) => joinNames(ids.map(nameOf))
  const minPrice = Math.min(...ctx.pricePences.filter((p) => Number.isInteger(p) && p > 0), Number.MAX_SAFE_INTEGER)
  const pooledSeen = new Map<string, boolean>()
  // The names a household account (one linked to several players) was seen under: the same payer
  // in a statement export, which carries no account number, is that household too.
  const householdByName = new Map<string, string[]>()
  for (const [key, ids] of [...index.byIdentity, ...index.byPayerIdentity]) {
    const all = orderIds(index, [...(index.byIdentity.get(key) ?? []), ...(index.byPayerIdentity.get(key) ?? []), ...ids])
    if (all.length < 2) continue
    for (const n of ctx.namesByIdentity?.get(key) ?? []) if (nameKey(n)) householdByName.set(nameKey(n), all)
  }

  function seenPooled(key: string): boolean {
    let v = pooledSeen.get(key)
    if (v === undefined) {
      const seen = distinctNames(ctx.namesByIdentity?.get(key) ?? [])
      v = seen.some((a, i) => seen.slice(i + 1).some((b) => !couldBeSameHolder(a, b)))
      pooledSeen.set(key, v)
    }
    return v
  }

  /** See PaymentFacts.seenAs. The names seen are the account's other payments' (a statement's and the API's alike). */
  function accountSeenAs(key: string, payerName: string): string[] {
    const ids = new Set<string>()
    for (const seen of ctx.namesByIdentity?.get(key) ?? []) {
      if (nameKey(seen) === nameKey(payerName) || !couldBeSameHolder(seen, payerName)) continue
      const m = nameIn(index, seen)
      if (m.joint) continue
      for (const e of m.entries) if (e.via === 'name') ids.add(e.playerId)
    }
    return orderIds(index, ids)
  }

  function facts(payment: MatchInput): PaymentFacts {
    const provider = providerOf(payment.payerName)
    let pooled = provider
    if (!pooled && payment.identity) {
      const key = identityKey(payment.identity)
      pooled = seenPooled(key) || (ctx.namesByIdentity?.get(key) ?? []).some((n) => n.trim() !== '' && payment.payerName.trim() !== '' && !couldBeSameHolder(n, payment.payerName))
    }
    const payerName = provider ? '' : payment.payerName
    const reading = readingOf(`${payerName.length}:${payerName}${payment.reference}`)
    const key = payment.identity && !pooled ? identityKey(payment.identity) : null
    const nm = payerName ? nameMatchOf(payerName) : { entries: [], joint: false }
    const viaName = new Set(nm.entries.filter((e) => e.via === 'name').map((e) => e.playerId))
    const named = orderIds(index, nm.entries.map((e) => e.playerId))
    const sure = (ids: string[]) => preferActive(index, orderIds(index, ids))
    // Near spellings cost the most to find and most payments never need them: found on first use.
    let hints: Hint[] | null = null
    let seenAs: string[] | null = null
    const f: PaymentFacts = {
      provider,
      pooled,
      company: companyOf(payment.payerName),
      reading,
      targets: [],
      loose: [],
      ambiguous: reading.mentions
        .filter((m) => m.how === 'first' && m.playerIds.filter(active).length > 1)
        .map((m) => orderIds(index, m.playerIds.filter(active))),
      ownAccount: key ? sure(index.byIdentity.get(key) ?? []) : [],
      paysForAccount: key ? sure(index.byPayerIdentity.get(key) ?? []) : [],
      named,
      namedByAlias: named.filter((id) => !viaName.has(id)),
      joint: nm.joint,
      paysForName: payerName ? sure(paysForNameOf(payerName)) : [],
      householdName: payerName ? (householdByName.get(nameKey(payerName)) ?? []) : [],
      get seenAs() {
        seenAs ??= key && payerName.trim() ? sure(accountSeenAs(key, payerName)) : []
        return seenAs
      },
      get hints() {
        // A payer who is a player by name is that player: their surname makes no family suggestions.
        hints ??= payerName ? rankedHintsOf(payerName).filter((h) => !h.family || named.length === 0) : []
        return hints
      },
    }
    // A name written plainly ("for priya", a full name, a code) says who it's for. A first name on its
    // own says so from a parent or a stranger, but from another player it may be the organiser's own
    // name ("DAN FOOTY" paid to Dan), so then it only suggests.
    const fromPlayer = payerSelf(f).length > 0
    const counts = (m: Mention) => m.how !== 'surname' && m.playerIds.length === 1 && (m.intent === 'strong' || (m.intent === 'weak' && !fromPlayer))
    f.targets = sure([...reading.codes, ...reading.mentions.filter(counts).flatMap((m) => m.playerIds)])
    f.loose = orderIds(
      index,
      reading.mentions.filter((m) => !counts(m) && (m.how === 'surname' || m.playerIds.length === 1)).flatMap((m) => m.playerIds).filter(active),
    ).filter((id) => !f.targets.includes(id))
    return f
  }

  const result = (
    status: MatchStatus,
    rule: MatchRule | null,
    candidates: string[],
    explanation: string,
    split: Allocation[] | null = null,
  ): MatchResult => ({ status, rule, allocations: [], candidates: [...new Set(candidates)], explanation, split })

  /** Credits `id` unless the amount or the words say to check first. */
  function credit(payment: MatchInput, f: PaymentFacts, id: string, rule: MatchRule, why: string): MatchResult {
    const warning =
      pitchWarning(nameOf(id), payment.amountPence, ctx.pitchPences ?? [], ctx.pricePences) ??
      notSubsWarning(nameOf(id), payment.amountPence, payment.reference, ctx.pricePences, f.reading.game)
    if (warning) return result('suggested', rule, [id], warning)
    return {
      status: 'matched',
      rule,
      allocations: [{ playerId: id, amountPence: payment.amountPence }],
      candidates: [id],
      explanation: `Credited to ${nameOf(id)}: ${why}`,
      split: null,
    }
  }

  function payerSelf(f: PaymentFacts): string[] {
    const self = new Set([...f.ownAccount, ...(f.joint ? [] : f.named.filter(active)), ...(f.named.length ? [] : f.seenAs.filter(active))])
    return orderIds(index, self)
  }

  /** Everyone a payer is known to pay for: a household account, a joint account of players, a learned payer. */
  function household(f: PaymentFacts): string[] {
    const linked = orderIds(index, [...f.ownAccount, ...f.paysForAccount])
    if (linked.length > 0) return linked
    if (f.joint) return f.named.filter(active)
    if (f.householdName.length > 1) return f.householdName.filter(active)
    return f.paysForName
  }

  function hintIds(f: PaymentFacts): string[] {
    return [...f.hints.map((h) => h.playerId), ...f.reading.codeHints]
  }

  /**
   * The payer's name is the player's own name, or near it: not a parent, partner or friend paying
   * for them. A bank name Subs learned for them ("R PATEL" for Priya) doesn't make it theirs.
   */
  function payerFits(payment: MatchInput, f: PaymentFacts, id: string): boolean {
    if (f.named.includes(id) && !f.namedByAlias.includes(id)) return true
    return hintsOf(payment.payerName).some((h) => h.playerId === id && h.via === 'name' && !h.family)
  }

  /**
   * A payer known to pay for someone else whose note is just their own first name ("raj footy" from
   * R PATEL, who pays for Priya): they may be paying for themselves this time. The sentence, or null.
   */
  function ownName(payment: MatchInput, f: PaymentFacts, id: string): string | null {
    const word = f.reading.payerFirstName
    if (!word || payerFits(payment, f, id)) return null
    // "CALLUMN" or "CAL" from MRS C MACDONALD names Callum, however it starts.
    const given = nameTokens(nameOf(id))[0] ?? ''
    if (isShortFormOf(word, given) || (allowedTypos(word) > 0 && editDistance(word, given, allowedTypos(word)) <= allowedTypos(word))) return null
    const who = nameOf(id)
    return `The note '${payment.reference.trim()}' looks like the payer's own name ('${word}'), not ${who}'s — check it's for ${who}`
  }

  /**
   * A common form of a player's first name with their surname ("Daniel Whitfield" for Dan Whitfield,
   * "Oliver Bennett" for Ollie Bennett): that player, when they are the only one the name could be. Any
   * other player it hints at, archived or sharing the surname (a brother, a sister), and it waits.
   * An initial and surname ("M KHAN", "C EVANS") never credits this way: a common surname with an
   * initial is a different person as often as not, whatever the note says.
   */
  function soleNameFit(payment: MatchInput, f: PaymentFacts, ranked: Hint[]): string | null {
    // Two people ("DANIEL & SARAH WHITFIELD") or a firm ("EVANS WILLIAMS LTD") is not one player's name.
    if (f.company || f.joint || jointSides(payment.payerName).length > 0) return null
    const fits = [...new Set(ranked.map((h) => h.playerId))]
    if (fits.length !== 1 || !active(fits[0]!)) return null
    const id = fits[0]!
    if (!ranked.some((h) => h.playerId === id && h.why === SHORT_FORM && !h.family && h.via === 'name')) return null
    const words = nameTokens(payment.payerName).filter((t) => t.length > 1)
    const own = nameTokens(nameOf(id))
    if (words.length !== 2 || own.length !== 2) return null
    const [given, surname] = own as [string, string]
    const same = (first: string, last: string) => last === surname && isCommonFormOf(first, given)
    return same(words[0]!, words[1]!) || same(words[1]!, words[0]!) ? id : null
  }

  function decide(payment: MatchInput, f: PaymentFacts): MatchResult {
    const ref = payment.reference.trim()
    const self = payerSelf(f)
    const home = household(f)
    const everyone = () => [...f.targets, ...f.ambiguous.flat(), ...self, ...home, ...f.paysForName, ...hintIds(f)]

    // Words that say it's for something else: never credit, whoever it is from.
    if (f.reading.otherPurpose.length > 0) {
      const who = [...new Set([...self, ...home, ...everyone()])]
      // "From X" only when X is the payer (or pays from this account), not a player the name hints at.
      const payer = [...self, ...home][0]
      const from = payer ? `From ${nameOf(payer)}, but t` : 'T'
      return result('suggested', null, who, `${from}he note '${ref}' sounds like something other than the game — check it's subs`)
    }

    // One payment for several people: suggest the split, never credit it whole.
    const multi = f.reading.multiplier
    if (f.targets.length >= 2 || multi) {
      const party = [...f.targets]
      if (multi?.withPayer && self.length === 1 && !party.includes(self[0]!)) party.unshift(self[0]!)
      if (multi?.count && party.length < multi.count) for (const id of home) if (party.length < multi.count && !party.includes(id)) party.push(id)
      const complete = party.length >= 2 && (!multi?.count || party.length === multi.count) && f.ambiguous.length === 0
      // Less than a game each can't be for all of them: ask, don't halve it.
      if (complete && payment.amountPence < party.length * minPrice) {
        return result('suggested', null, party, `The note '${ref}' names ${names(party)}, but ${formatPence(payment.amountPence)} is less than a game each — choose who it's for`)
      }
      if (complete) {
        const split = evenSplit(payment.amountPence, party)
        return result('suggested', null, party, `The note '${ref}' covers ${names(party)} — split suggested, ${shares(split)}`, split)
      }
      const who = [...party, ...everyone()]
      const known = party.length ? ` — only ${names(party)} ${party.length === 1 ? 'is' : 'are'} known` : ''
      return result('suggested', null, who, `The note '${ref}' says it covers more than one person${known}: assign or split it`)
    }

    if (f.ambiguous.length > 0) {
      const first = f.ambiguous[0]!
      return result('unmatched', null, [...f.targets, ...first, ...self], `The note '${ref}' could mean ${joinNames(first.map(nameOf), 'or')} — choose who it's for`)
    }

    // It also covers someone else ("ollie + my mate jack", "kofi and a guest"): never all to one player.
    if (f.reading.alsoFor) {
      const who = [...f.targets, ...self, ...home, ...f.loose, ...hintIds(f)]
      const only = f.targets.length ? names(f.targets) : self.length ? names(self) : ''
      const also = `says it also covers someone else ('${f.reading.alsoFor}')${only ? `, not only ${only}` : ''}`
      return result(who.length ? 'suggested' : 'unmatched', null, who, `The note '${ref}' ${also} — assign or split it`)
    }

    // The reference names one player: deliberate, so it outranks the account and the payer's name.
    if (f.targets.length === 1) {
      const id = f.targets[0]!
      const byCode = f.reading.codes.includes(id)
      const what = byCode ? `the reference '${ref}' is ${nameOf(id)}'s` : `the reference '${ref}' names ${nameOf(id)}`
      const What = what[0]!.toUpperCase() + what.slice(1)
      // One dropped, extra or swapped key turns the payer's own code into another player's (SUBS-JSMIT and
      // SUBS-JSMI): a code that near the payer's own is as likely a typo as a choice.
      const typo = byCode && !self.includes(id) ? self.filter((s) => codesNear(index, s, id)) : []
      if (typo.length > 0) {
        const mine = index.players.get(typo[0]!)?.reference ?? ''
        return result('unmatched', null, [id, ...typo], `${What}, but ${names(typo)} paid and their own code ${mine} is one keystroke from it — choose who it's for`)
      }
      const other = self.find((s) => s !== id)
      if (other && !self.includes(id)) {
        // A known player paying for someone else: one game's worth is clearly the other's; more could be both.
        if (!isOneGameOrLess(payment.amountPence, ctx.pricePences)) {
          const split = evenSplit(payment.amountPence, [other, id])
          return result('suggested', 'reference', [id, other], `${What}, but ${nameOf(other)} paid ${formatPence(payment.amountPence)} — for ${nameOf(id)} alone, or both of them?`, split)
        }
        return credit(payment, f, id, 'reference', `${what} (paid by ${nameOf(other)})`)
      }
      return credit(payment, f, id, 'reference', what)
    }

    // A payment provider's pooled account: the reference is the sender, so the name in it is read
    // like a payer's name — a player's full name credits, initials or a short form only suggest.
    if (f.pooled && f.provider) {
      const via = payment.payerName.trim() || 'a payment provider'
      const sender = f.reading.nameWords
      const nm = sender ? nameIn(index, sender) : { entries: [], joint: false }
      const fit = preferActive(index, orderIds(index, nm.entries.map((e) => e.playerId)))
      const id = fit.length === 1 && !nm.joint ? fit[0]! : null
      const clear = id !== null && active(id) && !f.reading.forSomeone && !f.reading.relation && f.loose.every((l) => l === id)
      if (clear) return credit(payment, f, id, 'reference', `the reference '${ref}' is their name, sent through ${via}`)
      const inside = sender ? rankedHintsOf(sender) : []
      const who = [...new Set([...fit, ...f.loose, ...inside.map((h) => h.playerId), ...f.reading.codeHints])]
      if (who.length > 0) return result('suggested', null, who, `Sent through ${via}, a shared account: the reference could be ${names(who.slice(0, 3))} — not certain enough to credit`)
      return result('unmatched', null, [], `Sent through ${via}, a shared account that doesn't say who paid, and the reference names no player`)
    }

    // A player named in passing, or someone paid for who isn't in the squad: don't credit the payer.
    const passing = f.loose.filter((id) => !self.includes(id))
    if (passing.length > 0) {
      const who = [...passing, ...self, ...home, ...hintIds(f)]
      return result('suggested', null, who, `The note '${ref}' mentions ${names(passing)} — check who it's for`)
    }
    if (f.reading.forSomeone) {
      const who = [...new Set([...self, ...home, ...f.paysForName, ...hintIds(f)])]
      return result(who.length ? 'suggested' : 'unmatched', null, who, `The note says it's for '${f.reading.forSomeone}', who isn't in your squad — assign it, or add them as a player`)
    }
    // A player paying "for my brother" or "+ guest": not (only) their own subs. A parent's "for my son" is fine.
    if (f.reading.relation && self.length > 0) {
      return result('suggested', null, [...self, ...home, ...hintIds(f)], `The note '${ref}' says it's for someone else too ('${f.reading.relation}') — check who it's for`)
    }

    // A household: an account or payer linked to several players, or a joint account of players.
    if (home.length >= 2) {
      const what = f.joint ? `'${payment.payerName}' is a joint account of` : 'This payer pays for'
      const rule = f.joint ? 'name' : 'identity'
      // Less than a game each is one person's game: ask who, don't halve it.
      if (payment.amountPence < home.length * minPrice) return result('suggested', rule, home, `${what} ${names(home)} — choose who this one is for`)
      const split = evenSplit(payment.amountPence, home)
      return result('suggested', rule, home, `${what} ${names(home)} — split suggested, ${shares(split)}`, split)
    }

    const linked = orderIds(index, [...f.ownAccount, ...f.paysForAccount])
    if (linked.length === 1) {
      const id = linked[0]!
      const clash = f.named.filter((n) => active(n) && n !== id)
      if (clash.length > 0) {
        return result('unmatched', null, [id, ...clash], `The account is remembered for ${nameOf(id)} but the payer name says ${names(clash)} — choose who paid`)
      }
      const own = ownName(payment, f, id)
      if (own) return result('suggested', 'identity', [id], own)
      const why = f.ownAccount.includes(id) ? 'paid from their own account before' : `this account pays for ${nameOf(id)}, as you told Subs`
      return credit(payment, f, id, 'identity', why)
    }

    // The account sent under one player's full name before, and this name could be the same holder's.
    const seen = f.seenAs.filter(active)
    if (seen.length === 1 && f.named.length === 0 && f.paysForName.length === 0) {
      const id = seen[0]!
      const own = ownName(payment, f, id)
      if (own) return result('suggested', 'identity', [id], own)
      return credit(payment, f, id, 'identity', `the same bank account paid under their full name before`)
    }

    const byName = f.named.filter(active)
    const byPayer = f.paysForName
    if (byName.length === 0 && byPayer.length === 0 && f.named.length > 0) {
      return result('suggested', null, [...f.named, ...hintIds(f)], `'${payment.payerName}' is the name of an archived player — restore them, or assign it`)
    }
    const people = orderIds(index, [...byName, ...byPayer])
    if (people.length > 1) {
      const fit = people.length === 2 ? 'both fit' : 'all fit'
      return result('unmatched', null, [...people, ...hintIds(f)], `${names(people)} ${fit} the payer name — choose who paid`)
    }
    if (people.length === 1) {
      const id = people[0]!
      // An accepted bank name ("J SMITH") that also fits another player's own name may be either.
      if (f.namedByAlias.includes(id)) {
        const others = [...new Set(hintsOf(payment.payerName).filter((h) => h.playerId !== id && h.via === 'name' && !h.family && active(h.playerId)).map((h) => h.playerId))]
        if (others.length > 0) return result('unmatched', null, [id, ...others], `'${payment.payerName}' fits ${names([id, ...others])} — choose who paid`)
      }
      const own = ownName(payment, f, id)
      if (own) return result('suggested', 'name', [id], own)
      if (byPayer.includes(id) && !byName.includes(id)) return credit(payment, f, id, 'name', `'${payment.payerName}' pays for ${nameOf(id)}, as you told Subs`)
      const why = f.joint ? `'${payment.payerName}' is a joint account in their name` : `the payer name '${payment.payerName}' is theirs`
      return credit(payment, f, id, 'name', why)
    }

    const ranked = rankHints(index, [...f.hints, ...f.reading.codeHints.map((playerId) => ({ playerId, score: 3, why: 'their reference code', via: 'name' as const }))])
    if (ranked.length === 0) {
      const refText = ref ? ` or the reference '${ref}'` : ''
      const pooledText = f.pooled && payment.identity ? ' (this account has paid under different names, so it is shared)' : ''
      return result('unmatched', null, [], `No player matches the payer '${payment.payerName}'${refText}${pooledText}`)
    }
    // Only a shared surname: family of the player, perhaps, never the player.
    if (ranked.every((h) => h.family)) {
      const kin = joinNames(ranked.slice(0, 3).map((h) => nameOf(h.playerId)), 'or')
      return result('suggested', null, ranked.map((h) => h.playerId), `'${payment.payerName}' shares a surname with ${kin} — family, perhaps: not certain enough to credit`)
    }
    const sole = soleNameFit(payment, f, ranked)
    if (sole) {
      const own = ownName(payment, f, sole)
      if (own) return result('suggested', 'name', [sole], own)
      return credit(payment, f, sole, 'name', `the payer name '${payment.payerName}' is ${nameOf(sole)}'s name, written another way`)
    }
    const top = ranked.slice(0, 3).map((h) => `${nameOf(h.playerId)} (${h.why})`)
    return result('suggested', null, ranked.map((h) => h.playerId), `'${payment.payerName}' could be ${top.join(' or ')} — not certain enough to credit`)
  }

  function shares(split: Allocation[]): string {
    const amounts = new Set(split.map((s) => s.amountPence))
    if (amounts.size === 1) return `${formatPence(split[0]!.amountPence)} each`
    return split.map((s) => `${nameOf(s.playerId)} ${formatPence(s.amountPence)}`).join(', ')
  }

  return {
    index,
    facts,
    match: (payment) => decide(payment, facts(payment)),
  }
}

function distinctNames(list: readonly string[]): string[] {
  const seen = new Map<string, string>()
  for (const n of list) if (n.trim() && !seen.has(nameKey(n))) seen.set(nameKey(n), n)
  return [...seen.values()]
}

/** One-off convenience; for many payments build the matcher once with createMatcher. */
export function matchPayment(payment: MatchInput, players: readonly Player[], ctx: MatchContext): MatchResult {
  return createMatcher(players, ctx).match(payment)
}
