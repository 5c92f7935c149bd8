// The main window's options, exported on their own so tests can assert them without Electron.
export const windowOptions = {
  width: 1180,
  height: 780,
  minWidth: 880,
  minHeight: 600,
  show: false,
  title: 'Subs',
  autoHideMenuBar: false,
  webPreferences: {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  },
} as const

/** Strict CSP: everything network happens in main, so the page may only load its own files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
