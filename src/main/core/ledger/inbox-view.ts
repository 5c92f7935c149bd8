// The inbox as the organiser triages it (one card per payer), and what Subs has learned per player.
import type { Payment } from '../../../shared/domain'
import type { InboxGroupView, LearnedFactView } from '../../../shared/views'
import type { SubsData } from '../store/schema'
import { couldBeSameHolder } from '../matching/name-forms'
import { nameKey } from '../matching/normalise'
import { identityKey } from '../matching/player-index'
import { isPaymentProvider } from '../matching/pooled-payers'
import { namesByIdentity } from '../sync/apply'
import { describeIdentity, payerLinkKey } from './learning'

export function isInbox(p: Payment): boolean {
  return !p.decided && !p.declined && (p.status === 'unmatched' || p.status === 'suggested')
}

/** Accounts seen with more than one person's name: shared, so never a reason to group payments. */
function pooledKeys(d: SubsData): Set<string> {
  const out = new Set<string>()
  for (const [key, list] of namesByIdentity(d)) {
    const distinct = [...new Map(list.map((n) => [nameKey(n), n])).values()]
    if (distinct.some((a, i) => distinct.slice(i + 1).some((b) => !couldBeSameHolder(a, b)))) out.add(key)
  }
  return out
}

/**
 * Groups by payer (their account when known, else their name) and by what Subs made of the payment,
 * so "assign all" never sweeps a payment that says something different ("drinks") into a decision.
 */
export function inboxGroups(d: SubsData, payments: readonly Payment[]): InboxGroupView[] {
  const pooled = pooledKeys(d)
  const groups = new Map<string, InboxGroupView>()
  for (const p of payments) {
    if (!isInbox(p)) continue
    const account = p.identity ? identityKey(p.identity) : null
    const shared = isPaymentProvider(p.payerName) || (account !== null && pooled.has(account))
    const payer = shared ? `one:${p.id}` : account ?? `name:${nameKey(p.payerName) || p.id}`
    const split = p.split && p.split.length > 1 ? p.split : null
    // What Subs made of it, without the words quoted from each payment: "no player matches the payer
    // '…' or the reference '…'" is one reading whatever the reference said; "sounds like something
    // other than the game" is another, and stays on a card of its own.
    const reading = p.explanation.replace(/'[^']*'/g, "'…'").replace(/£[\d,.]+/g, '£')
    const key = [payer, p.status, p.candidates.join(','), split?.map((s) => s.playerId).join('+') ?? '', reading].join('|')
    const g = groups.get(key)
    if (g) {
      g.payments.push(p)
      g.totalPence += p.amountPence
      continue
    }
    groups.set(key, {
      key,
      payerName: p.payerName,
      payments: [p],
      totalPence: p.amountPence,
      status: p.status === 'suggested' ? 'suggested' : 'unmatched',
      candidates: p.candidates,
      split,
      explanation: p.explanation,
      shared,
      payerKey: payer,
    })
  }
  const newest = (g: InboxGroupView) => g.payments[0]?.createdAt ?? ''
  return [...groups.values()].sort((a, b) => newest(b).localeCompare(newest(a)) || a.key.localeCompare(b.key))
}

/** Accounts, learned names and payers of every player, each with the players it is shared with. */
export function learnedFacts(d: SubsData): LearnedFactView[] {
  const out: LearnedFactView[] = []
  const nameOf = new Map(d.players.map((p) => [p.id, p.name]))
  const byAccount = new Map<string, string[]>()
  const byPayerName = new Map<string, string[]>()
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...new Set([...(map.get(key) ?? []), id])])
  for (const p of d.players) {
    for (const i of p.identities) add(byAccount, identityKey(i), p.id)
    for (const l of p.payers ?? []) {
      if (l.identity) add(byAccount, identityKey(l.identity), p.id)
      else if (l.name) add(byPayerName, nameKey(l.name), p.id)
    }
  }
  // The newest name each account was seen under, and names learned by assigning a payment.
  const seen = new Map<string, { name: string; at: string }>()
  const learnedNames = new Map<string, Set<string>>()
  const taughtAt = new Map<string, string>()
  for (const pay of d.payments) {
    if (pay.identity && pay.payerName) {
      const k = identityKey(pay.identity)
      const prev = seen.get(k)
      if (!prev || pay.createdAt > prev.at) seen.set(k, { name: pay.payerName, at: pay.createdAt })
    }
    const l = pay.learned
    if (l?.alias && l.as !== 'payer') {
      learnedNames.set(l.playerId, new Set([...(learnedNames.get(l.playerId) ?? []), l.alias]))
      taughtAt.set(`${l.playerId}|name|${l.alias}`, pay.updatedAt)
    }
    if (l?.identity && l.as !== 'payer' && pay.identity) taughtAt.set(`${l.playerId}|account|${identityKey(pay.identity)}`, pay.updatedAt)
  }
  const others = (ids: string[] | undefined, self: string) => (ids ?? []).filter((id) => id !== self).map((id) => nameOf.get(id) ?? 'a removed player')
  for (const p of d.players) {
    for (const i of p.identities) {
      const k = identityKey(i)
      const seenAs = seen.get(k)?.name
      out.push({
        playerId: p.id,
        kind: 'account',
        key: k,
        label: `Their ${describeIdentity(i).replace('their ', '')}`,
        detail: seenAs ? `Payments from it are credited to ${p.name}. Seen as '${seenAs}'.` : `Payments from it are credited to ${p.name}.`,
        learnedAt: taughtAt.get(`${p.id}|account|${k}`) ?? null,
        sharedWith: others(byAccount.get(k), p.id),
      })
    }
    for (const a of p.aliases) {
      if (!learnedNames.get(p.id)?.has(a)) continue
      out.push({
        playerId: p.id,
        kind: 'name',
        key: a,
        label: `The name '${a}'`,
        detail: `Payments from '${a}' are credited to ${p.name}.`,
        learnedAt: taughtAt.get(`${p.id}|name|${a}`) ?? null,
        sharedWith: [],
      })
    }
    for (const l of p.payers ?? []) {
      const k = payerLinkKey(l)
      const who = l.name ? `'${l.name}'` : 'A payer'
      const via = l.identity ? ` (${describeIdentity(l.identity).replace('their ', '')})` : ''
      out.push({
        playerId: p.id,
        kind: 'payer',
        key: k,
        label: `${who}${via} pays for ${p.name}`,
        detail: `Their payments are credited to ${p.name}.`,
        learnedAt: l.learnedAt,
        sharedWith: others(l.identity ? byAccount.get(k) : byPayerName.get(nameKey(l.name)), p.id),
      })
    }
  }
  for (const f of out) {
    if (f.sharedWith.length === 0) continue
    const seenAs = f.detail.match(/ Seen as '.*'\.$/)?.[0] ?? ''
    f.detail = `A household: also linked to ${f.sharedWith.join(' and ')}, so its payments are suggested as a split.${seenAs}`
  }
  for (const f of out) {
    if (f.sharedWith.length === 0) continue
    const seenAs = f.detail.match(/ Seen as '.*'\.$/)?.[0] ?? ''
    f.detail = `A household: also linked to ${f.sharedWith.join(' and ')}, so its payments are suggested as a split.${seenAs}`
  }
  return out
}
