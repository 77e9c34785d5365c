import Dexie from 'dexie'
import type { JourneyDoc, JourneyMap, RecordTable } from '../domain'
import { CURRENT_FORMAT_VERSION } from '../format'
import type { JourneyboardDb, MapRow } from './db'
import { diffDocs, type DocDiff } from './diff'
import { createThrottledSave, type SaveStatus, type ThrottledSave } from './throttledSave'

export { diffDocs, type DocDiff } from './diff'

export type { SaveStatus } from './throttledSave'

export interface AutosaveOptions {
  readonly db: JourneyboardDb
  /** The document exactly as it is stored (what loadMapDoc or createMapDoc gave back). */
  readonly initial: JourneyDoc
  readonly delayMs?: number
  readonly onStatus: (status: SaveStatus, error?: unknown) => void
  readonly readOnly?: boolean
}

/** update() takes the newest document; only this map's. */
export type Autosave = ThrottledSave<JourneyDoc>

export function toMapRow(map: JourneyMap): MapRow {
  return { ...map, formatVersion: CURRENT_FORMAT_VERSION }
}

/** Writes one diff in one read-write transaction over the tables it touches. */
export async function writeDiff(db: JourneyboardDb, diff: DocDiff, map: JourneyMap, strict = false): Promise<void> {
  const touched = new Set<string>()
  for (const table of Object.keys(diff.puts)) touched.add(table)
  for (const table of Object.keys(diff.deletes)) touched.add(table)
  if (diff.mapChanged) touched.add('maps')
  if (touched.size === 0) return
  const work = async (): Promise<void> => {
    const ops: Promise<unknown>[] = []
    for (const [table, rows] of Object.entries(diff.puts)) ops.push(db.table(table as RecordTable).bulkPut(rows))
    for (const [table, ids] of Object.entries(diff.deletes)) ops.push(db.table(table as RecordTable).bulkDelete(ids))
    if (diff.mapChanged) ops.push(putMapKeepingTrash(db, map))
    // Committed as soon as its writes are asked for: left to commit on its own, it waits for their
    // success events to run on the page, which come after the frame the edit draws (Enter at 500
    // cards: a 20-30 ms frame), and only then flushes to disk. The map row's read must come back first.
    else (Dexie.currentTransaction as unknown as { idbtrans?: IDBTransaction } | null)?.idbtrans?.commit?.()
    await Promise.all(ops)
  }
  await (strict ? db.strictTransaction([...touched], work) : db.transaction('rw', [...touched], work))
}

/** Trash is kept by the repository, not the document: an open map's stale `deletedAt` must not restore it. */
async function putMapKeepingTrash(db: JourneyboardDb, map: JourneyMap): Promise<void> {
  const stored = await db.maps.get(map.id)
  await db.maps.put({ ...toMapRow(map), deletedAt: stored ? stored.deletedAt : map.deletedAt })
}

/**
 * Keeps the stored copy of one open map in step with the document, writing only the records that
 * changed since the last write that committed. `saved` advances only after a commit, so a failed
 * write (storage full) loses nothing: the next attempt diffs from the same point and carries it.
 *
 * Every write commits with strict durability, so "Saved" means what it says to a person: the
 * edit is on disk and survives a power cut, not only a crash of the app. Relaxed commits would
 * let "Saved" show for writes still in the OS cache. Measured in Chromium 156 on a shared 2-core
 * VM (load 8-10): a one-row commit took 1.5 ms median relaxed and 3-9 ms strict, ten rows 4 and
 * 4-5 ms, 200 rows ~55 and ~60 ms. That is off the page's main thread, at most once per ~300 ms
 * throttle window, and small beside what "Saved" then promises.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const { db } = options
  return createThrottledSave<JourneyDoc>({
    initial: options.initial,
    readOnly: options.readOnly ?? db.readOnly,
    onStatus: options.onStatus,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
    write: (saved, target) => writeDiff(db, diffDocs(saved, target), target.map, true),
    check: (doc) => {
      if (doc.map.id !== options.initial.map.id) throw new Error('Autosave keeps one map; create another for a different map.')
    },
  })
}
