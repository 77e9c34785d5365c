import type { CustomLibraryEntry } from '../domain/touchpointLibrary'
import { assertWritable, type JourneyboardDb } from './db'

/** A facilitator's own touchpoints, oldest first so the list does not reshuffle as they add more. */
export async function listLibraryEntries(db: JourneyboardDb): Promise<CustomLibraryEntry[]> {
  const rows = (await db.table('libraryEntries').toArray()) as CustomLibraryEntry[]
  return rows.sort((a, b) => a.createdAt - b.createdAt)
}

export async function addLibraryEntry(db: JourneyboardDb, entry: CustomLibraryEntry): Promise<void> {
  assertWritable(db)
  await db.table('libraryEntries').add(entry)
}

export async function deleteLibraryEntry(db: JourneyboardDb, id: string): Promise<void> {
  assertWritable(db)
  await db.table('libraryEntries').delete(id)
}
