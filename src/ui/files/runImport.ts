import type { TFunction } from 'i18next'
import type { WorkshopId } from '../../domain'
import { describeIoImportError, readImport, titleFromFileName, type Imported } from '../../io'
import type { Workspace } from '../../store/workspace'
import type { ImportReportData } from './ImportReport'

export type ImportTarget = WorkshopId | 'new'

export type ImportOutcome =
  | { readonly kind: 'imported'; readonly title: string; readonly report: ImportReportData | null }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed' }

/** Every change the import made, as sentences in the person's language. */
export function reportLines(t: TFunction, imported: Imported, extra: readonly { key: string; values: Readonly<Record<string, string | number>> }[]): string[] {
  const lines: string[] = []
  if (imported.migratedFrom !== null) lines.push(t('import.migrated', { from: imported.migratedFrom }))
  for (const repair of imported.repairs) lines.push(t(`import.repair.${repair.kind}`, { count: repair.count, defaultValue: repair.message }))
  for (const note of [...imported.notes, ...extra]) lines.push(t(note.key, note.values))
  return lines
}

/**
 * Reads a file and stores it as a new map of the target workshop. The file is read completely
 * before anything is written, so a refused file changes nothing; a new workshop made for the
 * import is removed again if the map cannot be written.
 */
export async function runImport(t: TFunction, workspace: Workspace, target: ImportTarget, file: { name: string; text: string; token?: string }): Promise<ImportOutcome> {
  const read = readImport(file.name, file.text, {
    fallbackTitle: titleFromFileName(file.name) || t('import.fallbackTitle'),
    untitledStage: t('import.untitledStage'),
    untitledLane: t('import.untitledLane'),
    actionsLane: t('starter.lanes.actions'),
  })
  if (!read.ok) {
    const described = describeIoImportError(read.error)
    return { kind: 'refused', message: t(described.key, described.values) }
  }
  let workshopId: WorkshopId
  let created = false
  if (target === 'new') {
    const workshop = await workspace.createWorkshop({ title: t('import.newWorkshopTitle'), date: '', facilitator: '', notes: '' })
    workshopId = workshop.id
    created = true
  } else workshopId = target
  const imported = await workspace.importMap(workshopId, read.value.doc)
  if (!imported) {
    if (created) await workspace.purgeWorkshop(workshopId)
    return { kind: 'failed' }
  }
  // Save after Open writes back to the file it came from.
  if (file.token && read.value.source === 'journey') workspace.store.getState().rememberFile(imported.doc.map.id, file.token)
  const title = imported.doc.map.title
  const lines = reportLines(t, read.value, imported.notes)
  return { kind: 'imported', title, report: lines.length > 0 ? { title, lines } : null }
}
