import type { PlanImportError, PlanImportProblem } from './csvImport'
import type { Translate } from './source'

/** One row's problem as a sentence in the person's language, for the import's report. */
export function describePlanImportProblem(t: Translate, problem: PlanImportProblem): string {
  const key = `plan.import.problem.${problem.kind}`
  switch (problem.kind) {
    case 'scoreClamped':
    case 'scoreInvalid':
      return t(key, { line: problem.line, column: t(`plan.column.${problem.column}`), value: problem.value, score: problem.score })
    case 'statusUnknown':
      return t(key, { line: problem.line, value: problem.value, status: t(`plan.status.${problem.status}`) })
    case 'automationUnknown':
      return t(key, { line: problem.line, value: problem.value, level: t(`plan.automation.${problem.level}`) })
    case 'votesInvalid':
      return t(key, { line: problem.line, value: problem.value, votes: problem.votes })
    case 'cardsMissing':
      return t(key, { line: problem.line, count: problem.count })
    case 'textCut':
      return t(key, { line: problem.line, column: t(`plan.column.${problem.column}`), limit: problem.limit })
    case 'dateInvalid':
    case 'duplicateId':
      return t(key, { line: problem.line, value: problem.value })
  }
}

/** Why a file could not be read at all, in the person's language. */
export function describePlanImportError(t: Translate, error: PlanImportError): string {
  switch (error.kind) {
    case 'noHeader':
      return t('plan.import.noHeader')
    case 'tooLarge':
    case 'tooManyRows':
      return t(`plan.import.${error.kind}`, { limit: error.limit })
    case 'tooManyColumns':
    case 'fieldTooLong':
      return t(`plan.import.${error.kind}`, { line: error.line, limit: error.limit })
  }
}
