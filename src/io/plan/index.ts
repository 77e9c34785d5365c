/**
 * The action plan's files: CSV out and in, a Markdown checklist, and the effort / impact matrix as
 * a picture. Pure functions of the actions and the map's cards, stages and steps; the caller
 * passes i18n's `t` (keys under "plan.", src/i18n/locales/<lang>.plan.json) and the language.
 * exportMatrix needs the page (canvas, fonts); everything else also runs in Node.
 */
export { planToCsv } from './csvExport'
export { importPlanCsv, PLAN_IMPORT_LIMITS, type ImportedAction, type PlanImportError, type PlanImportOptions, type PlanImportProblem, type PlanImportResult } from './csvImport'
export { describePlanImportError, describePlanImportProblem } from './importMessages'
export { escapeMarkdown, planToMarkdown, type PlanMarkdownOptions } from './markdown'
export { layoutMatrix, scoreCell, type MatrixChip, type MatrixLayout } from './matrixLayout'
export { buildMatrixSvg, legendWidth, STATUS_COLORS, type MatrixSvgInput } from './matrixSvg'
export { exportMatrix, type MatrixExportInput, type MatrixExportOptions } from './matrixExport'
export { PLAN_COLUMNS, type PlanColumn } from './aliases'
export { cardTexts, planOrder, stageTitles, type PlanSource } from './source'
