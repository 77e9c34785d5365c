import { describe, expect, it } from 'vitest'
import { calendarFor, dayFromParts, daysInMonth, monthNames, partsOfDay } from '../../../src/i18n/calendarDay'

describe('calendar days for the date field', () => {
  it('reads Persian in the Solar Hijri calendar and the others in the Gregorian one', () => {
    expect(['fa', 'en', 'tr', 'nb'].map(calendarFor)).toEqual(['persian', 'gregory', 'gregory', 'gregory'])
  })

  it('turns an ISO day into Solar Hijri parts and back', () => {
    // Nowruz 1405 is 21 March 2026; 6 December 2026 is 15 Azar 1405.
    expect(partsOfDay('2026-03-21', 'persian')).toEqual({ year: 1405, month: 1, day: 1 })
    expect(partsOfDay('2026-12-06', 'persian')).toEqual({ year: 1405, month: 9, day: 15 })
    expect(dayFromParts({ year: 1405, month: 9, day: 15 }, 'persian')).toBe('2026-12-06')
    expect(dayFromParts({ year: 1405, month: 1, day: 1 }, 'persian')).toBe('2026-03-21')
  })

  it('round-trips every day of two years in both calendars', () => {
    for (const calendar of ['persian', 'gregory'] as const) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10)
        expect(dayFromParts(partsOfDay(iso, calendar)!, calendar)).toBe(iso)
      }
    }
  })

  it('knows month lengths and keeps a day inside its month', () => {
    expect(daysInMonth(1405, 1, 'persian')).toBe(31)
    expect(daysInMonth(1405, 7, 'persian')).toBe(30)
    expect(daysInMonth(2028, 2, 'gregory')).toBe(29)
    expect(dayFromParts({ year: 2026, month: 2, day: 31 }, 'gregory')).toBe('2026-02-28')
  })

  it('names the months in the language and calendar', () => {
    expect(monthNames('fa', 'persian', 1405)[0]).toBe('فروردین')
    expect(monthNames('fa', 'persian', 1405)[8]).toBe('آذر')
    expect(monthNames('nb', 'gregory', 2026)[11]).toBe('desember')
  })
})
