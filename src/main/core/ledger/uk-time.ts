// The organiser lives in the UK: bank statements show, and people read, Europe/London local time
// (GMT in winter, BST in summer). Stored times stay ISO UTC; these convert at the edges.

const ZONE = 'Europe/London'

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
})

function londonParts(ms: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (const p of partsFormat.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value)
  }
  return out
}

/** Minutes London is ahead of UTC at this instant (0 or 60). */
function londonOffsetMinutes(ms: number): number {
  const p = londonParts(ms)
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000)
}

/**
 * UK wall-clock time -> ISO UTC. Two passes because the offset depends on the instant itself;
 * in the autumn's repeated hour the first (BST) reading wins, as a statement is in time order anyway.
 * Returns null for an impossible date/time (31/02, 25:00).
 */
export function ukLocalToIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | null {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(wall)
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return null
  }
  let utc = wall - londonOffsetMinutes(wall) * 60000
  utc = wall - londonOffsetMinutes(utc) * 60000
  return new Date(utc).toISOString()
}

/** The UK calendar date of an instant as YYYY-MM-DD (a 23:30 UTC payment in summer is the next day). */
export function ukDate(iso: string): string {
  const p = londonParts(Date.parse(iso))
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** "Wed 7 Oct" in UK time, for fixture lists in messages and exports. */
export function ukDayLabel(iso: string): string {
  return dayFormat.format(new Date(iso)).replaceAll(',', '')
}
