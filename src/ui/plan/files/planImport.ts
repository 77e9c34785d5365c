import type { TFunction } from 'i18next'
import { hasRecord } from '../../../domain/records'
import { LIMITS, type Action, type ActionId, type JourneyDoc } from '../../../domain'
import { importPlanCsv } from '../../../io/plan/csvImport'
import { describePlanImportError, describePlanImportProblem } from '../../../io/plan/importMessages'
import type { Translate } from '../../../io/plan/source'
import { platform } from '../../../platform'
import { appStore } from '../../../store'
import { describeFileError, notice } from '../../files/fileActions'

/** A file read for the plan: what it would add and what the importer had to change, or why it could not be read at all. */
export type PlanImportView =
  | {
      readonly kind: 'ready'
      readonly name: string
      readonly actions: readonly Action[]
      /** Already worded, one per row problem, in the file's order. */
      readonly problems: readonly string[]
      /** Actions whose "Action ID" is one this plan already has: the file is (partly) this plan's own export. */
      readonly existing: ReadonlySet<Action>
      /** How many more actions the plan has room for. */
      readonly room: number
    }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string }

/** A NUL character never appears in a text file: the person picked a picture, a PDF or an archive. */
// eslint-disable-next-line no-control-regex -- the NUL character is the point
const BINARY = /\u0000/

/** Reads a CSV of actions in the exported layout against `doc`, changing nothing. */
export function readPlanCsv(t: TFunction, doc: JourneyDoc, name: string, text: string, now: number): PlanImportView {
  const translate: Translate = (key, values) => t(key, values ?? {})
  const csvName = /\.(csv|tsv|txt)$/i.test(name)
  if (BINARY.test(text)) return { kind: 'failed', name, message: t('plan.import.notCsv', { name }) }
  const result = importPlanCsv(text, doc, { mapId: doc.map.id, now })
  if (!result.ok) {
    // A .journey or Markdown file has no title column either: say what it is rather than what it lacks.
    const message = result.error.kind === 'noHeader' && !csvName ? t('plan.import.notCsv', { name }) : describePlanImportError(translate, result.error)
    return { kind: 'failed', name, message }
  }
  const existing = new Set(result.actions.filter((a) => a.sourceId !== null && hasRecord(doc.actions, a.sourceId as ActionId)).map((a) => a.action))
  return {
    kind: 'ready',
    name,
    actions: result.actions.map((a) => a.action),
    problems: result.problems.map((p) => describePlanImportProblem(translate, p)),
    existing,
    room: Math.max(0, LIMITS.actions - Object.keys(doc.actions).length),
  }
}

/** Asks for a CSV file and reads it for the open map; null when the person cancelled or no map is open. */
export async function pickPlanCsv(t: TFunction): Promise<PlanImportView | null> {
  const picked = await platform.files.open('planCsv')
  if (picked.kind === 'cancelled') return null
  if (picked.kind === 'failed') return { kind: 'failed', name: picked.name, message: describeFileError(t, picked.error) }
  const doc = appStore.getState().doc
  if (!doc) return null
  return readPlanCsv(t, doc, picked.file.name, picked.file.text, Date.now())
}

/** Adds the read actions to the open map in one command, so one Undo takes the whole import back. */
export function addImportedActions(actions: readonly Action[]): number {
  const { doc, dispatch } = appStore.getState()
  if (!doc || actions.length === 0) return 0
  const before = Object.keys(doc.actions).length
  dispatch({ type: 'addActions', actions })
  const after = appStore.getState().doc
  const added = after ? Object.keys(after.actions).length - before : 0
  // The plan's limit lets only part in: say how much, rather than a count that hides the rest.
  if (added > 0) notice(added < actions.length ? 'plan.import.addedSome' : 'plan.import.added', added < actions.length ? { added, count: actions.length } : { count: added }, 'info')
  return added
}
