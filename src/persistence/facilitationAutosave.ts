import type { MapId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import type { SaveStatus } from './autosave'
import { createThrottledSave, type ThrottledSave } from './throttledSave'
import type { JourneyboardDb } from './db'
import { writeMapFacilitation } from './facilitation'

export interface FacilitationAutosaveOptions {
  readonly db: JourneyboardDb
  readonly mapId: MapId
  /** The facilitation exactly as it is stored (what the map was opened with). */
  readonly initial: MapFacilitation
  readonly delayMs?: number
  readonly onStatus: (status: SaveStatus, error?: unknown) => void
  readonly readOnly?: boolean
}

export type FacilitationAutosave = ThrottledSave<MapFacilitation>

/**
 * Keeps one open map's agenda and vote history stored, the way createAutosave keeps its document
 * (see createThrottledSave). The row is small and written whole, so there is nothing to diff.
 */
export function createFacilitationAutosave(options: FacilitationAutosaveOptions): FacilitationAutosave {
  const { db, mapId } = options
  return createThrottledSave<MapFacilitation>({
    initial: options.initial,
    readOnly: options.readOnly ?? db.readOnly,
    onStatus: options.onStatus,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
    write: (_saved, target) => writeMapFacilitation(db, mapId, target),
  })
}
