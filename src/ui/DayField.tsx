import { useTranslation } from 'react-i18next'
import { calendarFor, dayFromParts, daysInMonth, monthNames, partsOfDay, type CalendarParts } from '../i18n/calendarDay'
import { formatNumber } from '../i18n/format'

const YEARS_AROUND = 5

/** Day, month and year in the order the language writes a date ("6 December 2026", "December 6, 2026"). */
function fieldOrder(language: string): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(language, { calendar: calendarFor(language), day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date())
  const order = parts.map((p) => p.type).filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year')
  return order.length === 3 ? order : ['day', 'month', 'year']
}

/**
 * A calendar day in the app's language rather than the browser's: the browser's date input shows
 * mm/dd/yyyy, Latin digits and the Gregorian calendar whatever the app speaks. Persian gets the
 * Solar Hijri calendar and Persian digits. The value stays an ISO "YYYY-MM-DD".
 */
export function DayField({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const calendar = calendarFor(language)
  const today = partsOfDay(new Date().toISOString().slice(0, 10), calendar)!
  const parts: CalendarParts = partsOfDay(value, calendar) ?? today
  const number = (n: number) => formatNumber(n, language, { useGrouping: false })
  const change = (next: Partial<CalendarParts>) => onChange(dayFromParts({ ...parts, ...next }, calendar))
  const years = Array.from({ length: 2 * YEARS_AROUND + 1 }, (_, i) => today.year - YEARS_AROUND + i)
  if (!years.includes(parts.year)) years.push(parts.year)
  years.sort((a, b) => a - b)
  const months = monthNames(language, calendar, parts.year)
  const days = daysInMonth(parts.year, parts.month, calendar)
  const selects = {
    day: (
      <select key="day" aria-label={t('workshopForm.day')} value={parts.day} onChange={(e) => change({ day: Number(e.target.value) })}>
        {Array.from({ length: days }, (_, i) => (
          <option key={i} value={i + 1}>
            {number(i + 1)}
          </option>
        ))}
      </select>
    ),
    month: (
      <select key="month" aria-label={t('workshopForm.month')} value={parts.month} onChange={(e) => change({ month: Number(e.target.value) })}>
        {months.map((name, i) => (
          <option key={i} value={i + 1}>
            {name}
          </option>
        ))}
      </select>
    ),
    year: (
      <select key="year" aria-label={t('workshopForm.year')} value={parts.year} onChange={(e) => change({ year: Number(e.target.value) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {number(y)}
          </option>
        ))}
      </select>
    ),
  }
  return (
    <fieldset className="field day-field" data-testid="day-field" data-value={value}>
      <legend>{label}</legend>
      <div className="day-field-parts">{fieldOrder(language).map((part) => selects[part])}</div>
    </fieldset>
  )
}
