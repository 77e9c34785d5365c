import type { MapId, WorkshopId } from '../domain'
import type { JourneyboardDb } from './db'

export interface Viewport {
  /** 1 = 100%. */
  readonly zoom: number
  /** Board pixels at the top-left corner of the screen. */
  readonly x: number
  readonly y: number
}

/**
 * Session state that survives a restart but is never undone and never goes into a file.
 * Keys with a parameter are built by the helpers below so that every key has one value type.
 */
export interface Prefs {
  lastWorkshopId: WorkshopId | null
  lastMapId: MapId | null
  language: string
  /** The facilitator's own agenda templates (read back through validateAgenda: never trusted as stored). */
  agendaTemplates: unknown
  /** When the workshop on a map starts, "HH:MM" in the machine's time, for the agenda's clock times. */
  [key: `agendaStart:${string}`]: string
  [key: `viewport:${string}`]: Viewport
}

export type PrefKey = keyof Prefs & string

export function viewportKey(mapId: MapId): `viewport:${MapId}` {
  return `viewport:${mapId}`
}

export function agendaStartKey(mapId: MapId): `agendaStart:${MapId}` {
  return `agendaStart:${mapId}`
}

export async function getPref<K extends PrefKey>(db: JourneyboardDb, key: K): Promise<Prefs[K] | undefined> {
  const row = await db.prefs.get(key)
  return row?.value as Prefs[K] | undefined
}

/** Resolves false without writing on a read-only database: losing a viewport is no reason to fail. */
export async function setPref<K extends PrefKey>(db: JourneyboardDb, key: K, value: Prefs[K]): Promise<boolean> {
  if (db.readOnly) return false
  await db.prefs.put({ key, value })
  return true
}

export async function deletePref(db: JourneyboardDb, key: PrefKey): Promise<boolean> {
  if (db.readOnly) return false
  await db.prefs.delete(key)
  return true
}
