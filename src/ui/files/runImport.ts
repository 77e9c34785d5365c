import type { TFunction } from 'i18next'
import type { MapId, WorkshopId } from '../../domain'
import { describeIoImportError, titleFromFileName, type Imported } from '../../io'
import type { ImportPhase } from '../../io/importJob'
import type { Workspace } from '../../store/workspace'
import type { ImportReportData } from './ImportReport'
import { importInWorker, type WorkerImport } from './importInWorker'

export type ImportTarget = WorkshopId | 'new'

const UNSEEN_REPAIRS: ReadonlySet<string> = new Set(['rekeyedIds'])

export type ImportOutcome =
  | {
      readonly kind: 'imported'
      readonly title: string
      readonly report: ImportReportData | null
      readonly workshopId: WorkshopId
      readonly mapId: MapId
      /** Whether the new map was opened; if not, the person is offered to open it. */
      readonly opened: boolean
    }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed' }
  | { readonly kind: 'cancelled' }

/** A running import: its outcome, and Cancel. */
export interface ImportRun {
  readonly done: Promise<ImportOutcome>
  /**
   * 'stopped': the file was still being read, nothing was written, and `done` is 'cancelled'.
   * 'stopping': the write is under way and is asked to stop; `done` tells whether it did (nothing
   * stored) or had already been committed (then the map is imported).
   */
  cancel(): 'stopped' | 'stopping'
}

/** Reads the file off the page; importInWorker in the app, a stand-in in tests. */
export type FileReader = typeof importInWorker

/**
 * What of the import a person may want to check, as sentences in their language. Changes they
 * cannot see or act on are left out: new ids (a file imported twice, or into another workshop)
 * and the update of an older file format.
 */
export function reportLines(t: TFunction, imported: Imported, extra: readonly { key: string; values: Readonly<Record<string, string | number>> }[]): string[] {
  const lines: string[] = []
  for (const repair of imported.repairs) if (!UNSEEN_REPAIRS.has(repair.kind)) lines.push(t(`import.repair.${repair.kind}`, { count: repair.count, defaultValue: repair.message }))
  for (const note of [...imported.notes, ...extra]) lines.push(t(note.key, note.values))
  return lines
}

/**
 * Reads a file in the import worker and stores it as a new map of the target workshop. The file
 * is read completely before anything is written, so a refused or cancelled file changes nothing;
 * a new workshop made for the import is removed again if the map cannot be written. When `open`
 * says so once the file is read (the person waited for it), the map shows at once and is written
 * behind it, and the run ends there. Otherwise it is written first, in one transaction, whole or
 * not at all, so a Cancel during that write aborts it and leaves nothing behind (the new workshop
 * made for it is removed again too), and the map is then offered.
 */
export function startImport(
  t: TFunction,
  workspace: Workspace,
  target: ImportTarget,
  file: { name: string; text: string; token?: string },
  onPhase: (phase: ImportPhase) => void,
  read: FileReader = importInWorker,
  open: () => boolean = () => true,
): ImportRun {
  const job: WorkerImport = read(
    {
      name: file.name,
      text: file.text,
      titles: {
        fallbackTitle: titleFromFileName(file.name) || t('import.fallbackTitle'),
        untitledStage: t('import.untitledStage'),
        untitledLane: t('import.untitledLane'),
        actionsLane: t('starter.lanes.actions'),
        emotionsLane: t('starter.lanes.emotions'),
      },
    },
    onPhase,
  )
  let cancelled = false
  let writing = false
  const abort = new AbortController()
  const done = job.done.then(async (end): Promise<ImportOutcome> => {
    // A Cancel that came after the worker answered but before this ran still wins: nothing is written yet.
    if (end.kind === 'cancelled' || cancelled) return { kind: 'cancelled' }
    if (end.kind === 'crashed') return { kind: 'refused', message: t('import.error.crashed', { message: end.message }) }
    const read = end.result
    if (!read.ok) {
      const described = describeIoImportError(read.error)
      return { kind: 'refused', message: t(described.key, described.values) }
    }
    writing = true
    onPhase('saving')
    return save(t, workspace, target, file, read.value, open, abort.signal)
  })
  const cancel = () => {
    if (writing) {
      abort.abort()
      return 'stopping' as const
    }
    cancelled = true
    job.cancel()
    return 'stopped' as const
  }
  return { done, cancel }
}

async function save(
  t: TFunction,
  workspace: Workspace,
  target: ImportTarget,
  file: { token?: string },
  read: Imported,
  open: () => boolean,
  signal: AbortSignal,
): Promise<ImportOutcome> {
  let workshopId: WorkshopId
  let created = false
  if (target === 'new') {
    const workshop = await workspace.createWorkshop({ title: t('import.newWorkshopTitle'), date: '', facilitator: '', notes: '' })
    workshopId = workshop.id
    created = true
  } else workshopId = target
  const imported = await workspace.importMap(workshopId, read.doc, {
    open,
    signal,
    // A sheet or a Mermaid text knows people by name alone: the workshop's own of those names are meant.
    personasByName: read.source !== 'journey',
    ...(read.facilitation ? { facilitation: read.facilitation } : {}),
  })
  if (!imported || imported === 'cancelled') {
    if (created) await workspace.purgeWorkshop(workshopId)
    return imported === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed' }
  }
  // A map shown before its write whose write then failed is off the board again; so is the workshop made for it.
  if (created) void imported.saved.then((ok) => (ok ? undefined : dropWorkshop(workspace, workshopId)))
  // Save after Open writes back to the file it came from.
  if (file.token && read.source === 'journey') workspace.store.getState().rememberFile(imported.doc.map.id, file.token)
  const title = imported.doc.map.title
  // A sheet's names finding the workshop's own personas is what the person meant, nothing to check.
  const notes = read.source === 'journey' ? imported.notes : imported.notes.filter((n) => n.key !== 'import.note.peopleKept')
  const lines = reportLines(t, read, notes)
  return { kind: 'imported', title, report: lines.length > 0 ? { title, lines } : null, workshopId, mapId: imported.doc.map.id, opened: imported.opened }
}

/** Removes a workshop made for an import that stored nothing, leaving it for the list if it is shown. */
async function dropWorkshop(workspace: Workspace, id: WorkshopId): Promise<void> {
  const screen = workspace.store.getState().screen
  if (screen.kind === 'workshop' && screen.workshopId === id) await workspace.showWorkshops()
  await workspace.purgeWorkshop(id)
}
