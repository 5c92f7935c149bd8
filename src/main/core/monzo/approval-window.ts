// Monzo asks the account holder to approve API access again every 90 days (strong customer
// authentication). Subs counts from the last completed Connect, warns from day 80, and after
// day 90 stops syncing until the organiser reconnects. The rule lives here and nowhere else.
export const APPROVAL_DAYS = 90
export const WARN_FROM_DAY = 80
const DAY_MS = 86_400_000

export type ApprovalPhase = 'unknown' | 'ok' | 'soon' | 'expired'

export interface ApprovalWindow {
  phase: ApprovalPhase
  /** Epoch ms when the approval runs out, or null when Subs doesn't know when it was given. */
  reapproveBy: number | null
}

export function approvalWindow(approvedAt: number | null, now: number): ApprovalWindow {
  if (approvedAt === null || !Number.isFinite(approvedAt)) return { phase: 'unknown', reapproveBy: null }
  const reapproveBy = approvedAt + APPROVAL_DAYS * DAY_MS
  if (now >= reapproveBy) return { phase: 'expired', reapproveBy }
  if (now >= approvedAt + WARN_FROM_DAY * DAY_MS) return { phase: 'soon', reapproveBy }
  return { phase: 'ok', reapproveBy }
}

const dayFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' })

/** Why sync is refused once the approval has run out, in words for the organiser. */
export function reapprovalMessage(reapproveBy: number | null): string {
  const when = reapproveBy === null ? 'has run out' : `ran out on ${dayFmt.format(new Date(reapproveBy))}`
  return (
    `Re-approve Subs in Monzo to keep syncing: Monzo asks you to approve Subs again every ${APPROVAL_DAYS} days, and the last approval ${when}. ` +
    'Click Reconnect in Settings → Monzo. Your payments so far are safe.'
  )
}
