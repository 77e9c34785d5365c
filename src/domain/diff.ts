import { recordOrigin } from './records'
import { RECORD_TABLES, type JourneyDoc, type RecordTable } from './types'

type AnyRecord = { readonly id: string }

export interface DocDiff {
  /** Records that are new or no longer the same object, by table. Only touched tables appear. */
  readonly puts: Partial<Record<RecordTable, AnyRecord[]>>
  /** Ids present in the saved document and gone from the next one, by table. */
  readonly deletes: Partial<Record<RecordTable, string[]>>
  readonly mapChanged: boolean
  /** Rows the diff writes or deletes, the map row included. */
  readonly rowCount: number
}

/**
 * What changed between two versions of one map's document. Documents are immutable and commands
 * keep the identity of every record they do not touch, so "changed" is "not the same object":
 * no deep comparison, and a table whose record map is the same object is skipped outright.
 */
export function diffDocs(saved: JourneyDoc, next: JourneyDoc): DocDiff {
  const puts: Partial<Record<RecordTable, AnyRecord[]>> = {}
  const deletes: Partial<Record<RecordTable, string[]>> = {}
  let rowCount = 0
  for (const table of RECORD_TABLES) {
    const before = saved[table] as Readonly<Record<string, AnyRecord>>
    const after = next[table] as Readonly<Record<string, AnyRecord>>
    if (before === after) continue
    const put = putSince(before, after)
    // putRecord and putRecords only ever add or replace: a map they made has lost nothing.
    const changed = put ?? changedAmong(Object.keys(after), before, after)
    const gone = put ? [] : Object.keys(before).filter((id) => !Object.hasOwn(after, id))
    if (changed.length > 0) puts[table] = changed
    if (gone.length > 0) deletes[table] = gone
    rowCount += changed.length + gone.length
  }
  const mapChanged = saved.map !== next.map
  return { puts, deletes, mapChanged, rowCount: rowCount + (mapChanged ? 1 : 0) }
}

/** How many copies back a record map is followed to the saved one (the edits since the last write). */
const MAX_HOPS = 256

/**
 * The records of `after` that are new or changed since `before`, when `after` was made from it by
 * putRecord or putRecords, one copy after another (records.ts remembers each copy's origin): the records put,
 * not a walk over every id of both maps (at 10,000 cards most of the autosave's diff). Null when
 * it was made some other way (a record removed, a map built anew): the maps are compared whole.
 */
function putSince(before: Readonly<Record<string, AnyRecord>>, after: Readonly<Record<string, AnyRecord>>): AnyRecord[] | null {
  const ids = new Set<string>()
  let at: object = after
  for (let hop = 0; at !== before; hop++) {
    const origin = recordOrigin<AnyRecord>(at)
    if (!origin || hop >= MAX_HOPS) return null
    for (const record of origin.put) ids.add(record.id)
    at = origin.from
  }
  return changedAmong(ids, before, after)
}

/** The records of `after` under `ids` that are new since `before` or no longer the same object. */
function changedAmong(ids: Iterable<string>, before: Readonly<Record<string, AnyRecord>>, after: Readonly<Record<string, AnyRecord>>): AnyRecord[] {
  const changed: AnyRecord[] = []
  for (const id of ids) {
    const record = after[id] as AnyRecord
    if (!Object.hasOwn(before, id) || before[id] !== record) changed.push(record)
  }
  return changed
}

export function isEmptyDiff(diff: DocDiff): boolean {
  return diff.rowCount === 0
}
