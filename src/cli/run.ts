// `subs` — the headless CLI over the same core and data file as the app.
// Exit codes: 0 done, 2 bad input (nothing written), 1 something unexpected.
import { parseArgs } from 'node:util'
import { homedir } from 'node:os'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { createSubsCore, type SubsCore } from '../main/core/app'
import { DATA_FILE_NAME, defaultUserDataDir, resolveDataFile } from '../main/core/paths'
import { UserError, isUserError } from '../main/core/errors'
import type { Platform } from '../main/core/platform'
import { parsePounds } from '../shared/money'
import type { Outcome } from '../shared/ipc'
import { findPlayerByName } from '../main/core/roster/players'
import { importText } from '../main/core/sync/import'
import { syncTransactions } from '../main/core/sync/engine'
import { startDemoBank } from '../main/core/monzo/demo-bank'
import { whoOwesNow } from '../main/core/ledger/balances'
import { owesCsv } from '../main/core/ledger/owes-csv'
import { formatPence } from '../shared/money'
import { describeCounts } from '../shared/sync-summary'
import type { Snapshot, SyncStatusView } from '../shared/views'
import type { SubsData } from '../main/core/store/schema'
import { USAGE } from './usage'

export interface Io {
  out(text: string): void
  err(text: string): void
  env: Record<string, string | undefined>
}

export { USAGE }

const cliPlatform: Platform = {
  openExternal: async () => {},
  copyText: async () => {},
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  notify: () => {},
}

function bad(message: string): never {
  throw new UserError(message, 'usage')
}

function unwrap<T>(o: Outcome<T>): T {
  if (!o.ok) throw new UserError(o.error, o.code)
  return o.value
}

function pounds(flag: string, v: string | undefined): number {
  if (v === undefined) bad(`--${flag} is required (an amount in pounds, e.g. 5 or 4.50).`)
  const p = parsePounds(v)
  if (p === null) bad(`--${flag} must be an amount in pounds like 5 or 4.50, not "${v}".`)
  return p
}

const json = (v: unknown) => JSON.stringify(v, null, 2)

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'string' },
        alias: { type: 'string', multiple: true },
        player: { type: 'string', multiple: true },
        date: { type: 'string' },
        time: { type: 'string' },
        location: { type: 'string' },
        'pitch-cost': { type: 'string' },
        price: { type: 'string' },
        status: { type: 'string' },
        demo: { type: 'boolean' },
        remember: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values: o, positionals: pos } = parsed
  if (o.help || pos.length === 0) {
    ;(o.help ? io.out : io.err)(USAGE)
    return o.help ? 0 : 2
  }
  const dataFile = o.data
    ? join(resolve(o.data), DATA_FILE_NAME)
    : resolveDataFile(io.env, defaultUserDataDir(io.env, process.platform, homedir()))
  let core: SubsCore | null = null
  try {
    const command = pos.join(' ')
    const known =
      /^(player add .+|players|fixture add|fixtures|import .+|sync|demo|payments|payments (assign|split) \S+ .+|payments (ignore|undo) \S+|cash add .+ \S+|owes|backups|restore-backup \S+|start-fresh)$/
    if (!known.test(command) && !(pos[0] === 'player' && pos[1] === 'add' && pos.length === 3)) bad(`Unknown command "${command}".\n\n${USAGE}`)
    core = await createSubsCore({ dataFile, platform: cliPlatform, background: false, log: (m, e) => io.err(`${m}: ${String(e)}`) })
    // A damaged data file was moved aside: nothing may be listed as if the data were empty, and
    // nothing written over the backups it needs, until the organiser answers.
    const recovery = core.store.recovery
    if (recovery && !['backups', 'restore-backup', 'start-fresh'].includes(pos[0]!)) {
      io.err(`${recovery.reason}\nThe damaged file is kept at ${recovery.movedTo}.`)
      io.err(
        recovery.backups.length
          ? `Restore a backup with \`subs restore-backup NAME\` (newest: ${recovery.backups[0]!.name}; \`subs backups\` lists them), or start with an empty file with \`subs start-fresh\`.`
          : 'There is no backup to restore. Start with an empty file with `subs start-fresh`.',
      )
      return 3
    }
    await dispatch(core, pos, o, io)
    return 0
  } catch (e) {
    if (isUserError(e)) {
      io.err(e.message)
      return 2
    }
    io.err(`Subs failed unexpectedly: ${(e as Error).message}`)
    return 1
  } finally {
    await core?.close()
  }
}

type Values = Record<string, string | boolean | string[] | undefined>

async function dispatch(core: SubsCore, pos: string[], o: Values, io: Io): Promise<void> {
  const store = core.store
  const [cmd, sub] = pos
  if (cmd === 'player' && sub === 'add') {
    if (pos.length !== 3) bad('Usage: subs player add NAME [--alias TEXT]...  (quote a name with spaces)')
    const r = unwrap(await core.invoke('players:create', { name: pos[2], aliases: (o.alias as string[] | undefined) ?? [] })) as {
      player: { name: string; reference: string }
      warnings: string[]
    }
    for (const w of r.warnings) io.err(`Warning: ${w}`)
    io.out(`Added ${r.player.name} (reference ${r.player.reference})`)
    return
  }
  if (cmd === 'players') {
    const list = store.data.players.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, reference: p.reference }))
    io.out(o.json ? json(list) : list.map((p) => `${p.reference.padEnd(12)} ${p.name}${p.aliases.length ? `  (${p.aliases.join(', ')})` : ''}`).join('\n'))
    return
  }
  if (cmd === 'fixture' && sub === 'add') {
    if (!o.date) bad('--date is required (YYYY-MM-DD).')
    if (!o.time) bad('--time is required (HH:MM).')
    const status = o.status as string | undefined
    if (status !== undefined && !['scheduled', 'played', 'cancelled'].includes(status)) bad('--status must be scheduled, played or cancelled.')
    const playerIds = ((o.player as string[] | undefined) ?? []).map((n) => findPlayerByName(store.data, n).id)
    const r = unwrap(
      await core.invoke('fixtures:create', {
        date: o.date,
        time: o.time,
        location: (o.location as string | undefined) ?? '',
        pitchCostPence: pounds('pitch-cost', o['pitch-cost'] as string | undefined),
        pricePence: pounds('price', o.price as string | undefined),
        playerIds,
        status,
      }),
    ) as { ids: string[] }
    const f = store.data.fixtures.find((x) => x.id === r.ids[0])!
    io.out(`Added fixture on ${o.date} ${o.time} with ${f.roster.length} players${f.waiting.length ? ` (+${f.waiting.length} waiting)` : ''}`)
    return
  }
  if (cmd === 'import') {
    const file = resolve(pos[1])
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      bad(`Can't read ${file}. Check the path.`)
    }
    const r = await importText(store, text, () => new Date())
    io.out(`Imported ${r.credits} incoming payment${r.credits === 1 ? '' : 's'} from ${basename(file)}. ${describeCounts(r)}`)
    return
  }
  if (cmd === 'sync') {
    if (!o.demo) bad('The CLI syncs only from the built-in demo bank: use `subs sync --demo`. Connect your real Monzo in the app.')
    const bank = await startDemoBank()
    // Pretend payments never go into a folder that holds real ones (from Monzo or a statement).
    const d = store.data
    if (!d.demo && d.payments.length > 0 && d.sync.accountId !== bank.accountId) {
      await bank.close()
      bad('This data folder holds real payments, so the demo bank is not synced into it. Use an empty folder: `subs --data ./demo-club demo`.')
    }
    try {
      const s = await syncTransactions({ pager: bank.client, store, accountId: bank.accountId, now: () => new Date() })
      io.out(`Synced ${s.pages} page${s.pages === 1 ? '' : 's'} from the demo bank: ${s.found} incoming payments. ${describeCounts(s)}`)
    } finally {
      await bank.close()
    }
    return
  }
  if (cmd === 'payments' && sub === 'assign') {
    const tx = pos[2]
    const name = pos.slice(3).join(' ')
    const player = findPlayerByName(store.data, name)
    if (!store.data.payments.some((p) => p.id === tx)) bad(`There is no payment with id ${tx}. List them with \`subs payments --json\`.`)
    // Learning is the organiser's explicit choice: the CLI remembers nothing unless asked.
    const remember = (o.remember as string | undefined) ?? 'once'
    if (!['account', 'payer', 'once'].includes(remember)) bad(`--remember must be account, payer or once (not "${remember}").`)
    unwrap(await core.invoke('payments:assign', { paymentId: tx, playerId: player.id, learn: remember as 'account' | 'payer' | 'once' }))
    const said = { account: `and remembered this account as ${player.name}'s`, payer: `and remembered this payer as paying for ${player.name}`, once: 'just this once (nothing remembered)' }
    io.out(`Assigned ${tx} to ${player.name} ${said[remember as keyof typeof said]}.`)
    return
  }
  if (cmd === 'backups') {
    const list = await store.listBackups()
    io.out(list.length ? list.map((b) => `${b.name}  ${b.day}  ${Math.max(1, Math.round(b.sizeBytes / 1024))} kB`).join('\n') : 'No backups yet.')
    return
  }
  if (cmd === 'restore-backup') {
    unwrap(await core.invoke('app:restoreBackup', { name: pos[1] }))
    io.out(`Restored ${pos[1]}. What was there before is kept beside the data file.`)
    return
  }
  if (cmd === 'start-fresh') {
    if (!store.recovery) bad('There is nothing to start fresh from: the data file is fine.')
    unwrap(await core.invoke('app:dismissRecovery', undefined))
    io.out('Started with an empty data file. The damaged one is still kept beside it.')
    return
  }
  if (cmd === 'payments' && (sub === 'split' || sub === 'ignore' || sub === 'undo')) {
    const tx = knownPayment(store.data, pos[2])
    if (sub === 'split') {
      const parts = splitParts(pos.slice(3)).map(({ name, pounds: text }) => {
        const amountPence = parsePounds(text)
        if (amountPence === null || amountPence === 0) bad(`"${text}" for ${name} must be an amount in pounds like 5 or 4.50.`)
        return { playerId: findPlayerByName(store.data, name).id, amountPence }
      })
      unwrap(await core.invoke('payments:split', { paymentId: tx, parts }))
      io.out(`Split ${tx}: ${parts.map((x) => `${names(store.data).get(x.playerId)} ${formatPence(x.amountPence)}`).join(', ')}.`)
    } else if (sub === 'ignore') {
      unwrap(await core.invoke('payments:ignore', { paymentId: tx }))
      io.out(`Ignored ${tx}: it is not counted as subs.`)
    } else {
      unwrap(await core.invoke('payments:undo', { paymentId: tx }))
      const p = store.data.payments.find((x) => x.id === tx)!
      io.out(`Undid your decision on ${tx}: it is ${p.status === 'matched' ? `matched to ${p.allocations.map((a) => names(store.data).get(a.playerId)).join(', ')}` : 'back in the inbox'}.`)
    }
    return
  }
  if (cmd === 'cash' && sub === 'add') {
    const amount = pos[pos.length - 1]
    const player = findPlayerByName(store.data, pos.slice(2, -1).join(' '))
    const amountPence = parsePounds(amount)
    if (amountPence === null || amountPence === 0) bad(`The amount must be in pounds like 5 or 4.50, not "${amount}".`)
    const date = typeof o.date === 'string' ? o.date : localDay(new Date())
    unwrap(await core.invoke('payments:recordCash', { playerId: player.id, amountPence, date }))
    io.out(`Recorded ${formatPence(amountPence)} cash from ${player.name} on ${date}.`)
    return
  }
  if (cmd === 'fixtures') {
    const snap = unwrap(await core.invoke('app:snapshot', undefined)) as Snapshot
    const name = (id: string) => names(store.data).get(id) ?? 'Removed player'
    const list = snap.fixtures.map((f) => ({
      id: f.id,
      date: f.date,
      time: f.time,
      kickoffAt: f.kickoffAt,
      location: f.location,
      status: f.effectiveStatus,
      pitchCostPence: f.pitchCostPence,
      pricePence: f.pricePence,
      minPlayers: f.minPlayers,
      maxPlayers: f.maxPlayers,
      squad: f.squad.text,
      players: f.roster.map((id) => ({ name: name(id), paid: f.paid[id]?.status ?? null })),
      waiting: f.waiting.map(name),
    }))
    io.out(
      o.json
        ? json(list)
        : list
            .map((f) => {
              const paid = f.players.filter((p) => p.paid === 'paid').length
              return `${f.date} ${f.time}  ${f.status.padEnd(9)} ${String(f.players.length).padStart(2)}/${f.maxPlayers}  ${formatPence(f.pricePence)}  ${f.location}${f.status === 'played' ? `  (${paid} paid)` : ''}`
            })
            .join('\n'),
    )
    return
  }
  if (cmd === 'demo') {
    // The app's own "Try Subs with a demo bank": refused unless this Subs is empty (or already the demo).
    const already = store.data.demo
    unwrap(await core.invoke('app:startDemo', undefined))
    const s = unwrap(await core.invoke('sync:run', undefined)) as SyncStatusView
    const d = store.data
    const matched = d.payments.filter((p) => p.status === 'matched').length
    const inbox = d.payments.filter((p) => p.status === 'unmatched' || p.status === 'suggested').length
    io.out(`${already ? 'This is already the demo club' : 'Set up the demo club'}: ${d.players.length} players, ${d.fixtures.length} fixtures.`)
    io.out(`Synced ${s.pages} pages from the demo bank: ${s.found} incoming payments, ${matched} matched, ${inbox} waiting in the inbox.`)
    return
  }
  if (cmd === 'payments') {
    const names = new Map(store.data.players.map((p) => [p.id, p.name]))
    const list = [...store.data.payments]
      .filter((p) => p.status !== 'reversed')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((p) => ({
        txId: p.id,
        amountPence: p.amountPence,
        payer: p.payerName,
        reference: p.reference,
        status: p.status,
        playerName: p.status === 'matched' ? p.allocations.map((a) => names.get(a.playerId) ?? '?').join(', ') : null,
        rule: p.rule,
        reason: p.explanation,
        candidates: p.candidates.map((id) => names.get(id) ?? '?'),
      }))
    io.out(
      o.json
        ? json(list)
        : list.map((p) => `${p.txId}  ${formatPence(p.amountPence).padStart(8)}  ${p.status.padEnd(9)} ${p.payer}${p.playerName ? ` → ${p.playerName}` : ''}`).join('\n'),
    )
    return
  }
  if (cmd === 'owes') {
    const rows = whoOwesNow(store.data, new Date())
    if (o.json && o.csv) bad('Choose one of --json or --csv FILE.')
    if (typeof o.csv === 'string') {
      const target = resolve(o.csv)
      try {
        await writeFile(target, owesCsv(rows))
      } catch {
        bad(`Can't write ${target}. Check the folder ${dirname(target)} exists and is writable.`)
      }
      io.out(`Wrote ${rows.length} players to ${target}`)
      return
    }
    // Under the charge setting: by default chargedPence is games played; dueNextPence is games to come.
    const list = rows.map((r) => ({
      player: r.name,
      chargedPence: r.chargedPence,
      paidPence: r.paidPence,
      owesPence: r.owesPence,
      dueNextPence: r.dueNextPence,
    }))
    io.out(o.json ? json(list) : list.map((r) => `${r.player.padEnd(24)} owes ${formatPence(r.owesPence)}`).join('\n'))
    return
  }
  bad(`Unknown command "${pos.join(' ')}".\n\n${USAGE}`)
}

const names = (d: SubsData) => new Map(d.players.map((p) => [p.id, p.name]))

function knownPayment(d: SubsData, tx: string | undefined): string {
  if (!tx || !d.payments.some((p) => p.id === tx)) bad(`There is no payment with id ${tx ?? ''}. List them with \`subs payments --json\`.`)
  return tx
}

/** "Priya Raman=5" (quoted) or Priya Raman=5 (unquoted words run up to the one holding "="). */
function splitParts(args: string[]): { name: string; pounds: string }[] {
  const parts: { name: string; pounds: string }[] = []
  let words: string[] = []
  for (const a of args) {
    const at = a.lastIndexOf('=')
    if (at < 0) {
      words.push(a)
      continue
    }
    parts.push({ name: [...words, a.slice(0, at)].join(' ').trim(), pounds: a.slice(at + 1) })
    words = []
  }
  if (words.length || parts.length < 2) bad('Write the split as NAME=POUNDS for each player, at least two, e.g. "Priya Raman=5" "Luke Morrison=5".')
  return parts
}

/** Today in the organiser's time zone, as YYYY-MM-DD. */
function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}
