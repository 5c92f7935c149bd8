// One date style for the whole app: the renderer's lists, the messages and group-chat texts main
// writes, and the CSV. Dates read in the organiser's locale ("Wed 25 Nov" in en-GB), with the
// year added only when it isn't this year (or always, for files that outlive the year), and the
// same separators either way: Intl alone gives "Wed 30 Dec" beside "Wed, 6 Jan 2027".

export interface DateStyle {
  /** A BCP 47 locale; undefined means the runtime's own (the renderer's is the organiser's). */
  locale?: string
  /** An IANA zone; undefined means the machine's, where fixtures' wall-clock times were entered. */
  timeZone?: string
}

const cache = new Map<string, Intl.DateTimeFormat>()

function fmt(style: DateStyle, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([style.locale ?? '', style.timeZone ?? '', options])
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(style.locale, { ...options, timeZone: style.timeZone })
    cache.set(key, f)
  }
  return f
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }

function valid(iso: string): Date | null {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

function yearOf(d: Date, style: DateStyle): string {
  return fmt(style, { year: 'numeric' }).format(d)
}

/**
 * "Wed 25 Nov", or "Wed 6 Jan 2027" when the year differs from `now`'s (`year: 'always'` for files).
 * The with-year form keeps the without-year form's separator after the weekday.
 */
export function formatDay(iso: string, style: DateStyle = {}, opts: { year?: 'auto' | 'always'; now?: Date } = {}): string {
  const d = valid(iso)
  if (!d) return ''
  const withYear = opts.year === 'always' || yearOf(d, style) !== yearOf(opts.now ?? new Date(), style)
  if (!withYear) return fmt(style, DAY).format(d)
  const short = fmt(style, DAY).formatToParts(d)
  const afterWeekday = short.findIndex((p) => p.type === 'weekday') + 1
  const sep = short[afterWeekday]?.type === 'literal' ? short[afterWeekday]!.value : null
  const parts = fmt(style, { ...DAY, year: 'numeric' }).formatToParts(d)
  const i = parts.findIndex((p) => p.type === 'weekday') + 1
  if (sep !== null && parts[i]?.type === 'literal') parts[i] = { ...parts[i]!, value: sep }
  return parts.map((p) => p.value).join('')
}

/** "19:00" (or "7:00 PM" where that is the custom). */
export function formatTime(iso: string, style: DateStyle = {}): string {
  const d = valid(iso)
  return d ? fmt(style, { hour: 'numeric', minute: '2-digit' }).format(d) : ''
}

/** "Wed 25 Nov, 19:00". */
export function formatDayTime(iso: string, style: DateStyle = {}, opts: { year?: 'auto' | 'always'; now?: Date } = {}): string {
  const day = formatDay(iso, style, opts)
  return day ? `${day}, ${formatTime(iso, style)}` : ''
}
