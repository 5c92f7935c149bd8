// Players, fixtures and settings channels.
import type { Handlers } from '../invoke'
import type { CoreContext } from './context'
import { createPlayer, deletePlayer, updatePlayer } from '../roster/players'
import {
  addPlayerToFixture,
  copyRoster,
  createFixtures,
  deleteFixture,
  findFixture,
  heldForConsent,
  removePlayerFromFixture,
  restorePlayerToFixture,
  setCancelled,
  updateFixture,
} from '../roster/fixtures'
import { UserError } from '../errors'
import { rematchInbox } from '../sync/apply'
import type { SubsData } from '../store/schema'
import { fixtureGroupText } from '../ledger/group-chat'
import { organiserDates } from '../platform'

type RosterChannels = Pick<
  Handlers,
  | 'players:create'
  | 'players:update'
  | 'players:delete'
  | 'fixtures:create'
  | 'fixtures:update'
  | 'fixtures:delete'
  | 'fixtures:setCancelled'
  | 'fixtures:addPlayer'
  | 'fixtures:removePlayer'
  | 'settings:update'
  | 'fixtures:restorePlayer'
  | 'fixtures:copyRoster'
  | 'fixtures:groupText'
>

export function rosterHandlers(ctx: CoreContext): RosterChannels {
  /**
   * A change to what Subs knows (a player's name or bank names, who is archived, the prices) can
   * settle or unsettle payments waiting in the inbox, so they are matched again in the same write.
   */
  const knowing = <T>(fn: (d: SubsData) => T) =>
    ctx.change((d) => {
      const out = fn(d)
      rematchInbox(d, ctx.now())
      return out
    })
  return {
    'players:create': (input) => knowing((d) => createPlayer(d, input, ctx.now())),
    'players:update': ({ id, ...patch }) => knowing((d) => updatePlayer(d, id, patch, ctx.now())),
    'players:delete': ({ id }) => knowing((d) => (deletePlayer(d, id, ctx.now()), null)),
    'fixtures:create': (input) => knowing((d) => ({ ids: createFixtures(d, input, ctx.now()).map((f) => f.id) })),
    'fixtures:update': ({ id, allowMoves, ...patch }) =>
      // A change that needs the organiser's agreement first writes nothing (and tells no window).
      heldForConsent(ctx.store.data, id, patch, { allowMoves }) ?? knowing((d) => updateFixture(d, id, patch, { allowMoves })),
    'fixtures:delete': ({ id }) => ctx.change((d) => (deleteFixture(d, id), null)),
    'fixtures:setCancelled': ({ id, cancelled }) => ctx.change((d) => (setCancelled(d, id, cancelled), null)),
    'fixtures:addPlayer': ({ fixtureId, playerId }) =>
      ctx.change((d) => ({ placement: addPlayerToFixture(d, fixtureId, playerId) })),
    'fixtures:removePlayer': ({ fixtureId, playerId }) => ctx.change((d) => removePlayerFromFixture(d, fixtureId, playerId)),
    'fixtures:restorePlayer': ({ fixtureId, playerId, ...removal }) =>
      ctx.change((d) => (restorePlayerToFixture(d, fixtureId, playerId, removal), null)),
    'fixtures:copyRoster': ({ fixtureId, fromId }) => ctx.change((d) => copyRoster(d, fixtureId, fromId)),
    'fixtures:groupText': ({ id }) => {
      const d = ctx.store.data
      const names = new Map(d.players.map((p) => [p.id, p.name]))
      const text = fixtureGroupText(findFixture(d, id), (pid) => names.get(pid) ?? 'Removed player', {
        dates: organiserDates(ctx.platform),
        now: ctx.now(),
      })
      return { text }
    },
    'settings:update': (patch) =>
      knowing((d) => {
        const next = { ...d.settings, ...patch }
        if (next.defaultMinPlayers > next.defaultMaxPlayers) {
          throw new UserError(
            `The minimum (${next.defaultMinPlayers}) can't be more than the maximum (${next.defaultMaxPlayers}) players.`,
            'invalid',
            'defaultMinPlayers',
          )
        }
        d.settings = next
        return next
      }),
  }
}
