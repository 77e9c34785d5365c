import { cloneDocWithNewIds, type JourneyDoc, type JourneyMap, type MapId, type WorkshopId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import { CURRENT_FORMAT_VERSION, loadEnvelope, runMigrations, type DocumentData, type ImportError, type Loaded, type Result } from '../format'
import { toMapRow, writeDiff } from './autosave'
import { healingDiff } from './heal'
import { assertWritable, MAP_TABLES, mapTables, PEOPLE_TABLES, type JourneyboardDb, type MapRow } from './db'
import { facilitationOfRow, facilitationTables, putFacilitationRow } from './facilitation'
import { migratePeople, peopleVersionOf, upgradeStoredPeople, type PeopleRows, type WorkshopRowVersion } from './peopleVersion'

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

const allDocTables = (db: JourneyboardDb) => ['workshops', 'maps', ...mapTables(db), ...PEOPLE_TABLES]

/**
 * Stores a whole new map (a new, imported or duplicated one) atomically, with its facilitation
 * (agenda and vote history) when it brings one. Its workshop must exist.
 * Personas and jobs are the workshop's, so they are upserted; one that exists under another
 * workshop aborts the write rather than taking it over. An aborted `signal` (a Cancel) stops the
 * write between two chunks of rows by throwing, which aborts the transaction: nothing is stored.
 */
export async function createMapDoc(db: JourneyboardDb, doc: JourneyDoc, signal?: AbortSignal, facilitation?: MapFacilitation): Promise<void> {
  assertWritable(db)
  await db.strictTransaction([...allDocTables(db), ...facilitationTables(db)], async () => {
    const workshop = await db.workshops.get(doc.map.workshopId)
    if (!workshop) throw new Error(`No workshop ${doc.map.workshopId} to add the map to.`)
    await assertPeopleBelong(db, doc)
    // The people rows written below are current: the workshop's older ones must be too, first.
    const upgraded = await upgradeStoredPeople(db, workshop.id)
    if (upgraded && !upgraded.ok) throw new Error(`The workshop's personas and jobs could not be updated: ${upgraded.error.kind}`)
    await db.maps.add(toMapRow(doc.map))
    // A chunk of rows at a time, so the page draws frames between chunks (each row is copied on
    // the page: 20,000 at once stall it for seconds); still one transaction, all or nothing. Only
    // Dexie's own promises may be awaited in here, or the transaction commits early.
    for (const t of mapTables(db)) {
      const rows = Object.values(doc[t])
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        signal?.throwIfAborted()
        await db.table(t).bulkAdd(rows.slice(start, start + WRITE_CHUNK))
      }
    }
    signal?.throwIfAborted()
    for (const t of PEOPLE_TABLES) await db.table(t).bulkPut(Object.values(doc[t]))
    if (facilitation) await putFacilitationRow(db, doc.map.id, facilitation)
    await db.workshops.update(workshop.id, { updatedAt: Date.now() })
  })
}

/** Rows handed to IndexedDB per request when a whole map is written. */
const WRITE_CHUNK = 500

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
 * Reads a map the way a file is read: its rows go through the same migrate, restore and normalize
 * path, so a damaged row costs one record (or one field), never the map. The map's rows are
 * migrated from the map row's version and the workshop's people from theirs. Whatever that path
 * changed in the map's own rows is written back, so the autosave's diffs apply to what is stored;
 * people rows are rewritten only to bring them to the current version.
 */
export async function loadMapDoc(db: JourneyboardDb, mapId: MapId): Promise<Result<Loaded, LoadMapError>> {
  const stored = await readStored(db, mapId)
  if (!stored) return { ok: false, error: { kind: 'notFound', mapId } }
  const { data, mapVersion, peopleVersion, facilitationRow } = stored
  if (mapVersion > CURRENT_FORMAT_VERSION) return { ok: false, error: { kind: 'newerVersion', found: mapVersion, supported: CURRENT_FORMAT_VERSION } }
  const { personas, jobs, ...mapRows } = data
  const mapPart = runMigrations(mapRows, mapVersion)
  if (!mapPart.ok) return mapPart
  const people = migratePeople({ personas, jobs }, peopleVersion)
  if (!people.ok) return people
  const document = { ...(mapPart.value.document as object), personas: people.value.personas, jobs: people.value.jobs }
  const result = loadEnvelope({ type: 'journeyboard', formatVersion: CURRENT_FORMAT_VERSION, app: { name: 'Journeyboard', version: 'db' }, document })
  if (!result.ok) return result
  const migrated = mapVersion < CURRENT_FORMAT_VERSION
  const loaded: Loaded = { ...result.value, migratedFrom: migrated ? mapVersion : null, ...withFacilitation(facilitationRow) }
  if (db.readOnly) return { ok: true, value: loaded }
  const heal = healingDiff(data, loaded.doc, migrated)
  try {
    if (heal.rowCount > 0) await writeDiff(db, heal, loaded.doc.map, true)
    if (peopleVersion < CURRENT_FORMAT_VERSION) await db.strictTransaction(['workshops', ...PEOPLE_TABLES], () => upgradeStoredPeople(db, loaded.doc.map.workshopId))
  } catch (error) {
    return { ok: false, error: { kind: 'storage', error } }
  }
  return { ok: true, value: loaded }
}

/**
 * An imported map about to be written, as loadMapDoc will read it back once it is, without reading
 * or checking its own rows again (for 20,000 cards that took a second or more on the page): shown
 * while its rows are stored, so the person sees it without waiting for the write. Only the
 * workshop's personas and jobs are read, as the workshop may have more than the file (from its
 * other maps) and an autosave that did not know them would take them for deleted. Read before the write
 * starts, as the write's transaction holds the people tables until it commits. The workshop's
 * stored people are joined with the map's own, which the write puts in (and which win: they are
 * the same rows or the file's newer ones).
 */
export async function loadUnwrittenDoc(db: JourneyboardDb, doc: JourneyDoc, facilitation?: MapFacilitation): Promise<Result<Loaded, LoadMapError>> {
  const stored = await db.transaction('r', ['workshops', ...PEOPLE_TABLES], () => readWorkshopPeople(db, doc.map.workshopId))
  const people = migratePeople(stored, stored.version)
  if (!people.ok) return people
  // The map's own rows are at the current version already, and replace stored rows of the same id.
  const own = (rows: readonly unknown[], mine: Readonly<Record<string, unknown>>) => [...rows.filter((r) => !(idOf(r) in mine)), ...Object.values(mine)]
  const loaded = withWorkshopPeople(doc, { personas: own(people.value.personas, doc.personas), jobs: own(people.value.jobs, doc.jobs) })
  return loaded.ok && facilitation ? { ok: true, value: { ...loaded.value, facilitation } } : loaded
}

interface WorkshopPeople extends PeopleRows {
  /** The format version the rows were stored at. */
  readonly version: number
}

const idOf = (row: unknown): string => (typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : '')

/** Inside a read transaction over the workshops and people tables. */
async function readWorkshopPeople(db: JourneyboardDb, workshopId: WorkshopId): Promise<WorkshopPeople> {
  const [personas, jobs] = await Promise.all([db.personas.where('workshopId').equals(workshopId).toArray(), db.jobs.where('workshopId').equals(workshopId).toArray()])
  const workshop = (await db.workshops.get(workshopId)) as WorkshopRowVersion | undefined
  return { personas, jobs, version: peopleVersionOf(workshop) }
}

/**
 * The document with the workshop's people (at the current version), loaded through the format's path with the
 * map's own grid. Cards, links and emotions are left out of that load: they are what makes a load
 * slow, and nothing in a persona or a job depends on them (a job's steps are checked against the grid).
 */
function withWorkshopPeople(doc: JourneyDoc, people: PeopleRows): Result<Loaded, LoadMapError> {
  const document = {
    map: doc.map,
    stages: Object.values(doc.stages),
    steps: Object.values(doc.steps),
    lanes: Object.values(doc.lanes),
    cards: [],
    links: [],
    emotions: [],
    personas: people.personas,
    jobs: people.jobs,
  }
  const result = loadEnvelope({ type: 'journeyboard', formatVersion: CURRENT_FORMAT_VERSION, app: { name: 'Journeyboard', version: 'db' }, document })
  if (!result.ok) return result
  const { personas, jobs } = result.value.doc
  return { ok: true, value: { doc: { ...doc, personas, jobs }, repairs: result.value.repairs, migratedFrom: null } }
}

interface StoredMap {
  readonly data: DocumentData
  readonly mapVersion: number
  readonly peopleVersion: number
  /** The map's facilitation row as stored (unchecked), if it has one. */
  readonly facilitationRow: unknown
}

/** Inside a read transaction that includes facilitationTables(db). */
async function readFacilitationRow(db: JourneyboardDb, mapId: MapId): Promise<unknown> {
  return facilitationTables(db).length > 0 ? db.facilitation.get(mapId) : undefined
}

/** A loaded map carries its facilitation when one is stored; a damaged row reads tolerantly. */
function withFacilitation(row: unknown): { facilitation?: MapFacilitation } {
  return row === undefined ? {} : { facilitation: facilitationOfRow(row) }
}

async function readStored(db: JourneyboardDb, mapId: MapId): Promise<StoredMap | null> {
  const tables = mapTables(db)
  return db.transaction('r', ['workshops', 'maps', ...tables, ...PEOPLE_TABLES, ...facilitationTables(db)], async () => {
    const row = await db.maps.get(mapId)
    if (!row) return null
    const rows = await Promise.all(tables.map((t) => db.table(t).where('mapId').equals(mapId).toArray()))
    // A table this database lacks holds no rows for the map.
    const [stages, steps, lanes, cards, links, emotions, actions] = MAP_TABLES.map((t) => rows[tables.indexOf(t)] ?? [])
    const [personas, jobs] = await Promise.all(PEOPLE_TABLES.map((t) => db.table(t).where('workshopId').equals(row.workshopId).toArray()))
    const workshop = (await db.workshops.get(row.workshopId)) as WorkshopRowVersion | undefined
    const mapVersion = typeof row.formatVersion === 'number' && Number.isInteger(row.formatVersion) && row.formatVersion >= 1 ? row.formatVersion : 1
    return {
      data: { map: stripRow(row), stages, steps, lanes, cards, links, emotions, actions, personas, jobs } as DocumentData,
      mapVersion,
      peopleVersion: peopleVersionOf(workshop),
      facilitationRow: await readFacilitationRow(db, mapId),
    }
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

/** Deletes the map, its rows and its facilitation for good. The workshop's personas and jobs stay. */
export async function purgeMap(db: JourneyboardDb, mapId: MapId): Promise<void> {
  assertWritable(db)
  const facilitation = facilitationTables(db)
  const tables = mapTables(db)
  await db.strictTransaction(['maps', ...tables, ...facilitation], async () => {
    await Promise.all([
      db.maps.delete(mapId),
      ...tables.map((t) => db.table(t).where('mapId').equals(mapId).delete()),
      ...facilitation.map((t) => db.table(t).delete(mapId)),
    ])
  })
}

/**
 * A copy in the same workshop, sharing its personas and jobs; the copy's steps join the jobs. The
 * agenda and vote history go with it (the votes keep the original's card ids: their rows read by
 * the texts they hold).
 */
export async function duplicateMap(db: JourneyboardDb, mapId: MapId, title: string): Promise<Result<JourneyDoc, LoadMapError>> {
  assertWritable(db)
  const loaded = await loadMapDoc(db, mapId)
  if (!loaded.ok) return loaded
  const source = loaded.value.doc
  const copy = cloneDocWithNewIds(source, { workshopId: source.map.workshopId, title, keepPeople: true })
  await createMapDoc(db, copy, undefined, loaded.value.facilitation)
  return { ok: true, value: copy }
}
