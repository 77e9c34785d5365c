import { nanoid } from 'nanoid'

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

export function newId<T extends Brand<string, string>>(): T {
  return nanoid() as T
}
