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
  | 'app:dismissNotices'
>

export interface AppDeps {
  snapshot: () => Snapshot
  bank: {
    extraOrigins(): string[]
    enterDemo(): Promise<void>
    /** The demo bank's first sync, so the demo opens with its payments (a failure is recorded for the sync panel). */
    syncDemo(): Promise<void>
    leaveDemo(): Promise<void>
    monzoInUse(): boolean
  }
  /** Things that happened at start-up the organiser should know (a preferences file moved aside). */
  notices: string[]
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
      (await ctx.store.listBackups()).map((b) => ({ name: b.name, day: b.day, sizeBytes: b.sizeBytes, takenAt: b.takenAt })),
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
      if (d.demo) return null
      // Leaving the demo empties the data file, so it may only ever start on an empty one.
      if (d.players.length > 0 || d.fixtures.length > 0 || d.payments.length > 0) {
        throw new UserError('The demo only starts on an empty Subs, so your own players, fixtures and payments are never mixed with sample ones.', 'not_empty')
      }
      if (deps.bank.monzoInUse()) {
        throw new UserError('Your own Monzo is connected, so the demo bank stays off. Disconnect Monzo in Settings first if you really want the demo.', 'monzo_connected')
      }
      await ctx.change((draft) => seedDemo(draft, ctx.now()))
      await deps.bank.enterDemo()
      // As connecting Monzo does: sync straight away, so past games don't read "Not paid" until a click.
      await deps.bank.syncDemo()
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
    'app:dismissNotices': () => {
      deps.notices.splice(0)
      ctx.events.emit('data:changed', { at: ctx.now().toISOString() })
      return null
    },
  }
}
