import { generateNKeysBetween } from 'fractional-indexing'
import * as Y from 'yjs'
import { RECORD_TABLES, type JourneyDoc, type RecordTable } from '../domain'
import { CURRENT_FORMAT_VERSION } from '../format'
import { ROOM_DOC } from './types'

/**
 * The shape of a room's Y.Doc (docs/room-protocol.md, "The shared document"). Each record is a
 * Y.Map of plain JSON fields, so two people editing different fields of one card both win; the id
 * is the record's key in its table and is not repeated inside; the id lists of the domain
 * (map.stageIds, map.laneIds, map.personaIds, stage.stepIds) are not stored at all but derived
 * from order keys, because lists in a shared document cannot be moved in safely.
 */

/** Tables whose records carry an `order` key. Steps are ordered within their `stageId`. */
export const ORDERED_TABLES = ['stages', 'steps', 'lanes'] as const
export type OrderedTable = (typeof ORDERED_TABLES)[number]
export const ORDER_FIELD = 'order'

/** Fields of the domain records that are never stored: derived from order keys or from the record's key. */
const NOT_STORED: Readonly<Record<'map' | RecordTable, ReadonlySet<string>>> = {
  map: new Set(['stageIds', 'laneIds', 'personaIds']),
  stages: new Set(['id', 'stepIds']),
  steps: new Set(['id']),
  lanes: new Set(['id']),
  cards: new Set(['id']),
  links: new Set(['id']),
  emotions: new Set(['id']),
  personas: new Set(['id']),
  jobs: new Set(['id']),
  actions: new Set(['id']),
}

/** The room's own fields in `room`. */
export const ROOM_FIELDS = { generation: 'generation', formatVersion: 'formatVersion' } as const

export function roomTable(ydoc: Y.Doc, table: RecordTable): Y.Map<unknown> {
  return ydoc.getMap(table)
}

/** Every top-level type a person's edits touch: what their undo watches. */
export function editableTypes(ydoc: Y.Doc): Y.Map<unknown>[] {
  return [...RECORD_TABLES.map((t) => roomTable(ydoc, t)), ydoc.getMap(ROOM_DOC.map), ydoc.getMap(ROOM_DOC.mapPersonas), ydoc.getMap(ROOM_DOC.owners)]
}

/** The stored fields of a record (or of the map), as plain JSON. */
export function storedFields(table: 'map' | RecordTable, record: object): [string, unknown][] {
  const skip = NOT_STORED[table]
  return Object.entries(record).filter(([key, value]) => !skip.has(key) && value !== undefined)
}

export interface RoomInfo {
  readonly generation: string | null
  readonly formatVersion: number | null
}

/** The room's generation and format version, or nulls before the host's seed has arrived. */
export function readRoomInfo(ydoc: Y.Doc): RoomInfo {
  const room = ydoc.getMap<unknown>(ROOM_DOC.room)
  const generation = room.get(ROOM_FIELDS.generation)
  const formatVersion = room.get(ROOM_FIELDS.formatVersion)
  return {
    generation: typeof generation === 'string' ? generation : null,
    formatVersion: typeof formatVersion === 'number' ? formatVersion : null,
  }
}

/** The origin of the seed transaction: nobody's undo tracks it. */
export const SEED_ORIGIN = 'journeyboard:seed'

/**
 * Writes the whole map into an empty Y.Doc. Only the host seeds, once per generation: seeding a
 * document that already holds a room would give every record twice to clients that still hold
 * the old one, so a Y.Doc that has a generation is refused.
 */
export function seedRoomDoc(ydoc: Y.Doc, doc: JourneyDoc, generation: string): void {
  if (readRoomInfo(ydoc).generation !== null) throw new Error('this Y.Doc already holds a room; a new generation needs a new Y.Doc')
  ydoc.transact(() => {
    const room = ydoc.getMap<unknown>(ROOM_DOC.room)
    room.set(ROOM_FIELDS.generation, generation)
    room.set(ROOM_FIELDS.formatVersion, CURRENT_FORMAT_VERSION)
    const map = ydoc.getMap<unknown>(ROOM_DOC.map)
    for (const [key, value] of storedFields('map', doc.map)) map.set(key, value)

    const orderOf = new Map<string, string>()
    const number = (ids: readonly string[]) => {
      const keys = generateNKeysBetween(null, null, ids.length)
      ids.forEach((id, i) => orderOf.set(id, keys[i]!))
    }
    number(doc.map.stageIds)
    number(doc.map.laneIds)
    for (const stage of Object.values(doc.stages)) number(stage.stepIds)

    for (const table of RECORD_TABLES) {
      const target = roomTable(ydoc, table)
      for (const record of Object.values(doc[table] as Readonly<Record<string, object & { id: string }>>)) {
        const fields = new Y.Map<unknown>()
        for (const [key, value] of storedFields(table, record)) fields.set(key, value)
        const key = orderOf.get(record.id)
        if (key !== undefined && (ORDERED_TABLES as readonly string[]).includes(table)) fields.set(ORDER_FIELD, key)
        target.set(record.id, fields)
      }
    }
    const personas = ydoc.getMap<unknown>(ROOM_DOC.mapPersonas)
    const personaKeys = generateNKeysBetween(null, null, doc.map.personaIds.length)
    doc.map.personaIds.forEach((id, i) => personas.set(id, personaKeys[i]!))
  }, SEED_ORIGIN)
}
