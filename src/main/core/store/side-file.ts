// Small JSON files kept beside the app's own state, outside the data file: the token vault and the
// machine's preferences. They are kept by conf (electron-store's engine) with `cwd` set to the app's
// folder, not by electron-store itself: electron-store registers an ipcMain listener
// ('electron-store-get-data') that answers any frame without a sender check.
// A damaged file is never a reason for Subs not to start: it is moved aside (kept, never deleted)
// and the caller is told, so it can say so to the organiser.
import { readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Conf from 'conf'

export interface SideFileOptions<T extends Record<string, unknown>> {
  /** The folder (Electron's userData), absolute. */
  cwd: string
  /** File name without ".json". */
  name: string
  defaults?: T
  /** 0o600 for secrets. */
  fileMode?: number
  now: () => Date
  /** What a readable file holds; anything else counts as damaged. Defaults to "a JSON object". */
  isValid?: (store: Record<string, unknown>) => boolean
}

export interface SideFile<T extends Record<string, unknown>> {
  conf: Conf<T>
  path: string
  /** Where a damaged file was moved, or null. */
  setAside: string | null
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** conf reports unparsable JSON as a SyntaxError; anything else (EACCES, EROFS…) is not damage. */
function isDamage(e: unknown): boolean {
  return e instanceof SyntaxError || (e as Error | undefined)?.name === 'SyntaxError'
}

/** True when the file is missing (a fresh start) or holds a JSON object the caller accepts. */
function readableAsIs(path: string, isValid?: (store: Record<string, unknown>) => boolean): boolean {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw e
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return false
  }
  return isObject(parsed) && (isValid ? isValid(parsed) : true)
}

export function openSideFile<T extends Record<string, unknown>>(o: SideFileOptions<T>): SideFile<T> {
  const path = join(o.cwd, `${o.name}.json`)
  const make = () =>
    new Conf<T>({
      cwd: o.cwd,
      configName: o.name,
      projectName: 'subs',
      clearInvalidConfig: false,
      configFileMode: o.fileMode ?? 0o600,
      accessPropertiesByDotNotation: false,
      watch: false,
      ...(o.defaults ? { defaults: o.defaults as never } : {}),
    })
  // Judged on the file's own JSON: conf merges its defaults into whatever it parsed, so an array or
  // a string would come back looking like an object.
  if (readableAsIs(path, o.isValid)) {
    try {
      return { conf: make(), path, setAside: null }
    } catch (e) {
      if (!isDamage(e)) throw e
    }
  }
  const setAside = join(o.cwd, `${o.name}.damaged-${o.now().toISOString().replace(/[:.]/g, '-')}.json`)
  renameSync(path, setAside)
  return { conf: make(), path, setAside }
}
