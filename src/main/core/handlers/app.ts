// App-level channels: the snapshot, recovery and backups, links, clipboard, first run and demo mode.
import type { Handlers } from '../invoke'
import type { Snapshot } from '../../../shared/views'
import type { CoreContext } from './context'
import { isAllowedExternalUrl } from '../external-links'
import { UserError } from '../errors'
import { emptyData } from '../store/schema'
import { seedDemo } from '../demo'

type AppChannels = Pick<
  Handlers,
  | 'app:snapshot'
  | 'app:dismissRecovery'
  | 'app:listBackups'
  | 'app:restoreBackup'
  | 'app:openExternal'
  | 'app:copy'
  | 'app:startDemo'
  | 'app:leaveDemo'
  | 'app:dismissWelcome'
>

export interface AppDeps {
  snapshot: () => Snapshot
  bank: { extraOrigins(): string[]; enterDemo(): Promise<void>; leaveDemo(): Promise<void> }
}

export function appHandlers(ctx: CoreContext, deps: AppDeps): AppChannels {
  return {
    'app:snapshot': () => deps.snapshot(),
    'app:dismissRecovery': async () => {
      await ctx.store.dismissRecovery()
      ctx.events.emit('data:changed', { at: ctx.now().toISOString() })
      return null
    },
    'app:listBackups': async () =>
      (await ctx.store.listBackups()).map((b) => ({ name: b.name, day: b.day, sizeBytes: b.sizeBytes })),
    'app:restoreBackup': async ({ name }) => {
      await ctx.store.restoreBackup(name)
      ctx.events.emit('data:changed', { at: ctx.now().toISOString() })
      return null
    },
    'app:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url, deps.bank.extraOrigins())) {
        throw new UserError('Subs only opens Monzo and monzo.me links.', 'forbidden')
      }
      await ctx.platform.openExternal(url)
      return null
    },
    'app:copy': async ({ text }) => {
      await ctx.platform.copyText(text)
      return null
    },
    'app:startDemo': async () => {
      const d = ctx.store.data
      if (d.players.length > 0 || d.fixtures.length > 0) {
        throw new UserError('The demo only starts on an empty Subs, so your own players and fixtures are never mixed with sample ones.')
      }
      await ctx.change((draft) => seedDemo(draft, ctx.now()))
      await deps.bank.enterDemo()
      return null
    },
    'app:leaveDemo': async () => {
      if (!ctx.store.data.demo) return null
      await deps.bank.leaveDemo()
      await ctx.change((draft) => {
        const fresh = emptyData()
        Object.assign(draft, fresh, { settings: draft.settings, welcomed: true })
      })
      return null
    },
    'app:dismissWelcome': () => ctx.change((d) => ((d.welcomed = true), null)),
  }
}
