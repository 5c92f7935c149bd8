// Where the data file lives: SUBS_DATA_DIR overrides (tests, power users), else the app's userData folder.
import { join, resolve } from 'node:path'

export const DATA_FILE_NAME = 'subs.json'

export function resolveDataFile(env: Record<string, string | undefined>, userData: string): string {
  const dir = env.SUBS_DATA_DIR?.trim()
  return join(dir ? resolve(dir) : userData, DATA_FILE_NAME)
}

/** Electron's userData folder for an app named "subs", for tools that run without Electron. */
export function defaultUserDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'subs')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'subs')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'subs')
}
