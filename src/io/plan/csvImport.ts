import { cleanLine, cleanParagraph, isSafeId, LIMITS, newId, type Action, type ActionId, type CardId, type MapId } from '../../domain'
import { parseCsv, undefuse } from '../csv'
import { COLUMN_ALIASES, normalizeName, type PlanColumn } from './aliases'
import { readAutomation, readDue, readScore, readStatus, readVotes, type PlanImportProblem } from './importValues'
import type { PlanSource } from './source'

export type { PlanImportProblem } from './importValues'

/** How much a plan CSV may hold: far above a workshop's plan, below what would stall the page. */
export const PLAN_IMPORT_LIMITS = {
  /** UTF-16 code units of the whole file. */
  chars: 20 * 1024 * 1024,
  /** Actions (rows after the header). */
  rows: 2_000,
  columns: 64,
  /** A cell longer than this stops the import; one over the text limit is cut and said. */
  cellChars: 4 * LIMITS.stringLength,
} as const

export type PlanImportError =
  | { readonly kind: 'tooLarge'; readonly limit: number }
  | { readonly kind: 'tooManyRows'; readonly limit: number }
  | { readonly kind: 'tooManyColumns'; readonly line: number; readonly limit: number }
  | { readonly kind: 'fieldTooLong'; readonly line: number; readonly limit: number }
  | { readonly kind: 'noHeader' }

export interface ImportedAction {
  /** A new action with a new id, for the map the import goes into. */
  readonly action: Action
  /** The id the row carried (the exported "Action ID"), when it was a valid one: lets a caller spot a re-import of its own plan. */
  readonly sourceId: string | null
  readonly line: number
}

export type PlanImportResult =
  | { readonly ok: true; readonly actions: readonly ImportedAction[]; readonly problems: readonly PlanImportProblem[] }
  | { readonly ok: false; readonly error: PlanImportError }

export interface PlanImportOptions {
  readonly mapId: MapId
  /** createdAt of the first action; the next rows get the following milliseconds, so the plan keeps the file's order. */
  readonly now: number
  /** Id maker (tests pass a counter). */
  readonly newActionId?: () => ActionId
}

/**
 * Reads a plan CSV in the exported layout (planToCsv), in any of the four languages or with
 * machine-key headers. Columns are found by name, so moved, missing or extra columns are fine;
 * only a title column is required. Every row that has anything in it becomes an action: values the
 * importer cannot use are replaced by a default and reported per row, card ids are kept only when
 * the card is on `target`. Never throws.
 */
export function importPlanCsv(text: string, target: Pick<PlanSource, 'cards'>, options: PlanImportOptions): PlanImportResult {
  if (typeof text !== 'string' || text.length > PLAN_IMPORT_LIMITS.chars) return { ok: false, error: { kind: 'tooLarge', limit: PLAN_IMPORT_LIMITS.chars } }
  const parsed = parseCsv(text, { rows: PLAN_IMPORT_LIMITS.rows + 1, fieldsPerRow: PLAN_IMPORT_LIMITS.columns, fieldLength: PLAN_IMPORT_LIMITS.cellChars })
  if (!parsed.ok) {
    if (parsed.what === 'rows') return { ok: false, error: { kind: 'tooManyRows', limit: PLAN_IMPORT_LIMITS.rows } }
    if (parsed.what === 'fields') return { ok: false, error: { kind: 'tooManyColumns', line: parsed.line, limit: PLAN_IMPORT_LIMITS.columns } }
    return { ok: false, error: { kind: 'fieldTooLong', line: parsed.line, limit: PLAN_IMPORT_LIMITS.cellChars } }
  }
  const [header, ...rows] = parsed.rows
  const index = new Map<PlanColumn, number>()
  header?.forEach((name, i) => {
    const column = COLUMN_ALIASES.get(normalizeName(undefuse(name)))
    if (column && !index.has(column)) index.set(column, i)
  })
  if (!index.has('title')) return { ok: false, error: { kind: 'noHeader' } }

  const problems: PlanImportProblem[] = []
  const report = (problem: PlanImportProblem) => problems.push(problem)
  const actions: ImportedAction[] = []
  const seenIds = new Set<string>()
  const makeId = options.newActionId ?? (() => newId<ActionId>())
  // `line` is the row as a spreadsheet numbers it (the header is row 1); a cell's own line breaks
  // do not count, as in the sheet. Only blank lines, which parseCsv drops, would shift it.
  rows.forEach((row, at) => {
    if (row.every((cell) => undefuse(cell).trim() === '')) return
    const line = at + 2
    const raw = (column: PlanColumn): string => {
      const i = index.get(column)
      return i === undefined ? '' : undefuse(row[i] ?? '')
    }
    const cell = (column: PlanColumn) => raw(column).trim()
    const text = (column: PlanColumn, clean: (value: string) => string): string => {
      const value = raw(column)
      if (value.length > LIMITS.stringLength) report({ kind: 'textCut', line, column, limit: LIMITS.stringLength })
      return clean(value)
    }
    const sourceId = cell('id')
    const validId = isSafeId(sourceId) ? sourceId : null
    if (validId !== null) {
      if (seenIds.has(validId)) report({ kind: 'duplicateId', line, value: validId })
      seenIds.add(validId)
    }
    const action: Action = {
      id: makeId(),
      mapId: options.mapId,
      title: text('title', cleanLine).trim(),
      deliverable: text('deliverable', cleanParagraph).trim(),
      cardIds: readCards(cell('cardIds'), target, line, report),
      owner: text('owner', cleanLine).trim(),
      due: readDue(cell('due'), line, report),
      status: readStatus(cell('status'), line, report),
      impact: readScore(cell('impact'), 'impact', line, report),
      effort: readScore(cell('effort'), 'effort', line, report),
      automation: readAutomation(cell('automation'), line, report),
      automationNote: text('automationNote', cleanParagraph).trim(),
      votes: readVotes(cell('votes'), line, report),
      createdAt: options.now + actions.length,
    }
    actions.push({ action, sourceId: validId, line })
  })
  return { ok: true, actions, problems }
}

/** Card ids separated by spaces, commas or semicolons; only those on the target map are kept, each once. */
function readCards(value: string, target: Pick<PlanSource, 'cards'>, line: number, report: (p: PlanImportProblem) => void): CardId[] {
  if (value === '') return []
  const ids = [...new Set(value.split(/[\s,;]+/).filter((id) => id !== ''))]
  const kept = ids.filter((id): id is CardId => isSafeId(id) && Object.hasOwn(target.cards, id))
  if (kept.length < ids.length) report({ kind: 'cardsMissing', line, count: ids.length - kept.length })
  return kept
}

