// Converting between the organiser's wall-clock date/time and the UTC instants we store.
// The organiser's time zone is the machine's (main process and renderer share it).
// One module per function: the 'date-fns' barrel costs seconds to load in the main process.
import { addWeeks } from 'date-fns/addWeeks'
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parse } from 'date-fns/parse'
import { UserError } from '../errors'

export function kickoffFromLocal(date: string, time: string): string {
  const d = parse(`${date} ${time}`, 'yyyy-MM-dd HH:mm', new Date())
  if (!isValid(d)) throw new UserError(`"${date} ${time}" isn't a real date and time. Use a date like 2026-11-25 and a time like 19:00.`, 'invalid', 'date')
  return d.toISOString()
}

export function localParts(kickoffAt: string): { date: string; time: string } {
  const d = new Date(kickoffAt)
  return { date: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') }
}

/** Same wall-clock time n weeks later (so 19:00 stays 19:00 across the clocks changing). */
export function weeksLater(kickoffAt: string, n: number): string {
  return addWeeks(new Date(kickoffAt), n).toISOString()
}

/** A fixture whose kick-off has passed counts as played unless cancelled. */
export function isPast(kickoffAt: string, now: Date): boolean {
  return new Date(kickoffAt).getTime() <= now.getTime()
}
