import type { WorkshopId } from '../domain'
import { CURRENT_FORMAT_VERSION, runMigrations, type ImportError, type Result } from '../format'
import type { JourneyboardDb } from './db'

/**
 * Personas and jobs belong to a workshop and are shared by all its maps, so their rows are not at
 * the format version of whichever map row happens to be read with them: the workshop row carries
 * the version its people were written in. Before it existed every row was version 1.
 */
export type WorkshopRowVersion = { readonly peopleFormatVersion?: number }

export function peopleVersionOf(row: WorkshopRowVersion | undefined): number {
  const version = row?.peopleFormatVersion
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1
}

export interface PeopleRows {
  readonly personas: readonly unknown[]
  readonly jobs: readonly unknown[]
}

/** Brings a workshop's people rows from the version they were written in to the current one. */
export function migratePeople(rows: PeopleRows, version: number): Result<PeopleRows, ImportError> {
  if (version > CURRENT_FORMAT_VERSION) return { ok: false, error: { kind: 'newerVersion', found: version, supported: CURRENT_FORMAT_VERSION } }
  const migrated = runMigrations({ personas: rows.personas, jobs: rows.jobs }, version)
  if (!migrated.ok) return migrated
  const document = migrated.value.document as { personas?: unknown; jobs?: unknown }
  return { ok: true, value: { personas: listOf(document.personas), jobs: listOf(document.jobs) } }
}

/**
 * Rewrites a workshop's people rows at the current version and records that on the workshop, so
 * that every row the app writes afterwards (current by construction) matches the version on
 * record. Runs inside the caller's read-write transaction over workshops, personas and jobs.
 */
export async function upgradeStoredPeople(db: JourneyboardDb, workshopId: WorkshopId): Promise<Result<PeopleRows, ImportError> | null> {
  const workshop = (await db.workshops.get(workshopId)) as WorkshopRowVersion | undefined
  const version = peopleVersionOf(workshop)
  if (!workshop || version === CURRENT_FORMAT_VERSION) return null
  const [personas, jobs] = await Promise.all([db.personas.where('workshopId').equals(workshopId).toArray(), db.jobs.where('workshopId').equals(workshopId).toArray()])
  const migrated = migratePeople({ personas, jobs }, version)
  if (!migrated.ok) return migrated
  const rows = (list: readonly unknown[]) => list.filter((r): r is { id: string } => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string')
  await Promise.all([
    db.personas.bulkPut(rows(migrated.value.personas) as never[]),
    db.jobs.bulkPut(rows(migrated.value.jobs) as never[]),
    db.workshops.update(workshopId, { peopleFormatVersion: CURRENT_FORMAT_VERSION } as never),
  ])
  return migrated
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
