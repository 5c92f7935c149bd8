// Players, fixtures and settings channels.
import type { Handlers } from '../invoke'
import type { CoreContext } from './context'
import { createPlayer, deletePlayer, updatePlayer } from '../roster/players'
import {
  addPlayerToFixture,
  createFixtures,
  deleteFixture,
  removePlayerFromFixture,
  setCancelled,
  updateFixture,
} from '../roster/fixtures'
import { UserError } from '../errors'
import { rematchInbox } from '../sync/apply'
import type { SubsData } from '../store/schema'

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
    'fixtures:update': ({ id, ...patch }) => knowing((d) => (updateFixture(d, id, patch), null)),
    'fixtures:delete': ({ id }) => ctx.change((d) => (deleteFixture(d, id), null)),
    'fixtures:setCancelled': ({ id, cancelled }) => ctx.change((d) => (setCancelled(d, id, cancelled), null)),
    'fixtures:addPlayer': ({ fixtureId, playerId }) =>
      ctx.change((d) => ({ placement: addPlayerToFixture(d, fixtureId, playerId) })),
    'fixtures:removePlayer': ({ fixtureId, playerId }) =>
      ctx.change((d) => ({ promoted: removePlayerFromFixture(d, fixtureId, playerId) })),
    'settings:update': (patch) =>
      knowing((d) => {
        const next = { ...d.settings, ...patch }
        if (next.defaultMinPlayers > next.defaultMaxPlayers) {
          throw new UserError(
            `The minimum (${next.defaultMinPlayers}) can't be more than the maximum (${next.defaultMaxPlayers}) players.`,
          )
        }
        d.settings = next
        return next
      }),
  }
}
