import { LIMITS } from '../domain'
import type { ImportError } from './types'

/** Keys that would reach or replace a prototype if they were ever assigned to a plain object. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export interface Sanitized {
  readonly value: unknown
  /** How many prototype keys were dropped, reported as a repair. */
  readonly strippedKeys: number
}

type TooLarge = Extract<ImportError, { kind: 'tooLarge' }>

interface Frame {
  readonly source: object
  readonly target: Record<string, unknown> | unknown[]
  readonly depth: number
}

/**
 * Copies a parsed value into fresh plain objects and arrays, dropping prototype keys at every
 * level, and gives up as soon as it goes deeper, longer or wider than LIMITS. It uses its own stack
 * rather than recursion so that a depth bomb cannot overflow the call stack, and it reads each
 * property once so later stages never see a getter or a cycle.
 */
export function sanitize(input: unknown, limits: typeof LIMITS = LIMITS): { ok: true; value: Sanitized } | { ok: false; error: TooLarge } {
  // Array items and object keys alike: a file of one object with millions of keys is as costly as a list of millions.
  let entries = 0
  let strippedKeys = 0
  const stack: Frame[] = []

  const copy = (value: unknown, depth: number): { value: unknown } | TooLarge | null => {
    if (typeof value === 'string') {
      return value.length > limits.anyString ? tooLarge('string', limits.anyString, value.length) : { value }
    }
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return { value }
    if (typeof value !== 'object') return null
    if (depth > limits.depth) return tooLarge('depth', limits.depth, depth)
    const target: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {}
    stack.push({ source: value, target, depth })
    return { value: target }
  }

  const root = copy(input, 1)
  if (root === null) return { ok: true, value: { value: undefined, strippedKeys } }
  if ('kind' in root) return { ok: false, error: root }

  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { source, target, depth } = frame
    if (Array.isArray(source) && Array.isArray(target)) {
      entries += source.length
      if (entries > limits.entries) return { ok: false, error: tooLarge('records', limits.entries, entries) }
      for (const item of source) {
        const out = copy(item, depth + 1)
        if (out !== null && 'kind' in out) return { ok: false, error: out }
        // Arrays keep their length so that positions in error messages match the file.
        target.push(out === null ? null : out.value)
      }
      continue
    }
    const record = target as Record<string, unknown>
    const keys = Object.keys(source)
    if (keys.length > limits.keysPerObject) return { ok: false, error: tooLarge('keys', limits.keysPerObject, keys.length) }
    entries += keys.length
    if (entries > limits.entries) return { ok: false, error: tooLarge('records', limits.entries, entries) }
    for (const key of keys) {
      if (PROTOTYPE_KEYS.has(key)) {
        strippedKeys++
        continue
      }
      if (key.length > limits.anyString) return { ok: false, error: tooLarge('string', limits.anyString, key.length) }
      const out = copy((source as Record<string, unknown>)[key], depth + 1)
      if (out === null) continue
      if ('kind' in out) return { ok: false, error: out }
      record[key] = out.value
    }
  }
  return { ok: true, value: { value: root.value, strippedKeys } }
}

function tooLarge(what: TooLarge['what'], limit: number, found: number): TooLarge {
  return { kind: 'tooLarge', what, limit, found }
}
