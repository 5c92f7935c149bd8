// Rolling daily backups of the data file: one per day, the newest 14 kept.
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface BackupInfo {
  name: string
  path: string
  /** YYYY-MM-DD the backup was taken (UTC). */
  day: string
  sizeBytes: number
  /** When it was last written (ISO): today's backup is replaced during the day, so this is more than the day. */
  takenAt: string
}

const PATTERN = /^subs-(\d{4}-\d{2}-\d{2})\.json$/

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const found: BackupInfo[] = []
  for (const name of names) {
    const m = PATTERN.exec(name)
    if (!m) continue
    const path = join(dir, name)
    const s = await stat(path)
    found.push({ name, path, day: m[1], sizeBytes: s.size, takenAt: s.mtime.toISOString() })
  }
  return found.sort((a, b) => b.day.localeCompare(a.day))
}

/**
 * Copies the (known good) data file to today's backup, replacing today's earlier copy, so each
 * day's backup is the last good state of that day; prunes beyond `keep` days.
 */
export async function takeDailyBackup(dataFile: string, dir: string, now: Date, keep = 14): Promise<void> {
  await mkdir(dir, { recursive: true })
  const target = join(dir, `subs-${now.toISOString().slice(0, 10)}.json`)
  const tmp = `${target}.tmp`
  await copyFile(dataFile, tmp)
  await rename(tmp, target)
  const all = await listBackups(dir)
  for (const old of all.slice(keep)) await rm(old.path, { force: true })
}
