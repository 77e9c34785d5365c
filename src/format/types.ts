import type { Action, Card, EmotionPoint, Job, JourneyDoc, JourneyMap, Lane, Link, Persona, Stage, Step } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'

/** A document as it is saved: arrays rather than id-keyed objects, so no hostile key ever becomes an object key. */
export interface DocumentData {
  readonly map: JourneyMap
  readonly stages: readonly Stage[]
  readonly steps: readonly Step[]
  readonly lanes: readonly Lane[]
  readonly cards: readonly Card[]
  readonly links: readonly Link[]
  readonly emotions: readonly EmotionPoint[]
  readonly personas: readonly Persona[]
  readonly jobs: readonly Job[]
  readonly actions: readonly Action[]
}

export interface AppInfo {
  readonly name: string
  readonly version: string
}

export interface Envelope {
  readonly type: 'journeyboard'
  readonly formatVersion: number
  readonly app: AppInfo
  readonly document: DocumentData
  /**
   * The map's agenda and vote history (format version 3 on). Left out when the map has none, and
   * by a room, which shares the map only.
   */
  readonly facilitation?: MapFacilitation
}

/** Every way a load can fail; the UI switches over `kind` exhaustively. */
export type ImportError =
  | {
      readonly kind: 'notJson'
      /** The parser's words: for logs, never shown to a person. */
      readonly message: string
      /** The text names itself a Journeyboard file: it is damaged rather than something else. */
      readonly journeyboard?: boolean
      /** It stops before its last brace: cut off while copying or downloading. */
      readonly truncated?: boolean
    }
  | { readonly kind: 'notJourneyboard' }
  | { readonly kind: 'newerVersion'; readonly found: number; readonly supported: number }
  | { readonly kind: 'tooLarge'; readonly what: 'bytes' | 'depth' | 'records' | 'keys' | 'string'; readonly limit: number; readonly found: number }
  /** Plain-words paths, e.g. "cards[3].text: expected text". */
  | { readonly kind: 'invalid'; readonly issues: readonly string[] }

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

/** Something normalize changed so the document holds together, told to the person who loads it. */
export interface Repair {
  readonly kind: RepairKind
  readonly count: number
  readonly message: string
  /** Where, for a few of them: "cards[3].sentiment". */
  readonly where?: readonly string[]
}

export type RepairKind =
  | 'strippedKeys'
  | 'rekeyedIds'
  | 'adoptedRecords'
  | 'orphanSteps'
  | 'orderFixed'
  | 'orphanCards'
  | 'clampedSpans'
  | 'danglingLinks'
  | 'selfLinks'
  | 'orphanEmotions'
  | 'mergedEmotions'
  | 'clampedEmotions'
  | 'clampedSizes'
  | 'badReferences'
  | 'unsafePhotos'
  | 'strippedCharacters'
  | 'droppedRecords'
  | 'tooManyRecords'
  | 'resetFields'
  | 'cutTexts'
  | 'clampedNumbers'
  | 'cutLists'
  | 'badListItems'
  | 'droppedUnknownFields'
  | 'crowdedLinks'
  | 'droppedFacilitation'
  | 'repairedFacilitation'

export interface Loaded {
  readonly doc: JourneyDoc
  readonly repairs: readonly Repair[]
  /** The version the data was written in when it had to be migrated; null when it was current. */
  readonly migratedFrom: number | null
  /**
   * The map's agenda and vote history, when the file (or the database) carried them; absent means
   * NO_FACILITATION. Never part of `doc`: it is not undone with the map's edits.
   */
  readonly facilitation?: MapFacilitation
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error }
}
