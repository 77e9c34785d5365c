import type { z } from 'zod'
import { DEFAULT_FREE_HEIGHT, DEFAULT_FREE_WIDTH, LIMITS, RECORD_TABLES, tableLimit, type RecordTable } from '../domain'
import type { RepairCounts, RepairPlaces } from './repairs'
import { documentSchema, knownFields, type ParsedDocument } from './schema'

type Json = Record<string, unknown>
type Issue = z.core.$ZodIssue


const MAX_PASSES = 6
/** Paths kept per kind of repair, so a report can say where and not only how much. */
const MAX_PLACES = 3

/**
 * Tolerant loading, strict saving: brings any document of a Journeyboard file (or the rows of a
 * stored map) into the current schema one field at a time, so one bad value costs that value and
 * never the map. A value the schema refuses is cut (too long), clamped (out of range), turned into
 * text (a number where text belongs) or replaced by its default; a record that is not an object,
 * or one that cannot be made whole, is dropped; tables past their limit are cut. Each change is
 * counted in `counts`. The schema stays the one strict description of the format (and of the
 * published JSON Schema); this is only the way back into it. `document` must be a sanitized copy:
 * it is changed in place.
 */
export function restoreDocument(document: unknown, counts: RepairCounts, places: RepairPlaces): ParsedDocument {
  // A field without a default takes two passes (its default is tried first), but is one repair.
  const repaired = new Set<string>()
  const bump = (kind: keyof RepairCounts, path: readonly PropertyKey[] | null, by = 1) => {
    if (kind === 'resetFields' && path) {
      const key = formatPath(path)
      if (repaired.has(key)) return
      repaired.add(key)
    }
    counts[kind] = (counts[kind] ?? 0) + by
    const list = (places[kind] ??= [])
    if (path && list.length < MAX_PLACES) list.push(formatPath(path))
  }
  const doc: Json = isObject(document) ? document : (bump('droppedRecords', ['document']), {})
  if (!isObject(doc.map)) {
    if (doc.map !== undefined) bump('droppedRecords', ['map'])
    doc.map = {}
  }
  for (const table of RECORD_TABLES) prepareTable(doc, table, bump)

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = documentSchema.safeParse(doc)
    if (parsed.success) return trimUnknownFields(parsed.data, bump)
    // Several issues may name one item: each item goes once, highest index first, so removing one
    // does not shift the next one's position.
    const removals = new Map<unknown[], Map<number, Removal>>()
    for (const issue of parsed.error.issues) {
      const removal = repairIssue(doc, issue, pass === MAX_PASSES - 2, bump)
      if (removal) removals.set(removal.list, (removals.get(removal.list) ?? new Map()).set(removal.index, removal))
    }
    for (const [list, byIndex] of removals) {
      for (const removal of [...byIndex.values()].sort((a, b) => b.index - a.index)) {
        list.splice(removal.index, 1)
        bump(removal.repair, removal.path)
      }
    }
  }
  // Unreachable for sanitized JSON (the property tests hold it to that): every pass makes progress.
  throw new Error('the document could not be brought into the format')
}

function prepareTable(doc: Json, table: RecordTable, bump: Bump): void {
  const value = doc[table]
  if (value === undefined) return
  if (!Array.isArray(value)) {
    bump('droppedRecords', [table])
    delete doc[table]
    return
  }
  const records = value.filter((r) => isObject(r))
  if (records.length < value.length) bump('droppedRecords', [table], value.length - records.length)
  if (records.length > tableLimit(table)) {
    bump('tooManyRecords', [table], records.length - tableLimit(table))
    records.length = tableLimit(table)
  }
  doc[table] = records
}

type Bump = (kind: keyof RepairCounts, path: readonly PropertyKey[] | null, by?: number) => void
interface Removal {
  readonly list: unknown[]
  readonly index: number
  readonly repair: keyof RepairCounts
  readonly path: readonly PropertyKey[]
}

/** Repairs the value one issue points at; returns a list item to remove instead when that is the repair. */
function repairIssue(doc: Json, issue: Issue, lastChance: boolean, bump: Bump): Removal | null {
  // A place of an unknown kind is reported at its "kind"; the repair is to the place as a whole.
  const unionKey = issue.code === 'invalid_union' ? issue.discriminator : undefined
  const path = unionKey !== undefined && issue.path[issue.path.length - 1] === unionKey ? issue.path.slice(0, -1) : issue.path
  const recordDepth = path[0] === 'map' ? 1 : 2
  if (path.length < recordDepth) return null
  const parent = walk(doc, path.slice(0, -1))
  const key = path[path.length - 1]!
  if (parent === undefined || typeof key === 'symbol') return null
  // A whole record, or an item of a list inside one (a reference, a goal, a channel): drop it.
  if (Array.isArray(parent) && typeof key === 'number') {
    return { list: parent, index: key, repair: path.length === recordDepth ? 'droppedRecords' : 'badListItems', path }
  }
  const record = parent as Json
  const value = record[key as string]
  if (lastChance) {
    // Still refused after every repair: the record cannot be made whole, so it goes.
    const list = walk(doc, path.slice(0, recordDepth - 1))
    if (Array.isArray(list) && typeof path[recordDepth - 1] === 'number') {
      return { list, index: path[recordDepth - 1] as number, repair: 'droppedRecords', path: path.slice(0, recordDepth) }
    }
  }
  const fixed = fixValue(issue, value, String(key))
  if (fixed.kind === 'set') record[key as string] = fixed.value
  else delete record[key as string]
  bump(fixed.repair, path)
  return null
}

type Fix = { kind: 'set'; value: unknown; repair: keyof RepairCounts } | { kind: 'default'; repair: keyof RepairCounts }

function fixValue(issue: Issue, value: unknown, key: string): Fix {
  if (issue.code === 'too_big' && typeof value === 'string') return { kind: 'set', value: cutText(value, Number(issue.maximum)), repair: 'cutTexts' }
  if (issue.code === 'too_big' && Array.isArray(value)) return { kind: 'set', value: value.slice(0, Number(issue.maximum)), repair: 'cutLists' }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number') {
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum)
    // An exclusive lower bound of 0 is a size: the smallest useful size is 1 pixel, not 0.
    const inside = issue.inclusive === false ? (issue.code === 'too_big' ? bound - 1 : bound + 1) : bound
    return { kind: 'set', value: inside, repair: 'clampedNumbers' }
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { kind: 'set', value: String(value), repair: 'resetFields' }
  }
  if (value === undefined || issue.code === 'invalid_union') {
    const fallback = FALLBACKS[key]
    if (fallback) return { kind: 'set', value: fallback(), repair: 'resetFields' }
  }
  // Anything else falls back to the field's default; a field without one then gets a fallback above.
  return { kind: 'default', repair: 'resetFields' }
}

/**
 * Values for required fields that have no default. An id or reference that cannot be used becomes
 * one no record has, so normalize re-keys it (an id) or drops what hangs on it (a step without a
 * stage, a link without its card), and reports that in its own words.
 */
const UNUSABLE_ID = '!'
const FALLBACKS: Readonly<Record<string, () => unknown>> = {
  id: () => UNUSABLE_ID,
  workshopId: () => UNUSABLE_ID,
  stageId: () => UNUSABLE_ID,
  stepId: () => UNUSABLE_ID,
  laneId: () => UNUSABLE_ID,
  from: () => UNUSABLE_ID,
  to: () => UNUSABLE_ID,
  kind: () => 'text',
  place: () => ({ kind: 'free', x: 0, y: 0, width: DEFAULT_FREE_WIDTH, height: DEFAULT_FREE_HEIGHT }),
  x: () => 0,
  y: () => 0,
  width: () => DEFAULT_FREE_WIDTH,
  height: () => DEFAULT_FREE_HEIGHT,
  name: () => '',
  version: () => '',
}

/** Fields the app does not know are kept for the tool that wrote them, within a small budget. */
function trimUnknownFields(data: ParsedDocument, bump: Bump): ParsedDocument {
  const trim = (record: Json, known: ReadonlySet<string>, path: readonly PropertyKey[]) => {
    let kept = 0
    let chars = 0
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue
      const size = JSON.stringify(record[key])?.length ?? 0
      if (kept < LIMITS.unknownFields && chars + size <= LIMITS.unknownFieldChars) {
        kept++
        chars += size
        continue
      }
      delete record[key]
      bump('droppedUnknownFields', [...path, key])
    }
  }
  trim(data.map as Json, knownFields.map, ['map'])
  for (const table of RECORD_TABLES) {
    const known = knownFields[table]
    ;(data[table] as Json[]).forEach((record, i) => trim(record, known, [table, i]))
  }
  return data
}

/** Cuts at `max` without splitting a surrogate pair. */
function cutText(value: string, max: number): string {
  const code = value.charCodeAt(max - 1)
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

function walk(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol') return undefined
    current = (current as Record<string | number, unknown>)[key as string]
  }
  return current
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('')
}
