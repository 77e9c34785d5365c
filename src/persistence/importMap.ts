import { adoptPersonasByName, cloneDocWithNewIds, type Job, type JourneyDoc, type Persona, type WorkshopId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import type { JourneyboardDb } from './db'
import { createMapDoc } from './maps'

/** What the write changed, for the import report: an i18n key and its values (the shape of io's ImportNote). */
export interface ImportNote {
  readonly key: string
  readonly values: Readonly<Record<string, string | number>>
}

export interface ImportedMap {
  readonly doc: JourneyDoc
  readonly notes: readonly ImportNote[]
}

/**
 * Writes an imported document as a new map of the workshop, in one transaction: it never
 * replaces a map, and when it fails nothing is written. Every map record gets a fresh id.
 * Personas and jobs keep their ids (so a map sent back and forth within a team keeps pointing at
 * the same people) unless one of them is already used by another workshop, in which case all of
 * them are re-keyed. One that this workshop already has stays exactly as stored. An aborted
 * `signal` stops the write with the signal's reason, nothing stored (see createMapDoc). The file's
 * `facilitation` (agenda and vote history) is written with the map, in the same transaction.
 */
export async function importMapInto(
  db: JourneyboardDb,
  workshopId: WorkshopId,
  doc: JourneyDoc,
  now: number = Date.now(),
  signal?: AbortSignal,
  facilitation?: MapFacilitation,
): Promise<ImportedMap> {
  const prepared = await prepareImport(db, workshopId, doc, now)
  await createMapDoc(db, prepared.doc, signal, facilitation)
  return prepared
}

/**
 * The document importMapInto writes, with its notes, without writing it: fresh ids, and the
 * people this workshop already has kept as stored. Reads the people tables, so it must run before
 * a write over them starts; createMapDoc then stores the document.
 */
export async function prepareImport(db: JourneyboardDb, workshopId: WorkshopId, doc: JourneyDoc, now: number = Date.now()): Promise<ImportedMap> {
  const [personas, jobs] = await Promise.all([
    db.personas.bulkGet(Object.keys(doc.personas)),
    db.jobs.bulkGet(Object.keys(doc.jobs)),
  ])
  const stored = [...personas, ...jobs].filter((row): row is Persona | Job => row !== undefined)
  const keepPeople = stored.every((row) => row.workshopId === workshopId)
  const copy = cloneDocWithNewIds(doc, { workshopId, keepPeople }, now)
  const notes: ImportNote[] = []
  let result = copy
  if (keepPeople) {
    const steps = new Set<string>(Object.keys(copy.steps))
    const keptPersonas = Object.fromEntries(personas.flatMap((p) => (p ? [[p.id, p]] : [])))
    const keptJobs = Object.fromEntries(jobs.flatMap((j) => (j ? [[j.id, j]] : [])))
    result = {
      ...copy,
      personas: { ...copy.personas, ...keptPersonas },
      jobs: Object.fromEntries(
        Object.values(copy.jobs).map((job) => {
          const existing = keptJobs[job.id]
          // The file's step ids mean nothing here: a new job points only at the imported steps.
          return [job.id, existing ?? { ...job, stepIds: job.stepIds.filter((id) => steps.has(id)) }]
        }),
      ),
    }
    const kept = Object.keys(keptPersonas).length + Object.keys(keptJobs).length
    if (kept > 0) notes.push({ key: 'import.note.peopleKept', values: { count: kept } })
  }
  // Personas and jobs that another workshop holds get copies with new ids: nothing a person sees.
  return { doc: result, notes }
}

/**
 * The document with the workshop's stored personas in place of its own of the same names
 * (adoptPersonasByName), for imports that know people only by name: prepareImport then keeps
 * them as they are stored.
 */
export async function adoptWorkshopPersonas(db: JourneyboardDb, workshopId: WorkshopId, doc: JourneyDoc): Promise<JourneyDoc> {
  if (Object.keys(doc.personas).length === 0) return doc
  return adoptPersonasByName(doc, await db.personas.where('workshopId').equals(workshopId).toArray())
}
