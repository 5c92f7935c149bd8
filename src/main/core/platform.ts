// Side effects core needs from its host. Electron's main process passes real dialogs and shell;
// the CLI, tests and the e2e harness pass their own. Core never imports electron.
export interface Platform {
  /** Open an (already allowlisted) URL in the system browser. */
  openExternal(url: string): Promise<void>
  copyText(text: string): Promise<void>
  chooseSaveFile(opts: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>
  chooseOpenFile(opts: { title: string; extensions: string[] }): Promise<string | null>
  notify(title: string, body: string): void
}
