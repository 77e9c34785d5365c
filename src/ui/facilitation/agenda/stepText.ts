import type { TFunction } from 'i18next'
import type { AgendaStep } from '../../../domain/facilitation'
import { formatDuration } from '../../../i18n/format'

/** The step's own title, or the method's title for its kind in the interface language. */
export function stepTitle(step: AgendaStep, t: TFunction): string {
  return step.title || t(`agenda.kinds.${step.kind}.title`)
}

/** The step's own instruction, or the method's instruction for its kind. */
export function stepInstruction(step: AgendaStep, t: TFunction): string {
  return step.instruction || t(`agenda.kinds.${step.kind}.instruction`)
}

const clockFormats = new Map<string, Intl.DateTimeFormat>()

/** A clock time (ms since 1970) in the language's digits and style: "9:30 AM", "09:30", "۰۹:۳۰". */
export function formatClock(epochMs: number, language: string): string {
  let format = clockFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'short' })
    clockFormats.set(language, format)
  }
  return format.format(new Date(epochMs))
}

export function minutesText(minutes: number, language: string): string {
  return formatDuration(minutes, language)
}

/** "HH:MM" today in this machine's time zone, as ms; null for anything else. */
export function startOfSession(hhmm: string | null, today: Date = new Date()): number | null {
  const match = hhmm ? /^(\d{2}):(\d{2})$/.exec(hhmm) : null
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return new Date(today.getFullYear(), today.getMonth(), today.getDate(), hours, minutes).getTime()
}
