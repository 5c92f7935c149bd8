// Machine-level preferences (not in the data file, which may be shared or restored elsewhere):
// today only the Linux "store secrets without OS encryption" consent. A damaged file is moved
// aside and defaults are used; a folder Subs can't write to keeps them in memory for this run.
// Either way Subs starts, and `notice` says what happened in words for the organiser.
import { openSideFile } from './store/side-file'

interface Prefs extends Record<string, unknown> {
  allowBasicText: boolean
}

const DEFAULTS: Prefs = { allowBasicText: false }

export interface Preferences {
  allowBasicText(): boolean
  setAllowBasicText(v: boolean): void
  /** Set when the preferences file couldn't be used as it was. */
  readonly notice: string | null
}

export function openPreferences(cwd: string, now: () => Date): Preferences {
  try {
    const file = openSideFile<Prefs>({
      cwd,
      name: 'subs-preferences',
      defaults: DEFAULTS,
      fileMode: 0o600,
      now,
      isValid: (s) => s.allowBasicText === undefined || typeof s.allowBasicText === 'boolean',
    })
    return {
      allowBasicText: () => file.conf.get('allowBasicText') === true,
      setAllowBasicText: (v) => file.conf.set('allowBasicText', v),
      notice: file.setAside
        ? `Subs's preferences file was damaged, so it was moved aside (${file.setAside}) and the defaults are used. ` +
          'If you had agreed to store your Monzo sign-in with basic protection, agree again in Settings → Monzo.'
        : null,
    }
  } catch (e) {
    let allow = false
    return {
      allowBasicText: () => allow,
      setAllowBasicText: (v) => void (allow = v),
      notice:
        `Subs couldn't open its preferences in ${cwd} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), ` +
        'so it is using the defaults until it closes. Check that folder is writable, then restart Subs.',
    }
  }
}
