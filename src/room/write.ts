import * as Y from 'yjs'
import { diffDocs, RECORD_TABLES, type DocDiff, type JourneyDoc, type RecordTable } from '../domain'
import { jsonEqual } from './json'
import { placeKeys } from './order'
import { ORDER_FIELD, roomTable, storedFields } from './shape'
import { ROOM_DOC } from './types'

type AnyRecord = { readonly id: string }
type Records = Readonly<Record<string, AnyRecord>>

/**
 * Writes what one local command changed (prev → next) into the shared document, in one
 * transaction with `origin` (the origin this client's undo tracks). Only fields the command
 * changed are written, and only where the shared document holds something else: a field someone
 * else changed meanwhile is left to them, even when this client's copy is a little behind (a drag
 * that ended after a remote edit). A record someone deleted is not brought back by an edit to it.
 * Order changes give new keys only to the ids that moved. New cards are recorded as `ownerId`'s.
 * `diff` is diffDocs(prev, next), for a caller that has it already.
 */
export function writeChange(ydoc: Y.Doc, prev: JourneyDoc, next: JourneyDoc, origin: unknown, ownerId: string, diff: DocDiff = diffDocs(prev, next)): void {
  if (prev === next) return
  ydoc.transact(() => {
    const owners = ydoc.getMap<unknown>(ROOM_DOC.owners)
    for (const table of RECORD_TABLES) {
      const target = roomTable(ydoc, table)
      const before = prev[table] as Records
      for (const id of diff.deletes[table] ?? []) {
        target.delete(id)
        if (table === 'cards') owners.delete(id)
      }
      for (const record of diff.puts[table] ?? []) {
        const old = own(before, record.id)
        let fields = target.get(record.id)
        if (!(fields instanceof Y.Map)) {
          // Gone from the shared document while this client still showed it: someone deleted it.
          if (old && fields === undefined) continue
          fields = new Y.Map<unknown>()
          target.set(record.id, fields)
        }
        writeFields(fields as Y.Map<unknown>, table, old, record)
        if (table === 'cards' && !old && !owners.has(record.id)) owners.set(record.id, ownerId)
      }
    }
    if (diff.mapChanged) writeMap(ydoc, prev, next)
    writeStepOrder(ydoc, prev, next)
  }, origin)
}

function writeFields(target: Y.Map<unknown>, table: 'map' | RecordTable, old: object | undefined, record: object): void {
  const before = old ? new Map(storedFields(table, old)) : null
  for (const [key, value] of storedFields(table, record)) {
    if (before && jsonEqual(before.get(key), value)) continue
    if (!jsonEqual(target.get(key), value)) target.set(key, value)
  }
}

function writeMap(ydoc: Y.Doc, prev: JourneyDoc, next: JourneyDoc): void {
  writeFields(ydoc.getMap(ROOM_DOC.map), 'map', prev.map, next.map)
  if (prev.map.stageIds !== next.map.stageIds) writeOrder(roomTable(ydoc, 'stages'), next.map.stageIds)
  if (prev.map.laneIds !== next.map.laneIds) writeOrder(roomTable(ydoc, 'lanes'), next.map.laneIds)
  if (prev.map.personaIds !== next.map.personaIds) {
    const shown = ydoc.getMap<unknown>(ROOM_DOC.mapPersonas)
    const keep = new Set<string>(next.map.personaIds)
    for (const id of prev.map.personaIds) if (!keep.has(id)) shown.delete(id)
    const keys = placeKeys(next.map.personaIds, (id) => stringOr(shown.get(id)))
    for (const [id, key] of keys) shown.set(id, key)
  }
}

/** Steps are ordered within their stage: a stage whose list changed re-keys the steps that moved in it. */
function writeStepOrder(ydoc: Y.Doc, prev: JourneyDoc, next: JourneyDoc): void {
  if (prev.stages === next.stages) return
  const steps = roomTable(ydoc, 'steps')
  for (const stage of Object.values(next.stages)) {
    const old = own(prev.stages as Records, stage.id) as typeof stage | undefined
    if (old && old.stepIds === stage.stepIds) continue
    // A step that came from another stage keeps its key when that key already falls in place here.
    const keys = placeKeys(stage.stepIds, (id) => orderOf(steps, id))
    for (const [id, key] of keys) setOrder(steps, id, key)
  }
}

function writeOrder(table: Y.Map<unknown>, ids: readonly string[]): void {
  const keys = placeKeys(ids, (id) => orderOf(table, id))
  for (const [id, key] of keys) setOrder(table, id, key)
}

function orderOf(table: Y.Map<unknown>, id: string): string | null {
  const fields = table.get(id)
  return fields instanceof Y.Map ? stringOr(fields.get(ORDER_FIELD)) : null
}

function setOrder(table: Y.Map<unknown>, id: string, key: string): void {
  const fields = table.get(id)
  if (fields instanceof Y.Map) fields.set(ORDER_FIELD, key)
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function own(records: Records, id: string): AnyRecord | undefined {
  return Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined
}
