import { nanoid } from 'nanoid'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { customLibraryEntry, TOUCHPOINT_LIBRARY, type CustomLibraryEntry, type LibraryEntry } from '../../domain/touchpointLibrary'
import { addLibraryEntry, deleteLibraryEntry, listLibraryEntries } from '../../persistence/library'
import { useWorkspace } from '../WorkspaceContext'

/** The MIME type a dragged library entry travels under; its payload is the entry's id. */
export const LIBRARY_DRAG_TYPE = 'application/x-journeyboard-touchpoint'

/** The built-in touchpoints plus the facilitator's own, kept in the database across workshops. */
export function useLibrary() {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const [own, setOwn] = useState<CustomLibraryEntry[]>([])

  const [version, setVersion] = useState(0)
  const reload = () => setVersion((v) => v + 1)

  useEffect(() => {
    let live = true
    listLibraryEntries(workspace.db()).then(
      (rows) => live && setOwn(rows),
      () => live && setOwn([]),
    )
    return () => {
      live = false
    }
  }, [workspace, version])

  const entries: LibraryEntry[] = useMemo(() => [...TOUCHPOINT_LIBRARY, ...own.map(customLibraryEntry)], [own])
  const nameOf = useCallback((entry: LibraryEntry) => (entry.key ? t(`library.entries.${entry.key}`) : entry.name), [t])

  const add = async (fields: Omit<CustomLibraryEntry, 'id' | 'createdAt'>) => {
    await addLibraryEntry(workspace.db(), { ...fields, id: nanoid(), createdAt: Date.now() })
    reload()
  }
  const remove = async (id: string) => {
    await deleteLibraryEntry(workspace.db(), id)
    reload()
  }
  return { entries, nameOf, add, remove }
}
