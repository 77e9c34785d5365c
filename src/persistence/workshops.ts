import { cloneDocsWithNewIds, createMap, emptyDoc, newId, type JourneyDoc, type Workshop, type WorkshopId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import { toMapRow } from './autosave'
import { assertWritable, mapTables, PEOPLE_TABLES, type JourneyboardDb } from './db'
import { facilitationTables, putFacilitationRow } from './facilitation'
import { listMaps, loadMapDoc, type LoadMapError } from './maps'
import { upgradeStoredPeople, type WorkshopRowVersion } from './peopleVersion'
import { CURRENT_FORMAT_VERSION, type Result } from '../format'

export type WorkshopPatch = Partial<Pick<Workshop, 'title' | 'date' | 'facilitator' | 'notes'>>

/** Live workshops (or, with `trashed`, those in the trash), most recently changed first. */
export async function listWorkshops(db: JourneyboardDb, options: { trashed?: boolean } = {}): Promise<Workshop[]> {
  const trashed = options.trashed ?? false
  // A handful of rows: filtering here beats an index on a nullable field (null is not indexable).
  const all = await db.workshops.toArray()
  return all
    .filter((w) => (w.deletedAt !== null) === trashed)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map(stripRow)
}

export async function getWorkshop(db: JourneyboardDb, id: WorkshopId): Promise<Workshop | undefined> {
  const row = await db.workshops.get(id)
  return row && stripRow(row)
}

/** The workshop as the app sees it: the version its people rows are stored at is storage's business. */
function stripRow(row: Workshop & WorkshopRowVersion): Workshop {
  const { peopleFormatVersion: _version, ...workshop } = row
  return workshop
}

/** Stores a workshop made by the domain's `createWorkshop`; fails if the id is taken. */
export async function createWorkshop(db: JourneyboardDb, workshop: Workshop): Promise<void> {
  assertWritable(db)
  await db.workshops.add({ ...workshop, peopleFormatVersion: CURRENT_FORMAT_VERSION } as Workshop)
}

/** Returns the stored workshop after the change, or undefined when there is none with that id. */
export async function updateWorkshop(db: JourneyboardDb, id: WorkshopId, patch: WorkshopPatch, now = Date.now()): Promise<Workshop | undefined> {
  assertWritable(db)
  return db.transaction('rw', db.workshops, async () => {
    const updated = await db.workshops.update(id, { ...definedFields(patch), updatedAt: now })
    return updated ? getWorkshop(db, id) : undefined
  })
}

function definedFields(patch: WorkshopPatch): WorkshopPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
}

export async function trashWorkshop(db: JourneyboardDb, id: WorkshopId, now = Date.now()): Promise<void> {
  assertWritable(db)
  await db.workshops.update(id, { deletedAt: now })
}

export async function restoreWorkshop(db: JourneyboardDb, id: WorkshopId): Promise<void> {
  assertWritable(db)
  await db.workshops.update(id, { deletedAt: null })
}

/** Deletes the workshop with every map, map row, facilitation, persona and job it owns, all or nothing. */
export async function purgeWorkshop(db: JourneyboardDb, id: WorkshopId): Promise<void> {
  assertWritable(db)
  const facilitation = facilitationTables(db)
  const tables = mapTables(db)
  await db.strictTransaction(['workshops', 'maps', ...tables, ...PEOPLE_TABLES, ...facilitation], async () => {
    const mapIds = await db.maps.where('workshopId').equals(id).primaryKeys()
    await Promise.all([
      ...tables.map((t) => db.table(t).where('mapId').anyOf(mapIds).delete()),
      ...facilitation.map((t) => db.table(t).bulkDelete(mapIds)),
      ...PEOPLE_TABLES.map((t) => db.table(t).where('workshopId').equals(id).delete()),
      db.maps.bulkDelete(mapIds),
      db.workshops.delete(id),
    ])
  })
}

export async function countMaps(db: JourneyboardDb, workshopId: WorkshopId, options: { trashed?: boolean } = {}): Promise<number> {
  const trashed = options.trashed ?? false
  return db.maps
    .where('workshopId')
    .equals(workshopId)
    .filter((m) => (m.deletedAt !== null) === trashed)
    .count()
}

/**
 * A new workshop with copies of the live maps and of the personas and jobs. The people get new
 * ids, so the copies are independent; all maps are cloned together so a persona (or a job's step)
 * shared by several maps gets one new id in all of them. The people travel in a carrier document
 * of their own, so a workshop without maps keeps them too. Written in one transaction.
 */
export async function duplicateWorkshop(
  db: JourneyboardDb,
  id: WorkshopId,
  title: string,
  now = Date.now(),
): Promise<Result<Workshop, LoadMapError | { readonly kind: 'notFound'; readonly workshopId: string }>> {
  assertWritable(db)
  if (!(await db.workshops.get(id))) return { ok: false, error: { kind: 'notFound', workshopId: id } }
  // The copy's people rows are read as stored below: bring them to the current version first.
  const upgraded = await db.strictTransaction(['workshops', ...PEOPLE_TABLES], () => upgradeStoredPeople(db, id))
  if (upgraded && !upgraded.ok) return upgraded
  const source = (await getWorkshop(db, id))!
  const docs: JourneyDoc[] = []
  const facilitations: (MapFacilitation | undefined)[] = []
  for (const map of await listMaps(db, id)) {
    const loaded = await loadMapDoc(db, map.id)
    if (!loaded.ok) return loaded
    docs.push(loaded.value.doc)
    facilitations.push(loaded.value.facilitation)
  }
  const [personas, jobs] = await Promise.all([db.personas.where('workshopId').equals(id).toArray(), db.jobs.where('workshopId').equals(id).toArray()])
  const carrier: JourneyDoc = {
    ...emptyDoc(createMap(id, '')),
    personas: Object.fromEntries(personas.map((p) => [p.id, p])),
    jobs: Object.fromEntries(jobs.map((j) => [j.id, j])),
  }
  const copy: Workshop = { ...source, id: newId<WorkshopId>(), title, createdAt: now, updatedAt: now, deletedAt: null }
  const [people, ...maps] = cloneDocsWithNewIds([carrier, ...docs], { workshopId: copy.id, keepPeople: false }, now)
  const tables = mapTables(db)
  await db.strictTransaction(['workshops', 'maps', ...tables, ...PEOPLE_TABLES, ...facilitationTables(db)], async () => {
    await db.workshops.add({ ...copy, peopleFormatVersion: CURRENT_FORMAT_VERSION } as Workshop)
    await Promise.all([
      ...PEOPLE_TABLES.map((t) => db.table(t).bulkAdd(Object.values(people?.[t] ?? {}))),
      // createdAt orders the maps of a workshop, so the copies keep the originals' order; two
      // originals made in the same millisecond are told apart by their list order, which the
      // copies' new (random) ids would not keep.
      db.maps.bulkAdd(orderedTimes(docs.map((d) => d.map.createdAt)).map((createdAt, i) => toMapRow({ ...maps[i]!.map, createdAt }))),
      ...tables.map((t) => db.table(t).bulkAdd(maps.flatMap((m) => Object.values(m[t])))),
      // Each copy takes its original's agenda and votes (cloned in the same order as the docs).
      ...maps.flatMap((m, i) => {
        const facilitation = facilitations[i]
        return facilitation ? [putFacilitationRow(db, m.map.id, facilitation)] : []
      }),
    ])
  })
  return { ok: true, value: copy }
}

/** The same times, each at least a millisecond after the one before, so their order is kept by value. */
function orderedTimes(times: readonly number[]): number[] {
  const out: number[] = []
  for (const t of times) out.push(out.length > 0 ? Math.max(t, out[out.length - 1]! + 1) : t)
  return out
}
