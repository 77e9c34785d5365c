import * as Y from 'yjs'
import { PROTOTYPE_KEYS } from '../format/sanitize'

/** Deep equality of plain JSON values (what a record's fields hold). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/**
 * A record of the shared document as a plain object, whatever another client put there: a Y.Map
 * (the contract), a plain object (tolerated), anything else null. Nested Yjs types become their
 * JSON and binary becomes nothing; prototype keys are left out here already, since a key like
 * "__proto__" assigned to a plain object would replace its prototype.
 */
export function plainRecord(value: unknown): Record<string, unknown> | null {
  let entries: [string, unknown][]
  if (value instanceof Y.Map) entries = [...(value as Y.Map<unknown>).entries()]
  else if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType) && !(value instanceof Uint8Array)) {
    entries = Object.entries(value)
  } else return null
  const out: Record<string, unknown> = {}
  for (const [key, field] of entries) {
    if (PROTOTYPE_KEYS.has(key)) continue
    const plain = plainValue(field)
    if (plain !== undefined) out[key] = plain
  }
  return out
}

function plainValue(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return value.toJSON()
  if (value instanceof Uint8Array) return undefined
  return value
}
