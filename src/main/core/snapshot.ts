// Everything the renderer shows, derived from the data file in one pass.
import type { FixtureView, MonzoStatusView, Snapshot, SyncStatusView } from '../../shared/views'
import type { DataStore } from './store/data-store'
import { squadLabel } from './roster/squad'
import { isPast, localParts } from './roster/when'
import { computeLedger, waitingPayments, whoOwes } from './ledger/balances'
import { inboxGroups, learnedFacts } from './ledger/inbox-view'
import { playersWithHistory } from './roster/players'

export function buildSnapshot(store: DataStore, now: Date, monzo: MonzoStatusView, sync: SyncStatusView, notices: readonly string[] = []): Snapshot {
  const d = store.data
  const ledger = computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now, chargeWhen: d.settings.chargeWhen })
  const waiting = waitingPayments(d.payments)
  const fixtures: FixtureView[] = d.fixtures
    .map((f) => {
      const past = isPast(f.kickoffAt, now)
      return {
        ...f,
        ...localParts(f.kickoffAt),
        isPast: past,
        effectiveStatus: f.status === 'cancelled' ? 'cancelled' : past || f.status === 'played' ? 'played' : 'scheduled',
        squad: squadLabel(f, now),
        paid: ledger.fixtures[f.id] ?? {},
      } satisfies FixtureView
    })
    .sort((a, b) => a.kickoffAt.localeCompare(b.kickoffAt))
  const byId = new Map(d.players.map((p) => [p.id, p]))
  const kickoff = new Map(d.fixtures.map((f) => [f.id, f.kickoffAt]))
  const balances = whoOwes(ledger, d.players).map((b) => {
    const p = byId.get(b.playerId)
    return {
      playerId: b.playerId,
      name: p?.name ?? 'Unknown player',
      reference: p?.reference ?? '',
      chargedPence: b.chargedPence,
      paidPence: b.paidPence,
      owesPence: b.owesPence,
      unpaidFixtures: b.unpaidFixtures.map((u) => ({
        fixtureId: u.fixtureId,
        kickoffAt: kickoff.get(u.fixtureId) ?? '',
        owedPence: u.outstandingPence,
      })),
      dueNextPence: b.dueNextPence,
      dueNext: b.dueNextFixtures.map((u) => ({ fixtureId: u.fixtureId, kickoffAt: u.kickoffAt, owedPence: u.outstandingPence })),
      waiting: waiting[b.playerId] ?? [],
      lastPaymentAt: b.lastPaymentAt,
    }
  })
  const recovery = store.recovery
  const payments = [...d.payments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return {
    dataFile: store.file,
    demo: d.demo,
    players: d.players,
    fixtures,
    payments,
    balances,
    position: ledger.organiser,
    settings: d.settings,
    playersWithHistory: [...playersWithHistory(d, now)].filter((id) => byId.has(id)),
    recovery: recovery
      ? {
          reason: recovery.reason,
          movedTo: recovery.movedTo,
          backups: recovery.backups.map((b) => ({ name: b.name, day: b.day, sizeBytes: b.sizeBytes, takenAt: b.takenAt })),
        }
      : null,
    monzo,
    sync,
    firstRun: !d.welcomed,
    inbox: inboxGroups(d, payments),
    learned: learnedFacts(d),
    unreadable: d.unreadable
      .filter((u) => !u.dismissed)
      .sort((a, b) => (b.createdAt ?? b.firstSeenAt).localeCompare(a.createdAt ?? a.firstSeenAt)),
    notices: [...notices],
  }
}
