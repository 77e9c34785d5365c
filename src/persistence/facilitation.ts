import type { MapId } from '../domain'
import { isDefaultControl, NO_FACILITATION, validateFacilitation, type MapFacilitation } from '../domain/facilitation'
import { assertWritable, type FacilitationRow, type JourneyboardDb } from './db'

/** The table of maps' agendas and vote histories (schema version 3). */
export const FACILITATION_TABLE = 'facilitation'

/**
 * The facilitation table, as a list to add to a transaction's tables: empty for a database opened
 * at an older schema (a test's) or read-only in dynamic mode from one that never had it, where
 * every map simply has no facilitation.
 */
export function facilitationTables(db: JourneyboardDb): string[] {
  return db.tables.some((t) => t.name === FACILITATION_TABLE) ? [FACILITATION_TABLE] : []
}

/** A map that never ran a session keeps no row. */
export function isEmptyFacilitation(facilitation: MapFacilitation): boolean {
  return facilitation.agenda === null && facilitation.votes.length === 0 && (!facilitation.control || isDefaultControl(facilitation.control))
}

/** A stored row read the way a file's section is: tolerantly, so a damaged row costs what is damaged. */
export function facilitationOfRow(row: unknown): MapFacilitation {
  return row === undefined ? NO_FACILITATION : validateFacilitation(row)
}

/** The map's agenda and vote history; NO_FACILITATION when it has none (or the table does not exist). */
export async function readMapFacilitation(db: JourneyboardDb, mapId: MapId): Promise<MapFacilitation> {
  if (facilitationTables(db).length === 0) return NO_FACILITATION
  return facilitationOfRow(await db.facilitation.get(mapId))
}

/**
 * Puts (or, for an empty one, deletes) a map's row inside the caller's read-write transaction,
 * which must include the facilitation table. A non-empty facilitation with no table to hold it
 * throws rather than be lost quietly.
 */
export async function putFacilitationRow(db: JourneyboardDb, mapId: MapId, facilitation: MapFacilitation): Promise<void> {
  if (facilitationTables(db).length === 0) {
    if (isEmptyFacilitation(facilitation)) return
    throw new Error('This database has no place for the agenda and votes.')
  }
  if (isEmptyFacilitation(facilitation)) await db.facilitation.delete(mapId)
  else await db.facilitation.put(toFacilitationRow(mapId, facilitation))
}

/** Saves a map's agenda and vote history on its own, committed with strict durability. */
export async function writeMapFacilitation(db: JourneyboardDb, mapId: MapId, facilitation: MapFacilitation): Promise<void> {
  assertWritable(db)
  await db.strictTransaction([FACILITATION_TABLE], () => putFacilitationRow(db, mapId, facilitation))
}

function toFacilitationRow(mapId: MapId, facilitation: MapFacilitation): FacilitationRow {
  const control = facilitation.control && !isDefaultControl(facilitation.control) ? { control: facilitation.control } : {}
  return { mapId, agenda: facilitation.agenda, votes: facilitation.votes, ...control }
}
