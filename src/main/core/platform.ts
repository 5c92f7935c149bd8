// Side effects core needs from its host. Electron's main process passes real dialogs and shell;
// the CLI, tests and the e2e harness pass their own. Core never imports electron.
import type { DateStyle } from '../../shared/dates'

export interface Platform {
  /** Open an (already allowlisted) URL in the system browser. */
  openExternal(url: string): Promise<void>
  copyText(text: string): Promise<void>
  chooseSaveFile(opts: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>
  chooseOpenFile(opts: { title: string; extensions: string[] }): Promise<string | null>
  /** A system notification; `onClick` runs when the organiser clicks it (the host brings the window forward). */
  notify(title: string, body: string, onClick?: () => void): void
  /** The organiser's locale as the window uses it (e.g. "en-GB"); absent means the process's own. */
  locale?(): string
}

/** How dates read in text main writes (messages, group-chat texts, CSV): as the window shows them. */
export function organiserDates(platform: Platform): DateStyle {
  const wanted = platform.locale?.()
  try {
    return wanted && Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? { locale: wanted } : {}
  } catch {
    return {} // not a well-formed locale tag: the process's own
  }
}
