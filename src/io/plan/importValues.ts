import { SCORE_MAX, SCORE_MIN, type ActionStatus, type AutomationLevel } from '../../domain'
import { asciiDigits, AUTOMATION_ALIASES, normalizeName, STATUS_ALIASES, type PlanColumn } from './aliases'

/** Something the importer changed in a row so it could keep it; `line` is the file's line (the header is line 1). */
export type PlanImportProblem =
  | { readonly kind: 'scoreClamped' | 'scoreInvalid'; readonly line: number; readonly column: 'impact' | 'effort'; readonly value: string; readonly score: number }
  | { readonly kind: 'statusUnknown'; readonly line: number; readonly value: string; readonly status: ActionStatus }
  | { readonly kind: 'automationUnknown'; readonly line: number; readonly value: string; readonly level: AutomationLevel }
  | { readonly kind: 'dateInvalid'; readonly line: number; readonly value: string }
  | { readonly kind: 'votesInvalid'; readonly line: number; readonly value: string; readonly votes: number }
  | { readonly kind: 'cardsMissing'; readonly line: number; readonly count: number }
  | { readonly kind: 'textCut'; readonly line: number; readonly column: PlanColumn; readonly limit: number }
  | { readonly kind: 'duplicateId'; readonly line: number; readonly value: string }

export type Report = (problem: PlanImportProblem) => void

/** A score cell between 1 and 5; empty means the middle (3) without a word, anything else out of range is clamped and said. */
export function readScore(value: string, column: 'impact' | 'effort', line: number, report: Report): number {
  const middle = Math.round((SCORE_MIN + SCORE_MAX) / 2)
  if (value === '') return middle
  const number = Number(asciiDigits(value).replace(/[,٫]/, '.'))
  if (!Number.isFinite(number)) {
    report({ kind: 'scoreInvalid', line, column, value, score: middle })
    return middle
  }
  const score = Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(number)))
  if (score !== number) report({ kind: 'scoreClamped', line, column, value, score })
  return score
}

export function readStatus(value: string, line: number, report: Report): ActionStatus {
  if (value === '') return 'idea'
  const status = STATUS_ALIASES.get(normalizeName(value))
  if (status) return status
  report({ kind: 'statusUnknown', line, value, status: 'idea' })
  return 'idea'
}

export function readAutomation(value: string, line: number, report: Report): AutomationLevel {
  if (value === '') return 'no'
  const level = AUTOMATION_ALIASES.get(normalizeName(value))
  if (level) return level
  report({ kind: 'automationUnknown', line, value, level: 'no' })
  return 'no'
}

const MAX_VOTES = 1_000_000

export function readVotes(value: string, line: number, report: Report): number {
  if (value === '') return 0
  const number = Number(asciiDigits(value))
  if (Number.isInteger(number) && number >= 0 && number <= MAX_VOTES) return number
  const votes = Number.isFinite(number) ? Math.min(MAX_VOTES, Math.max(0, Math.round(number))) : 0
  report({ kind: 'votesInvalid', line, value, votes })
  return votes
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || year > 2999 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A due date as "YYYY-MM-DD". Besides the exported form it reads what a spreadsheet may have saved
 * it as after editing: a time after the day ("2026-12-05 00:00:00"), slashes ("2026/12/05"), and
 * the day-first dotted form Norwegian and Turkish sheets use ("05.12.2026"). Slashed day/month
 * orders are ambiguous (5/12 or 12/5), so they are refused and said rather than guessed.
 */
export function readDue(value: string, line: number, report: Report): string {
  if (value === '') return ''
  const text = asciiDigits(value).trim()
  const ymd = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text)
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  const day = ymd ? isoDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : dmy ? isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null
  if (day) return day
  report({ kind: 'dateInvalid', line, value })
  return ''
}
