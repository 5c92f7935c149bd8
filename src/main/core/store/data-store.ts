// The data file: lowdb JSONFile (steno writes a temp file and renames it, so a write is atomic).
// A file that cannot be read is never overwritten: it is moved aside and the organiser is told.
import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { DataFile } from 'lowdb/node'
import { emptyData, migrate, type SubsData } from './schema'
import { listBackups, takeDailyBackup, type BackupInfo } from './backups'
import { acquireLock, type DataLock } from './lock'
import { UserError } from '../errors'

/** A damaged data file moved aside that the organiser hasn't answered yet. */
const UNREADABLE = 'subs.unreadable-'
/** The same file once answered (restored from a backup, or started fresh): still kept, never deleted. */
const ANSWERED = 'subs.damaged-'
/** The data file as it was just before a backup replaced it, so a restore can be undone. */
const BEFORE_RESTORE = 'subs.before-restore-'

export interface RecoveryNotice {
  /** Why the file could not be used, in words for the organiser. */
  reason: string
  /** Where the unreadable file was moved. */
  movedTo: string
  backups: BackupInfo[]
}

export interface DataStoreOptions {
  file: string
  now?: () => Date
  keepBackups?: number
  /** Skip the single-instance lock (only for tools that read a copy). */
  noLock?: boolean
}

export interface DataStore {
  readonly file: string
  readonly data: Readonly<SubsData>
  readonly recovery: RecoveryNotice | null
  readonly writes: number
  readonly bytesWritten: number
  /** Applies `change` to a copy and writes it; on any error nothing is written and the data is unchanged. */
  update<T>(change: (draft: SubsData) => T): Promise<T>
  restoreBackup(name: string): Promise<void>
  listBackups(): Promise<BackupInfo[]>
  /** The organiser chose to start fresh: write the (empty) file so the notice doesn't come back. */
  dismissRecovery(): Promise<void>
  close(): Promise<void>
  /** Quitting past its deadline: give up the folder lock now. Writes are atomic, so none is left half-done. */
  releaseLock(): void
}

function describeBad(text: string): string | null {
  if (text.trim() === '') return 'the file is empty'
  if (/^\0+$/.test(text.replace(/\s/g, ''))) return 'the file was left blank, which often happens after a crash or power cut'
  return null
}

async function readDataFile(file: string): Promise<{ data: SubsData | null; problem: string | null; migrated: boolean }> {
  if (!existsSync(file)) return { data: null, problem: null, migrated: false }
  const text = await readFile(file, 'utf8')
  const bad = describeBad(text)
  if (bad) return { data: null, problem: bad, migrated: false }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { data: null, problem: 'part of it is garbled or missing', migrated: false }
  }
  try {
    const { data, migratedFrom } = migrate(json)
    return { data, problem: null, migrated: migratedFrom !== null }
  } catch (e) {
    return { data: null, problem: (e as Error).message, migrated: false }
  }
}

export async function openDataStore(opts: DataStoreOptions): Promise<DataStore> {
  const now = opts.now ?? (() => new Date())
  const file = opts.file
  const dir = dirname(file)
  const backupsDir = join(dir, 'backups')
  await mkdir(dir, { recursive: true })
  const lock: DataLock | null = opts.noLock ? null : acquireLock(join(dir, 'subs.lock'))
  try {
    // A temp file left by a write that was cut off is incomplete by definition: ignore it.
    await rm(join(dir, `.${file.split(/[\\/]/).pop()}.tmp`), { force: true })
    return await open()
  } catch (e) {
    lock?.release()
    throw e
  }

  async function open(): Promise<DataStore> {
    let recovery: RecoveryNotice | null = null
    let { data, problem, migrated } = await readDataFile(file)
    if (problem) {
      const stamp = now().toISOString().replace(/[:.]/g, '-')
      const movedTo = join(dir, `${UNREADABLE}${stamp}.json`)
      await rename(file, movedTo)
      recovery = {
        reason: `Subs couldn't read its data file: ${problem}. It was moved aside, not deleted.`,
        movedTo,
        backups: await listBackups(backupsDir),
      }
    } else {
      // A file moved aside earlier that the organiser hasn't answered yet: ask again, whatever was
      // written since (until they answer, the backups it offers must stay as they were).
      const moved = (await readdir(dir)).filter((n) => n.startsWith(UNREADABLE)).sort()
      if (moved.length > 0) {
        recovery = {
          reason: "Last time Subs started it couldn't read its data file. It was moved aside, not deleted.",
          movedTo: join(dir, moved[moved.length - 1]),
          backups: await listBackups(backupsDir),
        }
      }
    }
    // The text last written (what the file holds now). Serialising once per write gives both the
    // file and bytesWritten; parsing it back gives the next update a fresh draft for about half the
    // cost of structuredClone, which at tens of thousands of payments dominated a sync's writes.
    let written: string | null = null
    const serialise = (d: SubsData) => (written = JSON.stringify(d, null, 2))
    const db = new Low<SubsData>(new DataFile<SubsData>(file, { parse: JSON.parse, stringify: serialise }), data ?? emptyData())
    let writes = 0
    let bytesWritten = 0
    let queue: Promise<unknown> = Promise.resolve()

    /** A deep copy of the current data for a change to work on (never the live object). */
    function draftOf(current: SubsData): SubsData {
      // Until the first write of this session, `written` is unknown: it is made from the data itself
      // (which may hold defaults added when the file was read), never from the file's raw text.
      return JSON.parse(written ?? serialise(current)) as SubsData
    }

    async function persist(): Promise<void> {
      written = null
      await db.write()
      writes++
      bytesWritten += Buffer.byteLength(written ?? '')
      // Keep today's backup current, from a file we know we just wrote correctly; but never while a
      // damaged file waits for an answer: today's backup may be the good copy the organiser needs.
      if (!recovery) await takeDailyBackup(file, backupsDir, now(), opts.keepBackups ?? 14)
    }

    /** The organiser answered the recovery notice: mark the moved-aside files answered (kept). */
    async function answered(): Promise<void> {
      for (const n of (await readdir(dir)).filter((x) => x.startsWith(UNREADABLE))) {
        await rename(join(dir, n), join(dir, ANSWERED + n.slice(UNREADABLE.length)))
      }
      recovery = null
    }

    if (!data && !recovery) await persist() // first run: create the file
    else if (migrated) {
      await persist()
    } else if (data && !recovery) {
      await takeDailyBackup(file, backupsDir, now(), opts.keepBackups ?? 14)
    }

    const store: DataStore = {
      file,
      get data() {
        return db.data
      },
      get recovery() {
        return recovery
      },
      get writes() {
        return writes
      },
      get bytesWritten() {
        return bytesWritten
      },
      update<T>(change: (draft: SubsData) => T): Promise<T> {
        const run = async () => {
          const previous = db.data
          const previousText = written
          const draft = draftOf(previous)
          const result = change(draft)
          db.data = draft
          try {
            await persist()
          } catch (e) {
            db.data = previous
            written = previousText
            throw new UserError(
              `Subs couldn't save your changes (${(e as Error).message}). Check there is free disk space and try again.`,
              'write_failed',
            )
          }
          return result
        }
        const next = queue.then(run, run)
        queue = next.catch(() => undefined)
        return next
      },
      async restoreBackup(name) {
        const backups = await listBackups(backupsDir)
        const chosen = backups.find((b) => b.name === name)
        if (!chosen) throw new UserError('That backup no longer exists. Pick another from the list.', 'not_found')
        const text = await readFile(chosen.path, 'utf8')
        let parsed: SubsData
        try {
          parsed = migrate(JSON.parse(text)).data
        } catch (e) {
          throw new UserError(`That backup can't be used either: ${(e as Error).message}. Try an older one.`, 'bad_backup')
        }
        // What is there now is kept, so a restore (of the wrong day, say) can be undone by hand.
        if (existsSync(file)) await copyFile(file, join(dir, `${BEFORE_RESTORE}${now().toISOString().replace(/[:.]/g, '-')}.json`))
        await answered()
        await store.update((d) => {
          Object.assign(d, parsed)
        })
      },
      listBackups: () => listBackups(backupsDir),
      async dismissRecovery() {
        if (!recovery) return
        await answered()
        await store.update(() => undefined)
      },
      async close() {
        await queue
        lock?.release()
      },
      releaseLock() {
        lock?.release()
      },
    }
    return store
  }
}
