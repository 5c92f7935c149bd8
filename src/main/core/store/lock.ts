// One Subs at a time per data folder: the app and the CLI both take this lock.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs'
import { UserError } from '../errors'

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface DataLock {
  release(): void
}

export function acquireLock(lockFile: string): DataLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let held = true
      return {
        // Only ever our own lock: after a release (or a quit past its deadline) another Subs may hold it.
        release() {
          if (!held) return
          held = false
          try {
            if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile, { force: true })
          } catch {
            /* already gone */
          }
        },
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      let holder = NaN
      try {
        holder = Number(readFileSync(lockFile, 'utf8').trim())
      } catch {
        /* vanished between open and read: try again */
      }
      if (alive(holder)) {
        throw new UserError(
          'Subs is already open with this data folder. Switch to the open window (or finish the running command) and try again.',
          'locked',
        )
      }
      // Left behind by a Subs that crashed: take it over.
      rmSync(lockFile, { force: true })
    }
  }
  throw new UserError('Subs could not lock its data folder. Check the folder is writable and try again.', 'locked')
}
