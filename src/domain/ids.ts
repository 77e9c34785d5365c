import { urlAlphabet } from 'nanoid'

/** A string that the type checker keeps apart from other ids, so a CardId never lands where a LaneId belongs. */
export type Brand<T, B extends string> = T & { readonly __brand: B }

export type WorkshopId = Brand<string, 'WorkshopId'>
export type MapId = Brand<string, 'MapId'>
export type StageId = Brand<string, 'StageId'>
export type StepId = Brand<string, 'StepId'>
export type LaneId = Brand<string, 'LaneId'>
export type CardId = Brand<string, 'CardId'>
export type LinkId = Brand<string, 'LinkId'>
export type EmotionId = Brand<string, 'EmotionId'>
export type PersonaId = Brand<string, 'PersonaId'>
export type JobId = Brand<string, 'JobId'>
export type ActionId = Brand<string, 'ActionId'>

/**
 * Ids are opaque: 1..64 characters of the URL-safe alphabet nanoid uses. Anything else (an empty
 * string, "__proto__", control characters) is re-keyed by the importer before it reaches a record.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'])

export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_KEYS.has(value)
}

const ID_LENGTH = 21
// Random bytes are drawn a pool at a time: the browser's nanoid asks the system for 21 bytes per
// id, and an import giving 10,000 cards new ids spent ~140 ms in those calls.
const POOL_BYTES = ID_LENGTH * 512
let pool = new Uint8Array(0)
let used = 0

/** A nanoid-style id (21 characters of its URL-safe alphabet, 126 random bits) from the pool. */
export function newId<T extends Brand<string, string>>(): T {
  if (used + ID_LENGTH > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES))
    used = 0
  }
  let id = ''
  for (let i = used; i < used + ID_LENGTH; i++) id += urlAlphabet[(pool[i] as number) & 63]
  used += ID_LENGTH
  return id as T
}
