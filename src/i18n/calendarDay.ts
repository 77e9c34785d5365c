/**
 * Calendar days in the interface language's own calendar, for the date field: Persian reads the
 * Solar Hijri calendar (1405/9/15), the others the Gregorian one. Days are stored as ISO
 * "YYYY-MM-DD" whatever the calendar; only Intl does calendar arithmetic, so nothing here knows a
 * calendar's rules.
 */

export type CalendarName = 'gregory' | 'persian'

export interface CalendarParts {
  readonly year: number
  /** 1-based. */
  readonly month: number
  readonly day: number
}

const DAY_MS = 86_400_000

export function calendarFor(language: string): CalendarName {
  return language.startsWith('fa') ? 'persian' : 'gregory'
}

const partFormats = new Map<CalendarName, Intl.DateTimeFormat>()

function partFormat(calendar: CalendarName): Intl.DateTimeFormat {
  let format = partFormats.get(calendar)
  if (!format) {
    format = new Intl.DateTimeFormat('en-u-nu-latn', { calendar, timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })
    partFormats.set(calendar, format)
  }
  return format
}

function utcOf(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

function isoOf(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10)
}

function partsAt(utc: number, calendar: CalendarName): CalendarParts {
  const parts = partFormat(calendar).formatToParts(new Date(utc))
  // relatedYear: some engines give a non-Gregorian year there; ours is numeric "year" with latn digits.
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN)
  return { year: get('year'), month: get('month'), day: get('day') }
}

/** The day's year, month and day in the calendar; null for text that is no ISO day. */
export function partsOfDay(iso: string, calendar: CalendarName): CalendarParts | null {
  const utc = utcOf(iso)
  return utc === null ? null : partsAt(utc, calendar)
}

/** The first day of a month of the calendar, found near its Gregorian estimate. */
function firstOfMonth(year: number, month: number, calendar: CalendarName): number {
  if (calendar === 'gregory') return Date.UTC(year, month - 1, 1)
  // The Solar Hijri year starts around 21 March of Gregorian year + 621; months are 29-31 days.
  let utc = Date.UTC(year + 621, 2, 21) + (month - 1) * 30.4 * DAY_MS
  utc = Math.floor(utc / DAY_MS) * DAY_MS
  for (let step = 0; step < 40; step++) {
    const p = partsAt(utc, calendar)
    const diff = (p.year - year) * 12 + (p.month - month)
    if (diff === 0 && p.day === 1) return utc
    utc += diff === 0 ? -(p.day - 1) * DAY_MS : -Math.sign(diff) * Math.max(1, Math.abs(diff) * 28) * DAY_MS
  }
  return utc
}

export function daysInMonth(year: number, month: number, calendar: CalendarName): number {
  const first = firstOfMonth(year, month, calendar)
  const next = month === 12 ? firstOfMonth(year + 1, 1, calendar) : firstOfMonth(year, month + 1, calendar)
  return Math.round((next - first) / DAY_MS)
}

/** The ISO day of a calendar date; a day past the month's end is its last day. */
export function dayFromParts(parts: CalendarParts, calendar: CalendarName): string {
  const day = Math.min(Math.max(1, parts.day), daysInMonth(parts.year, parts.month, calendar))
  return isoOf(firstOfMonth(parts.year, parts.month, calendar) + (day - 1) * DAY_MS)
}

/** The twelve month names of the calendar in the language ("آذر", "desember"). */
export function monthNames(language: string, calendar: CalendarName, year: number): string[] {
  const format = new Intl.DateTimeFormat(language, { calendar, timeZone: 'UTC', month: 'long' })
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(firstOfMonth(year, i + 1, calendar) + 14 * DAY_MS)))
}
