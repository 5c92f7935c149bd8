// The one IPC contract. Every channel is declared here once, with its input schema and result type.
// main/ipc.ts registers handlers from it, preload builds window.api from it, and the e2e harness
// binds the same handlers. Channel names live in ./channels (zod-free, for the preload); the check
// below keeps that list and this contract identical.
import { z } from 'zod'
import { CHANNELS, EVENT_NAMES, type Channel, type EventName } from './channels'
import type { Settings } from './domain'
import { parseMonzoMeUsername } from './monzo-me'
import type { BackupView, LearnPlanView, MonzoStatusView, Snapshot, SyncStatusView } from './views'
import type { SyncCounts } from './sync-summary'
import type { Player } from './domain'

const channel =
  <S extends z.ZodType>(input: S) =>
  <R>() => ({ input, result: undefined as unknown as R })

const id = z.string().trim().min(1, 'is missing').max(200, 'is too long')
const text = (max: number) => z.string().max(max, `can be at most ${max} characters`)
const name = z.string().trim().min(1, 'is required').max(80, 'can be at most 80 characters')
const pence = z
  .number({ error: 'must be an amount in pence' })
  .int('must be a whole number of pence')
  .min(0, "can't be negative")
  .max(1_000_000, 'is too large (over £10,000)')
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25')
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 19:00')
const players = z.number().int('must be a whole number').min(1, 'must be at least 1').max(40, 'can be at most 40')
const none = z.undefined().or(z.null()).optional()
// What assigning a payment teaches Subs: the organiser's explicit choice (see core/ledger/learning.ts).
// Left out, Subs uses the choice it would propose, which never learns a payer who looks like someone else.
const learn = z.enum(['account', 'payer', 'once'], { error: "must be 'account', 'payer' or 'once'" })
const paymentIds = z.array(id).min(1, 'needs at least one payment').max(1000, 'can have at most 1,000 payments')

const fixtureFields = {
  date,
  time,
  location: text(120),
  pitchCostPence: pence,
  pricePence: pence,
  minPlayers: players.optional(),
  maxPlayers: players.optional(),
  notes: text(2000).optional(),
}

export const contract = {
  'app:snapshot': channel(none)<Snapshot>(),
  'app:dismissRecovery': channel(none)<null>(),
  'app:listBackups': channel(none)<BackupView[]>(),
  'app:restoreBackup': channel(z.object({ name: text(200) }).strict())<null>(),
  'app:openExternal': channel(z.object({ url: text(2000) }).strict())<null>(),
  'app:copy': channel(z.object({ text: text(10_000) }).strict())<null>(),
  'app:startDemo': channel(none)<null>(),
  'app:leaveDemo': channel(none)<null>(),
  'app:dismissWelcome': channel(none)<null>(),
  'app:dismissNotices': channel(none)<null>(),

  'players:create': channel(
    z.object({ name, aliases: z.array(name).max(20, 'can have at most 20 names').optional(), notes: text(2000).optional() }).strict(),
  )<{ player: Player; warnings: string[] }>(),
  'players:update': channel(
    z
      .object({
        id,
        name: name.optional(),
        aliases: z.array(name).max(20, 'can have at most 20 names').optional(),
        notes: text(2000).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
  )<{ player: Player; warnings: string[] }>(),
  'players:delete': channel(z.object({ id }).strict())<null>(),

  'fixtures:create': channel(
    z
      .object({
        ...fixtureFields,
        weeks: z.number().int().min(1, 'must be at least 1').max(52, 'can be at most 52').optional(),
        copyRosterFrom: id.nullable().optional(),
        playerIds: z.array(id).max(60).optional(),
        status: z.enum(['scheduled', 'played', 'cancelled']).optional(),
      })
      .strict(),
  )<{ ids: string[] }>(),
  'fixtures:update': channel(
    z
      .object({
        id,
        date: date.optional(),
        time: time.optional(),
        location: text(120).optional(),
        pitchCostPence: pence.optional(),
        pricePence: pence.optional(),
        minPlayers: players.optional(),
        maxPlayers: players.optional(),
        notes: text(2000).optional(),
        /** The organiser agreed that a lower max moves the players named to the waiting list. */
        allowMoves: z.boolean().optional(),
      })
      .strict(),
  )<{ applied: boolean; movedToWaiting: string[]; promoted: string[] }>(),
  'fixtures:delete': channel(z.object({ id }).strict())<null>(),
  'fixtures:setCancelled': channel(z.object({ id, cancelled: z.boolean() }).strict())<null>(),
  'fixtures:addPlayer': channel(z.object({ fixtureId: id, playerId: id }).strict())<{ placement: 'roster' | 'waiting' }>(),
  'fixtures:removePlayer': channel(z.object({ fixtureId: id, playerId: id }).strict())<{
    promoted: string | null
    /** Where they were, for Undo (fixtures:restorePlayer). */
    list: 'roster' | 'waiting'
    index: number
  }>(),

  'settings:update': channel(
    z
      .object({
        defaultPricePence: pence.optional(),
        defaultPitchCostPence: pence.optional(),
        defaultMinPlayers: players.optional(),
        defaultMaxPlayers: players.optional(),
        defaultLocation: text(120).optional(),
        defaultKickoff: time.optional(),
        pollMinutes: z.number().int().min(5, 'must be at least 5 minutes').max(24 * 60, 'can be at most a day').optional(),
        // A pasted link, @handle or handle; stored as the bare username ('' clears it).
        monzoMeUsername: text(200)
          .transform((s, ctx) => {
            if (s.trim() === '') return ''
            const user = parseMonzoMeUsername(s)
            if (user === null) {
              ctx.addIssue({ code: 'custom', message: 'should be your monzo.me link or username, like monzo.me/yourname' })
              return z.NEVER
            }
            return user
          })
          .optional(),
        chargeWhen: z.enum(['played', 'rostered'], { error: 'must be after the game or on the roster' }).optional(),
        notifyAfterSync: z.boolean().optional(),
      })
      .strict(),
  )<Settings>(),

  'monzo:configure': channel(
    z
      .object({
        clientId: text(200).regex(/^[A-Za-z0-9_.-]*$/, 'must be the client ID from developers.monzo.com'),
        clientSecret: text(400).optional(),
        port: z.number().int().min(1024, 'must be 1024 or higher').max(65535, 'must be 65535 or lower'),
        allowBasicText: z.boolean().optional(),
      })
      .strict(),
  )<MonzoStatusView>(),
  'monzo:connect': channel(none)<MonzoStatusView>(),
  'monzo:cancel': channel(none)<MonzoStatusView>(),
  'monzo:selectAccount': channel(z.object({ accountId: id }).strict())<MonzoStatusView>(),
  'monzo:disconnect': channel(none)<MonzoStatusView>(),
  // The address the organiser's browser ended up on (Monzo's email opened on another device), or its code and state.
  'monzo:finishSignIn': channel(
    z
      .object({ link: text(4000).optional(), code: text(2000).optional(), state: text(400).optional() })
      .strict(),
  )<MonzoStatusView>(),
  'monzo:forget': channel(none)<MonzoStatusView>(),

  'sync:run': channel(none)<SyncStatusView>(),
  'sync:importFile': channel(none)<{
    /** Credits from people found in the file. */
    imported: number
    file: string | null
    /** What the import did, counted as a sync is; null when no file was chosen. */
    counts: SyncCounts | null
    /** The same counts in words (shared/sync-summary.ts). */
    message: string | null
  }>(),

  'payments:assign': channel(z.object({ paymentId: id, playerId: id, learn: learn.optional() }).strict())<null>(),
  'payments:split': channel(
    z
      .object({
        paymentId: id,
        parts: z
          .array(z.object({ playerId: id, amountPence: pence.refine((n) => n > 0, 'must be more than £0') }).strict())
          .min(2, 'needs at least two players')
          .max(20),
      })
      .strict(),
  )<null>(),
  'payments:ignore': channel(z.object({ paymentId: id }).strict())<null>(),
  'payments:undo': channel(z.object({ paymentId: id }).strict())<null>(),
  'payments:recordCash': channel(
    z
      .object({ playerId: id, amountPence: pence.refine((n) => n > 0, 'must be more than £0'), date, note: text(200).optional() })
      .strict(),
  )<{ id: string }>(),
  'payments:deleteCash': channel(z.object({ paymentId: id }).strict())<null>(),
  'payments:dismissUnreadable': channel(z.object({ id }).strict())<null>(),

  'payments:learnOptions': channel(z.object({ paymentId: id, playerId: id }).strict())<LearnPlanView>(),
  'payments:assignMany': channel(z.object({ paymentIds, playerId: id, learn: learn.optional() }).strict())<null>(),
  'payments:ignoreMany': channel(z.object({ paymentIds }).strict())<null>(),
  'payments:acceptSplit': channel(z.object({ paymentIds }).strict())<null>(),
  'players:forget': channel(z.object({ playerId: id, kind: z.enum(['account', 'name', 'payer']), key: text(300).min(1, 'is missing') }).strict())<null>(),

  'owes:exportCsv': channel(none)<{ file: string | null; rows: number }>(),
  'owes:paymentRequest': channel(z.object({ playerId: id }).strict())<{ message: string; link: string | null }>(),
  'fixtures:restorePlayer': channel(
    z
      .object({
        fixtureId: id,
        playerId: id,
        list: z.enum(['roster', 'waiting']),
        index: z.number().int().min(0).max(100),
        promoted: id.nullable(),
      })
      .strict(),
  )<null>(),
  'fixtures:copyRoster': channel(z.object({ fixtureId: id, fromId: id }).strict())<{ roster: string[]; waiting: string[] }>(),
  'fixtures:groupText': channel(z.object({ id }).strict())<{ text: string }>(),
  'owes:groupText': channel(none)<{ text: string; included: number; leftOut: string[] }>(),
  // "Check again" while waiting for approval in the Monzo app: asks Monzo now rather than at the next check.
  'monzo:checkApproval': channel(none)<{ allowed: boolean; monzo: MonzoStatusView }>(),
} as const satisfies Record<Channel, { input: z.ZodType; result: unknown }>

// Every name in ./channels has a schema here (the `satisfies` above) and nothing else does (this).
type Extra = Exclude<keyof typeof contract, Channel>
const noExtraChannels: [Extra] extends [never] ? true : Extra = true
void noExtraChannels

export type { Channel, EventName }
export type Contract = typeof contract
export type InputOf<K extends Channel> = z.output<Contract[K]['input']>
export type ResultOf<K extends Channel> = Contract[K]['result']
export const channels: readonly Channel[] = CHANNELS

/** `field`: the input field an error is about, so a form can show it next to that field. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string; code: string; field?: string }

/** Events main pushes to every window. Payloads are plain data. */
export interface Events {
  'data:changed': { at: string }
  'status:changed': { monzo: MonzoStatusView; sync: SyncStatusView }
  /** Main asks the window to show a page, e.g. after the organiser clicked a notification. */
  'app:navigate': { view: 'payments' | 'owes' | 'fixtures' }
}
// Every event name has a payload type and nothing else does.
type EventsMatch = [Exclude<keyof Events, EventName> | Exclude<EventName, keyof Events>] extends [never] ? true : never
const eventsMatch: EventsMatch = true
void eventsMatch
export const eventNames: readonly EventName[] = EVENT_NAMES

/** window.api: one method per channel, plus `on` for events. */
export type Api = { [K in Channel]: (input?: InputOf<K>) => Promise<Outcome<ResultOf<K>>> } & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  aliases: 'Bank names',
  notes: 'Notes',
  date: 'Date',
  time: 'Kick-off',
  location: 'Location',
  pitchCostPence: 'Pitch cost',
  pricePence: 'Price per player',
  minPlayers: 'Minimum players',
  maxPlayers: 'Maximum players',
  weeks: 'Weeks',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  port: 'Port',
  pollMinutes: 'Sync interval',
  monzoMeUsername: 'monzo.me username',
  amountPence: 'Amount',
  parts: 'Split',
  id: 'Item',
  playerId: 'Player',
  playerIds: 'Players',
  paymentId: 'Payment',
  fixtureId: 'Fixture',
  accountId: 'Account',
  copyRosterFrom: 'Copy roster from',
  status: 'Status',
  cancelled: 'Cancelled',
  active: 'Active',
  learn: 'What to remember',
  paymentIds: 'Payments',
  kind: 'What to forget',
  key: 'What to forget',
  url: 'Link',
  text: 'Text',
  note: 'Note',
  allowBasicText: 'Basic protection',
  link: 'Link',
  code: 'Code',
  state: 'State',
  defaultPricePence: 'Default price',
  defaultPitchCostPence: 'Default pitch cost',
  defaultMinPlayers: 'Default minimum players',
  defaultMaxPlayers: 'Default maximum players',
  defaultLocation: 'Default location',
  defaultKickoff: 'Default kick-off',
  chargeWhen: 'Charge players',
  notifyAfterSync: 'Notifications',
  allowMoves: 'Move players',
  fromId: 'Copy roster from',
  list: 'List',
  index: 'Place',
  promoted: 'Promoted player',
}

// zod's own wording ("Invalid input: expected string, received number") is for developers.
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of details',
}
const MAX_KEYS_SHOWN = 5
const shortKey = (k: string) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)

/** Turns a schema failure into one sentence a person can act on. */
export function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'That request was not valid.'
  // The innermost labelled field: "parts.1.playerId" is about the Player.
  const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string' && Object.hasOwn(FIELD_LABELS, p))
  if (issue.code === 'unrecognized_keys') {
    // Field names come from the caller: show a few, shortened, never an unbounded echo.
    const more = issue.keys.length > MAX_KEYS_SHOWN ? ` and ${issue.keys.length - MAX_KEYS_SHOWN} more` : ''
    return `Unexpected field: ${issue.keys.slice(0, MAX_KEYS_SHOWN).map(shortKey).join(', ')}${more}.`
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'That request was missing its details.'
  const label = field ? FIELD_LABELS[field] : issue.path.length ? 'A detail of the request' : 'That request'
  // Only zod's default wording is replaced; the schema's own messages are already for people.
  if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
    if (/received undefined$/.test(issue.message)) return `${label} is missing.`
    return `${label} must be ${TYPE_WORDS[issue.expected] ?? 'something else'}.`
  }
  if (/^(Invalid|Too small|Too big)/.test(issue.message)) return `${label} is not valid.`
  return `${label} ${issue.message}.`.replace(/\.\.$/, '.')
}

/** The top-level input field a schema failure is about ("pricePence"), when there is one. */
function invalidField(error: z.ZodError): string | undefined {
  const first = error.issues[0]?.path[0]
  return typeof first === 'string' && Object.hasOwn(FIELD_LABELS, first) ? first : undefined
}

/** Parses an untrusted input for a channel. */
export function parseInput<K extends Channel>(
  ch: K,
  raw: unknown,
): { ok: true; value: InputOf<K> } | { ok: false; error: string; field?: string } {
  try {
    const result = contract[ch].input.safeParse(raw)
    if (result.success) return { ok: true, value: result.data as InputOf<K> }
    const field = invalidField(result.error)
    return field ? { ok: false, error: describeInvalid(result.error), field } : { ok: false, error: describeInvalid(result.error) }
  } catch {
    // zod can throw while wording an error for exotic objects (null prototype, odd
    // `constructor`); such input is refused like any other malformed request.
    return { ok: false, error: 'That request was not valid.' }
  }
}

export { buildApi, isChannel } from './channels'
