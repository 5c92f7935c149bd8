// The data file's shape, its version and the migrations that bring older files up to date.
import { z } from 'zod'
import { DEFAULT_SETTINGS, type Fixture, type Payment, type Player, type Settings, type UnreadableTransaction } from '../../../shared/domain'

export const SCHEMA_VERSION = 2

export interface SyncState {
  accountId: string | null
  /** Created time (ISO) of the newest transaction durably stored; the next sync re-reads an overlap before it. */
  cursor: string | null
  lastSyncAt: string | null
  lastError: string | null
  /** Whose Monzo account this is ("Alex Organiser", or both holders of a joint account): their own
   * transfers in from other banks are not subs. Learned at each sync. */
  holderNames: string[]
}

export interface SubsData {
  schemaVersion: number
  players: Player[]
  fixtures: Fixture[]
  payments: Payment[]
  settings: Settings
  sync: SyncState
  /** True while the organiser is trying Subs with the demo bank. */
  demo: boolean
  /** The first-run welcome (real or demo) has been answered. */
  welcomed: boolean
  /** Transactions Subs couldn't read, shown under "Couldn't read" on Payments (bounded, text capped). */
  unreadable: UnreadableTransaction[]
}

export function emptyData(): SubsData {
  return {
    schemaVersion: SCHEMA_VERSION,
    players: [],
    fixtures: [],
    payments: [],
    settings: { ...DEFAULT_SETTINGS },
    sync: { accountId: null, cursor: null, lastSyncAt: null, lastError: null, holderNames: [] },
    demo: false,
    welcomed: false,
    unreadable: [],
  }
}

const identity = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bank'), sortCode: z.string(), accountNumber: z.string() }),
  z.object({ kind: z.literal('monzo'), userId: z.string() }),
])
const pence = z.number().int()

const player = z.object({
  id: z.string().min(1),
  name: z.string(),
  aliases: z.array(z.string()),
  identities: z.array(identity),
  payers: z.array(z.object({ name: z.string(), identity: identity.nullable(), learnedAt: z.string() })).default([]),
  reference: z.string(),
  active: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
})

const fixture = z.object({
  id: z.string().min(1),
  kickoffAt: z.string(),
  location: z.string(),
  pitchCostPence: pence,
  pricePence: pence,
  minPlayers: z.number().int(),
  maxPlayers: z.number().int(),
  status: z.enum(['scheduled', 'played', 'cancelled']),
  roster: z.array(z.string()),
  waiting: z.array(z.string()),
  notes: z.string(),
  createdAt: z.string(),
})

const payment = z.object({
  id: z.string().min(1),
  source: z.enum(['monzo', 'csv', 'cash']),
  amountPence: pence,
  createdAt: z.string(),
  settledAt: z.string().nullable(),
  payerName: z.string(),
  reference: z.string(),
  identity: identity.nullable(),
  scheme: z.string(),
  status: z.enum(['matched', 'suggested', 'unmatched', 'ignored', 'reversed']),
  allocations: z.array(z.object({ playerId: z.string(), amountPence: pence })),
  rule: z.enum(['identity', 'reference', 'name', 'manual', 'split', 'cash']).nullable(),
  candidates: z.array(z.string()),
  explanation: z.string(),
  decided: z.boolean(),
  declined: z.boolean(),
  learned: z
    .object({ playerId: z.string(), identity: z.boolean(), alias: z.string().nullable(), as: z.enum(['account', 'payer']).optional() })
    .nullable()
    .optional(),
  split: z.array(z.object({ playerId: z.string(), amountPence: pence })).nullable().optional(),
  updatedAt: z.string(),
  annotation: z.string().nullable().optional(),
})

const unreadable = z.object({
  id: z.string().min(1),
  reason: z.string(),
  raw: z.string(),
  createdAt: z.string().nullable(),
  amountPence: pence.nullable(),
  payerName: z.string(),
  pending: z.boolean(),
  source: z.enum(['monzo', 'csv']),
  firstSeenAt: z.string(),
  dismissed: z.boolean(),
})

const settings = z.object({
  defaultPricePence: pence,
  defaultPitchCostPence: pence,
  defaultMinPlayers: z.number().int(),
  defaultMaxPlayers: z.number().int(),
  defaultLocation: z.string(),
  defaultKickoff: z.string(),
  pollMinutes: z.number(),
  monzoMeUsername: z.string(),
  // Added after version 2 shipped: files written before have neither, so each has its default.
  chargeWhen: z.enum(['played', 'rostered']).default(DEFAULT_SETTINGS.chargeWhen),
  notifyAfterSync: z.boolean().default(DEFAULT_SETTINGS.notifyAfterSync),
})

export const dataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  players: z.array(player),
  fixtures: z.array(fixture),
  payments: z.array(payment),
  settings,
  sync: z.object({
    accountId: z.string().nullable(),
    cursor: z.string().nullable(),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
    // Added after data version 2 shipped: files written before have none.
    holderNames: z.array(z.string()).default([]),
  }),
  demo: z.boolean(),
  welcomed: z.boolean(),
  // Added after data version 2 shipped: files written before have none.
  unreadable: z.array(unreadable).default([]),
})

type Raw = Record<string, unknown>
const asObject = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {})

/**
 * Each step takes the file as it was at version N and returns it at N+1.
 * v1 (the first release) kept players, fixtures and payments but no settings or sync state,
 * and stored fixtures' date and time as local strings instead of kickoffAt.
 */
const migrations: Record<number, (d: Raw) => Raw> = {
  1: (d) => ({
    ...d,
    schemaVersion: 2,
    settings: { ...DEFAULT_SETTINGS, ...asObject(d.settings) },
    sync: { accountId: null, cursor: null, lastSyncAt: null, lastError: null, ...asObject(d.sync) },
    demo: typeof d.demo === 'boolean' ? d.demo : false,
    welcomed: true,
    fixtures: (Array.isArray(d.fixtures) ? d.fixtures : []).map((f) => {
      const fx = asObject(f)
      if (typeof fx.kickoffAt === 'string') return fx
      const { date, time, ...rest } = fx
      return { ...rest, kickoffAt: new Date(`${String(date)}T${String(time ?? '19:00')}`).toISOString() }
    }),
  }),
}

export class NewerFileError extends Error {}

/** Brings a parsed file up to SCHEMA_VERSION and validates it. Throws with a reason when it cannot. */
export function migrate(input: unknown): { data: SubsData; migratedFrom: number | null } {
  let d = asObject(input)
  const start = typeof d.schemaVersion === 'number' ? d.schemaVersion : 1
  if (start > SCHEMA_VERSION) {
    throw new NewerFileError(`it was saved by a newer version of Subs (data version ${start})`)
  }
  for (let v = start; v < SCHEMA_VERSION; v++) {
    const step = migrations[v]
    if (!step) throw new Error(`no migration from data version ${v}`)
    d = step(d)
  }
  const parsed = dataSchema.safeParse(d)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`some of what it holds isn't in a form Subs can use (at ${issue.path.join('.') || 'the top'}: ${issue.message})`)
  }
  return { data: parsed.data as SubsData, migratedFrom: start === SCHEMA_VERSION ? null : start }
}
