import { isolated, isolatesValues } from './isolated'

/**
 * Locale-aware numbers and dates. Everything a person reads as a number goes through Intl with the
 * interface language, so Persian shows Persian digits (۱۲۳) and separators, Norwegian a space
 * between thousands, Turkish the percent sign first (%50).
 */

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(language, options)
    numberFormats.set(key, format)
  }
  return format
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(language, options).format(value)
}

/** A ratio as a whole percentage: 1.25 -> "125%" (en), "%125" (tr), "۱۲۵٪" (fa). */
export function formatPercent(ratio: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio)
}

/** A duration in minutes, in the language's own words for the units ("1 h 30 min", "۱ ساعت و ۳۰ دقیقه"). */
export function formatDuration(minutes: number, language: string): string {
  const whole = Math.max(0, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  const unit = (value: number, unit: 'hour' | 'minute') => numberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value)
  if (hours === 0) return unit(rest, 'minute')
  if (rest === 0) return unit(hours, 'hour')
  const list = new Intl.ListFormat(language, { style: 'narrow', type: 'unit' })
  return list.format([unit(hours, 'hour'), unit(rest, 'minute')])
}

/** A workshop date ("YYYY-MM-DD") in the interface language; read as a calendar day, never shifted by time zone. */
export function formatDay(isoDay: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  if (!match) return isoDay
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** A moment (ms since 1970) as date and time in the interface language. */
export function formatDateTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs))
}

/**
 * The i18next formatter module: numbers in `{{count}}`, `{{n}}` etc. are formatted for the
 * language even without a format name, and text in `{{title}}`, `{{name}}` etc. is isolated in its
 * own direction (a person's words: see isolated.ts), so catalogues keep plain placeholders and no
 * call site has to remember. Named formats: number, percent, datetime (ms or Date), day (YYYY-MM-DD).
 */
export const i18nFormatter = {
  type: 'formatter' as const,
  init(): void {},
  add(): void {},
  addCached(): void {},
  format(value: unknown, format: string | undefined, lng: string | undefined, options?: unknown): unknown {
    const language = lng ?? 'en'
    const name = format?.trim().toLowerCase()
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (name === 'percent') return formatPercent(value, language)
      if (name === 'datetime') return formatDateTime(value, language)
      return formatNumber(value, language)
    }
    if (value instanceof Date && name === 'datetime') return formatDateTime(value.getTime(), language)
    if (typeof value === 'string' && name === 'day') return formatDay(value, language)
    if (typeof value === 'string' && name === undefined && value !== '' && isolatesValues(options)) return isolated(value)
    return value
  },
}
