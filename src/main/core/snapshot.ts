// Everything the renderer shows, derived from the data file in one pass.
import type { FixtureView, MonzoStatusView, Snapshot, SyncStatusView } from '../../shared/views'
import type { DataStore } from './store/data-store'
import { squadLabel } from './roster/squad'
import { isPast, localParts } from './roster/when'
import { computeLedger, whoOwes } from './ledger/balances'

export function buildSnapshot(store: DataStore, now: Date, monzo: MonzoStatusView, sync: SyncStatusView, notices: readonly string[] = []): Snapshot {
  const d = store.data
  const ledger = computeLedger({ players: d.players, fixtures: d.fixtures, payments: d.payments, now })
  const fixtures: FixtureView[] = d.fixtures
    .map((f) => {
      const past = isPast(f.kickoffAt, now)
      return {
        ...f,
        ...localParts(f.kickoffAt),
        isPast: past,
        effectiveStatus: f.status === 'cancelled' ? 'cancelled' : past || f.status === 'played' ? 'played' : 'scheduled',
        squad: squadLabel(f),
        paid: ledger.fixtures[f.id] ?? {},
      } satisfies FixtureView
    })
    .sort((a, b) => a.kickoffAt.localeCompare(b.kickoffAt))
  const byId = new Map(d.players.map((p) => [p.id, p]))
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
        kickoffAt: d.fixtures.find((f) => f.id === u.fixtureId)?.kickoffAt ?? '',
        owedPence: u.outstandingPence,
      })),
      lastPaymentAt: b.lastPaymentAt,
    }
  })
  const recovery = store.recovery
  return {
    dataFile: store.file,
    demo: d.demo,
    players: d.players,
    fixtures,
    payments: [...d.payments].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    balances,
    position: ledger.organiser,
    settings: d.settings,
    recovery: recovery
      ? {
          reason: recovery.reason,
          movedTo: recovery.movedTo,
          backups: recovery.backups.map((b) => ({ name: b.name, day: b.day, sizeBytes: b.sizeBytes })),
        }
      : null,
    monzo,
    sync,
    firstRun: !d.welcomed,
    unreadable: d.unreadable
      .filter((u) => !u.dismissed)
      .sort((a, b) => (b.createdAt ?? b.firstSeenAt).localeCompare(a.createdAt ?? a.firstSeenAt)),
    notices: [...notices],
  }
}
