import type { JourneyDoc } from '../domain'
import type { DocumentData } from '../format'
import { sameValue } from '../format/sameValue'
import { MAP_TABLES } from './db'
import type { DocDiff } from './diff'

export { sameValue }

type Row = { readonly id: string }

/**
 * The rows to rewrite so that what is stored equals what the loader made of it (a migration, a
 * repair). Compared by value, not reference: the loader builds new objects for everything, and
 * rewriting a 10,000-card map on every load because one link was dropped would be wasteful.
 * Personas and jobs are left alone: one map sees them through its own steps only (a job's steps
 * in other maps look dangling from here), so healing them from one map would damage the others.
 */
export function healingDiff(stored: DocumentData, doc: JourneyDoc, migrated: boolean): DocDiff {
  const puts: Record<string, Row[]> = {}
  const deletes: Record<string, string[]> = {}
  let rowCount = 0
  for (const table of MAP_TABLES) {
    const before = new Map<string, unknown>(((stored[table] ?? []) as readonly Row[]).map((r) => [r.id, r]))
    const after = doc[table] as Readonly<Record<string, Row>>
    const changed = Object.values(after).filter((r) => !sameValue(before.get(r.id), r))
    const gone = [...before.keys()].filter((id) => !Object.prototype.hasOwnProperty.call(after, id))
    if (changed.length > 0) puts[table] = changed
    if (gone.length > 0) deletes[table] = gone
    rowCount += changed.length + gone.length
  }
  // A migrated map row must be rewritten even if unchanged: it carries the format version.
  const mapChanged = migrated || !sameValue(stored.map, doc.map)
  return { puts, deletes, mapChanged, rowCount: rowCount + (mapChanged ? 1 : 0) }
}
