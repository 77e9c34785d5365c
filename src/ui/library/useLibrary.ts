import { nanoid } from 'nanoid'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { customLibraryEntry, TOUCHPOINT_LIBRARY, type CustomLibraryEntry, type LibraryEntry } from '../../domain/touchpointLibrary'
import { addLibraryEntry, deleteLibraryEntry, listLibraryEntries } from '../../persistence/library'
import { useStoredRows } from '../useStoredRows'

/** The MIME type a dragged library entry travels under; its payload is the entry's id. */
export const LIBRARY_DRAG_TYPE = 'application/x-journeyboard-touchpoint'

/** The built-in touchpoints plus the facilitator's own, kept in the database across workshops. */
export function useLibrary() {
  const { t } = useTranslation()
  const { rows: own, write } = useStoredRows(listLibraryEntries)

  const entries: LibraryEntry[] = useMemo(() => [...TOUCHPOINT_LIBRARY, ...own.map(customLibraryEntry)], [own])
  const nameOf = useCallback((entry: LibraryEntry) => (entry.key ? t(`library.entries.${entry.key}`) : entry.name), [t])

  const add = (fields: Omit<CustomLibraryEntry, 'id' | 'createdAt'>) => write((db) => addLibraryEntry(db, { ...fields, id: nanoid(), createdAt: Date.now() }))
  const remove = (id: string) => write((db) => deleteLibraryEntry(db, id))
  return { entries, nameOf, add, remove }
}
