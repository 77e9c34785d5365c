/** Small immutable helpers for the id-keyed record maps of a document. */

/** The record map a map was copied from by putRecords, and the values put into the copy. */
export interface RecordOrigin<V> {
  readonly from: object
  readonly put: readonly V[]
}

// An index over a big map (the cards grouped by lane) is brought up to date from the few records an
// edit put, not built again from all of them (cardStack.ts). Kept weakly both ways: a copy must not
// keep the map it was made from alive, nor that one its own, down the whole history of edits.
const origins = new WeakMap<object, { readonly from: WeakRef<object>; readonly put: readonly unknown[] }>()

/** What `records` was made from and what was put into it, when putRecords made it and that map is still about. */
export function recordOrigin<V>(records: object): RecordOrigin<V> | undefined {
  const origin = origins.get(records)
  const from = origin?.from.deref()
  return origin && from ? { from, put: origin.put as readonly V[] } : undefined
}

/**
 * Puts one record under its id (`key`). Made by putRecords, so its origin is remembered too: a
 * dropped card is put alone, and without it the drop grouped all 10,000 cards again (~8 ms, profile
 * of the drag bench) and the autosave compared every card.
 */
export function putRecord<K extends string, V extends { readonly id: K }>(records: Readonly<Record<K, V>>, key: K, value: V): Readonly<Record<K, V>> {
  return records[key] === value ? records : putRecords(records, [value])
}

export function putRecords<K extends string, V extends { readonly id: K }>(
  records: Readonly<Record<K, V>>,
  values: readonly V[],
): Readonly<Record<K, V>> {
  if (values.length === 0) return records
  const next = copyOf(records)
  for (const value of values) define(next, value.id, value)
  origins.set(next, { from: new WeakRef(records), put: values })
  return next
}

/**
 * A copy of a record map, its keys in the same order, copied key by key: a map of 10,000 cards is
 * a dictionary to V8, which a spread copied in ~7 ms in this Chromium and this loop in ~2-3 ms
 * (each edit of a card copies the map once: a drop, Enter).
 */
function copyOf<K extends string, V>(records: Readonly<Record<K, V>>): Record<K, V> {
  const next = {} as Record<K, V>
  for (const key in records) if (Object.hasOwn(records, key)) define(next, key, records[key])
  return next
}

/** Sets an own property; an id like "__proto__" stays a key instead of replacing the prototype. */
function define<K extends string, V>(records: Record<K, V>, key: K, value: V): void {
  if (key === '__proto__') Object.defineProperty(records, key, { value, enumerable: true, writable: true, configurable: true })
  else records[key] = value
}

export function removeRecords<K extends string, V>(records: Readonly<Record<K, V>>, keys: Iterable<K>): Readonly<Record<K, V>> {
  let next: Record<K, V> | null = null
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(records, key)) continue
    next ??= copyOf(records)
    delete next[key]
  }
  return next ?? records
}

/** Applies `update` to every record; records it returns unchanged keep their identity, and so does the map when none changed. */
export function mapRecords<K extends string, V>(records: Readonly<Record<K, V>>, update: (value: V) => V): Readonly<Record<K, V>> {
  let next: Record<K, V> | null = null
  for (const key of Object.keys(records) as K[]) {
    const value = records[key]
    const updated = update(value)
    if (updated === value) continue
    next ??= copyOf(records)
    define(next, key, updated)
  }
  return next ?? records
}

export function filterKeys<K extends string, V>(records: Readonly<Record<K, V>>, keep: (value: V) => boolean): K[] {
  return (Object.keys(records) as K[]).filter((key) => !keep(records[key]))
}

export function hasRecord<K extends string>(records: Readonly<Record<K, unknown>>, key: K): boolean {
  return Object.prototype.hasOwnProperty.call(records, key)
}

/** Own records only: `records["constructor"]` would otherwise find Object.prototype's and treat it as a record. */
export function getRecord<K extends string, V>(records: Readonly<Record<K, V>>, key: K): V | undefined {
  return hasRecord(records, key) ? records[key] : undefined
}

/** Moves `item` to `toIndex` (clamped); returns the same array when nothing moves. */
export function moveInArray<T>(items: readonly T[], item: T, toIndex: number): readonly T[] {
  const from = items.indexOf(item)
  if (from < 0) return items
  const rest = items.filter((_, i) => i !== from)
  const to = clampIndex(toIndex, rest.length)
  if (to === from) return items
  return [...rest.slice(0, to), item, ...rest.slice(to)]
}

export function insertAt<T>(items: readonly T[], item: T, index: number | undefined): readonly T[] {
  const at = index === undefined ? items.length : clampIndex(index, items.length)
  return [...items.slice(0, at), item, ...items.slice(at)]
}

export function without<T>(items: readonly T[], drop: ReadonlySet<T> | T): readonly T[] {
  const isDropped = drop instanceof Set ? (x: T) => drop.has(x) : (x: T) => x === drop
  return items.some(isDropped) ? items.filter((x) => !isDropped(x)) : items
}

export function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length
  return Math.max(0, Math.min(length, Math.trunc(index)))
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value))
}

/** A width or height within bounds; a non-finite value (clamp lets NaN through) gives `fallback`. */
export function clampSize(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? clamp(value, min, max) : fallback
}

/** Returns `base` when `patch` changes nothing, so a no-op edit keeps identity and writes nothing. */
export function patchRecord<T extends object>(base: T, patch: NoInfer<Partial<T>>): T {
  const keys = Object.keys(patch) as (keyof T)[]
  if (keys.every((k) => patch[k] === undefined || Object.is(patch[k], base[k]))) return base
  const next = { ...base }
  for (const k of keys) if (patch[k] !== undefined) next[k] = patch[k] as T[keyof T]
  return next
}
