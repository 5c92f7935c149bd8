// What the organiser is told when Subs cannot open at all: one sentence that says what happened
// and what to do. Everything that can be survived (a damaged data file, vault or preferences) is
// survived elsewhere; this is for the rest (the data folder can't be written, it is in use).
import { isUserError } from './errors'

export function describeStartupFailure(e: unknown, dataDir: string): string {
  if (isUserError(e)) return e.message
  const err = e as NodeJS.ErrnoException
  switch (err?.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return (
        `Subs can't write to its data folder (${dataDir}): ${err.code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}. ` +
        'Make the folder writable (or start Subs with SUBS_DATA_DIR set to a folder you can write to), then open Subs again.'
      )
    case 'ENOSPC':
      return `The disk holding Subs's data folder (${dataDir}) is full. Free some space, then open Subs again.`
    case 'ENOTDIR':
    case 'EEXIST':
      return `Subs's data folder (${dataDir}) is not a folder. Move that file out of the way, then open Subs again.`
    default:
      return (
        `Subs couldn't open its data folder (${dataDir}): ${err?.message ?? String(e)}. ` +
        'Your data has not been changed. Restart your computer and open Subs again; if it keeps happening, report this message.'
      )
  }
}
