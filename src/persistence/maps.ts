import { cloneDocWithNewIds, type JourneyDoc, type JourneyMap, type MapId, type WorkshopId } from '../domain'
import { loadEnvelope, type Envelope, type ImportError, type Loaded, type Result } from '../format'
import { toMapRow, writeDiff } from './autosave'
import { healingDiff } from './heal'
import { assertWritable, MAP_TABLES, PEOPLE_TABLES, type JourneyboardDb, type MapRow } from './db'

export type LoadMapError = ImportError | { readonly kind: 'notFound'; readonly mapId: string } | { readonly kind: 'storage'; readonly error: unknown }

/** Two records with one id in different workshops: writing would change someone else's data. */
export class IdCollisionError extends Error {
  override readonly name = 'IdCollisionError'
}

export function stripRow(row: MapRow): JourneyMap {
  const { formatVersion: _formatVersion, ...map } = row
  return map
}

export async function listMaps(db: JourneyboardDb, workshopId: WorkshopId, options: { trashed?: boolean } = {}): Promise<JourneyMap[]> {
  const trashed = options.trashed ?? false
  const rows = await db.maps.where('workshopId').equals(workshopId).toArray()
  return rows
    .filter((m) => (m.deletedAt !== null) === trashed)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(stripRow)
}

const ALL_DOC_TABLES = ['workshops', 'maps', ...MAP_TABLES, ...PEOPLE_TABLES]

/**
 * Stores a whole new map (a new, imported or duplicated one) atomically. Its workshop must exist.
 * Personas and jobs are the workshop's, so they are upserted; one that exists under another
 * workshop aborts the write rather than taking it over.
 */
export async function createMapDoc(db: JourneyboardDb, doc: JourneyDoc): Promise<void> {
  assertWritable(db)
  await db.strictTransaction(ALL_DOC_TABLES, async () => {
    const workshop = await db.workshops.get(doc.map.workshopId)
    if (!workshop) throw new Error(`No workshop ${doc.map.workshopId} to add the map to.`)
    await assertPeopleBelong(db, doc)
    await db.maps.add(toMapRow(doc.map))
    await Promise.all([
      ...MAP_TABLES.map((t) => db.table(t).bulkAdd(Object.values(doc[t]))),
      ...PEOPLE_TABLES.map((t) => db.table(t).bulkPut(Object.values(doc[t]))),
      db.workshops.update(workshop.id, { updatedAt: Date.now() }),
    ])
  })
}

async function assertPeopleBelong(db: JourneyboardDb, doc: JourneyDoc): Promise<void> {
  for (const table of PEOPLE_TABLES) {
    const ids = Object.keys(doc[table])
    const stored = (await db.table(table).bulkGet(ids)) as ({ workshopId: string } | undefined)[]
    if (stored.some((row) => row && row.workshopId !== doc.map.workshopId)) {
      throw new IdCollisionError(`A record in ${table} has an id already used by another workshop.`)
    }
  }
}

/**
 * Reads a map the way a file is read: its rows become an envelope at the version they were
 * written in and go through the same parse, migrate and normalize path. Whatever that path
 * changed in the map's own rows is written back, so the autosave's diffs apply to what is stored.
 */
export async function loadMapDoc(db: JourneyboardDb, mapId: MapId): Promise<Result<Loaded, LoadMapError>> {
  const envelope = await readEnvelope(db, mapId)
  if (!envelope) return { ok: false, error: { kind: 'notFound', mapId } }
  const loaded = loadEnvelope(envelope)
  if (!loaded.ok || db.readOnly) return loaded
  const heal = healingDiff(envelope.document, loaded.value.doc, loaded.value.migratedFrom !== null)
  if (heal.rowCount > 0) {
    try {
      await writeDiff(db, heal, loaded.value.doc.map, true)
    } catch (error) {
      return { ok: false, error: { kind: 'storage', error } }
    }
  }
  return loaded
}

async function readEnvelope(db: JourneyboardDb, mapId: MapId): Promise<Envelope | null> {
  return db.transaction('r', ['maps', ...MAP_TABLES, ...PEOPLE_TABLES], async () => {
    const row = await db.maps.get(mapId)
    if (!row) return null
    const [stages, steps, lanes, cards, links, emotions] = await Promise.all(MAP_TABLES.map((t) => db.table(t).where('mapId').equals(mapId).toArray()))
    const [personas, jobs] = await Promise.all(PEOPLE_TABLES.map((t) => db.table(t).where('workshopId').equals(row.workshopId).toArray()))
    return {
      type: 'journeyboard',
      // Personas and jobs are stored at the version of the last map that wrote them. While the
      // format has one version that is moot; a format change to them must version them apart.
      formatVersion: row.formatVersion,
      app: { name: 'Journeyboard', version: 'db' },
      document: { map: stripRow(row), stages, steps, lanes, cards, links, emotions, personas, jobs },
    } as Envelope
  })
}

/** Renames a map that is not open; an open map is renamed by the `renameMap` command instead. */
export async function renameMap(db: JourneyboardDb, mapId: MapId, title: string): Promise<void> {
  assertWritable(db)
  await db.maps.update(mapId, { title })
}

export async function trashMap(db: JourneyboardDb, mapId: MapId, now = Date.now()): Promise<void> {
  assertWritable(db)
  await db.maps.update(mapId, { deletedAt: now })
}

export async function restoreMap(db: JourneyboardDb, mapId: MapId): Promise<void> {
  assertWritable(db)
  await db.maps.update(mapId, { deletedAt: null })
}

/** Deletes the map and its rows for good. The workshop's personas and jobs stay. */
export async function purgeMap(db: JourneyboardDb, mapId: MapId): Promise<void> {
  assertWritable(db)
  await db.strictTransaction(['maps', ...MAP_TABLES], async () => {
    await Promise.all([db.maps.delete(mapId), ...MAP_TABLES.map((t) => db.table(t).where('mapId').equals(mapId).delete())])
  })
}

/** A copy in the same workshop, sharing its personas and jobs; the copy's steps join the jobs. */
export async function duplicateMap(db: JourneyboardDb, mapId: MapId, title: string): Promise<Result<JourneyDoc, LoadMapError>> {
  assertWritable(db)
  const loaded = await loadMapDoc(db, mapId)
  if (!loaded.ok) return loaded
  const source = loaded.value.doc
  const copy = cloneDocWithNewIds(source, { workshopId: source.map.workshopId, title, keepPeople: true })
  await createMapDoc(db, copy)
  return { ok: true, value: copy }
}
