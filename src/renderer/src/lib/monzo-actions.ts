// The two things that bring syncing back when Monzo's access is missing, shared by the Payments
// notice, the sync panel and the sidebar: sign in again (Reconnect), or ask Monzo now whether
// Subs has been allowed in the Monzo app (Check again).
import { tick } from 'svelte'
import { app } from './app-state.svelte'
import { toasts } from './toasts.svelte'

/** The Monzo app's menu path, as Monzo's own messages in main give it (core/monzo/errors.ts). */
export const MANAGE_APPS = 'Account → Settings → Privacy & Security → Manage apps'

/** Settings, scrolled to its Monzo section (below the game defaults). */
export async function openMonzoSettings(): Promise<void> {
  app.view = 'settings'
  await tick()
  document.getElementById('monzo-h')?.closest('section')?.scrollIntoView({ block: 'start' })
}

/** The whole flow (browser, then approve in the app) and a full-history sync straight after. */
export async function reconnectMonzo(): Promise<void> {
  // Settings shows each step and offers the paste-the-link box.
  const status = await app.call('monzo:connect')
  if (status) await openMonzoSettings()
}

export async function checkApprovalNow(): Promise<void> {
  const r = await app.call('monzo:checkApproval')
  if (!r) return
  if (r.allowed) toasts.show('Subs is allowed in your Monzo app: it carries on by itself now.', 'success')
  else toasts.show(`Still waiting: Monzo doesn't allow Subs yet. In the Monzo app, go to ${MANAGE_APPS} and allow Subs.`, 'info')
}
