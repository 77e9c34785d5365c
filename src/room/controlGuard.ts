// The host's side of the facilitator's control (issue 12), run by server/room/roomServer.ts:
// whatever a participant's client sends, what the facilitator locked stays as the facilitator left
// it, and the session (timer, agenda step, presentation, vote, the locks themselves) stays the
// facilitator's to write.
import * as Y from 'yjs'
import { validateControl, type FacilitatorControl } from '../domain/facilitation/control'
import { jsonEqual, plainRecord } from './json'
import { roomTable } from './shape'
import { ROOM_DOC, SESSION_KEYS, type RoomAccess } from './types'

/** The repairs' transaction origin: not a connection, so the repair is relayed to everyone, its sender included. */
export const GUARD_ORIGIN = Symbol('room control guard')

const GRID_TABLES = ['stages', 'steps', 'lanes'] as const

/** A record as last accepted: its fields, or null when the table held something that is not a record. */
type Accepted = Readonly<Record<string, unknown>> | null

/** What the host last accepted of everything a participant may not change. */
interface Snapshot {
  readonly control: FacilitatorControl
  readonly session: ReadonlyMap<string, unknown>
  /** Every stage, step and lane, kept while the grid is locked. */
  readonly grid: ReadonlyMap<(typeof GRID_TABLES)[number], ReadonlyMap<string, Accepted>>
  /** Each locked card (undefined: the card is not on the map) and who made it. */
  readonly cards: ReadonlyMap<string, { readonly fields: Accepted | undefined; readonly owner: unknown }>
}

const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value)

function recordsOf(table: Y.Map<unknown>): Map<string, Accepted> {
  const out = new Map<string, Accepted>()
  for (const [id, value] of table.entries()) out.set(id, value instanceof Y.Map ? plainRecord(value) : null)
  return out
}

function snapshotOf(ydoc: Y.Doc): Snapshot {
  const sessionMap = ydoc.getMap<unknown>(ROOM_DOC.session)
  const session = new Map<string, unknown>()
  for (const [key, value] of sessionMap.entries()) session.set(key, plain(value))
  const control = validateControl(session.get(SESSION_KEYS.control))
  const grid = new Map<(typeof GRID_TABLES)[number], Map<string, Accepted>>()
  if (control.gridLocked) for (const table of GRID_TABLES) grid.set(table, recordsOf(roomTable(ydoc, table)))
  const cards = new Map<string, { fields: Accepted | undefined; owner: unknown }>()
  const cardTable = roomTable(ydoc, 'cards')
  const owners = ydoc.getMap<unknown>(ROOM_DOC.owners)
  for (const id of control.lockedCardIds) {
    const value = cardTable.get(id)
    cards.set(id, { fields: value === undefined ? undefined : value instanceof Y.Map ? plainRecord(value) : null, owner: owners.get(id) })
  }
  return { control, session, grid, cards }
}

/** Puts one record back as it was accepted: re-created when deleted, its fields set back, fields added since removed. */
function restoreRecord(table: Y.Map<unknown>, id: string, accepted: Accepted | undefined): void {
  const current = table.get(id)
  if (accepted === undefined) {
    if (current !== undefined) table.delete(id)
    return
  }
  // Something that was not a record stays whatever it is now: there is nothing of the facilitator's to put back.
  if (accepted === null) return
  if (!(current instanceof Y.Map)) {
    const fresh = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(accepted)) fresh.set(key, value)
    table.set(id, fresh)
    return
  }
  for (const key of [...current.keys()]) if (!Object.hasOwn(accepted, key)) current.delete(key)
  for (const [key, value] of Object.entries(accepted)) if (!jsonEqual(plain(current.get(key)), value)) current.set(key, value)
}

function restoreTable(table: Y.Map<unknown>, accepted: ReadonlyMap<string, Accepted>): void {
  for (const id of [...table.keys()]) if (!accepted.has(id)) table.delete(id)
  for (const [id, fields] of accepted) restoreRecord(table, id, fields)
}

/** Puts back whatever a participant may not change, where it differs from what was accepted. */
function repair(ydoc: Y.Doc, accepted: Snapshot): void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const keys = new Set([...session.keys(), ...accepted.session.keys()])
  for (const key of keys) {
    if (key === SESSION_KEYS.timer && accepted.control.participantsRunTimer) continue
    const before = accepted.session.get(key)
    if (jsonEqual(plain(session.get(key)), before)) continue
    if (before === undefined) session.delete(key)
    else session.set(key, before)
  }
  for (const [table, records] of accepted.grid) restoreTable(roomTable(ydoc, table), records)
  const cards = roomTable(ydoc, 'cards')
  const owners = ydoc.getMap<unknown>(ROOM_DOC.owners)
  for (const [id, { fields, owner }] of accepted.cards) {
    restoreRecord(cards, id, fields)
    if (fields === undefined || jsonEqual(owners.get(id), owner)) continue
    if (owner === undefined) owners.delete(id)
    else owners.set(id, owner)
  }
}

/** A transaction applied from a participant's connection (its origin is that connection). */
function fromParticipant(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && 'access' in origin && (origin as { access: unknown }).access !== 'host'
}

export interface ControlGuard {
  /** Takes a room's document as it opens (seeded, or resumed from disk): what it holds is accepted. */
  prime(ydoc: Y.Doc): void
  /** The room's validate hook (RoomValidate). */
  validate(ydoc: Y.Doc, origin: { readonly access: RoomAccess }): void
}

/**
 * Keeps, per room, the last accepted state of what participants may not change: the session map
 * and, by the facilitator's control published in it, the grid and the locked cards. An update
 * from the facilitator's window is accepted as it is; after one from anyone else, whatever it
 * changed there is put back (in one transaction of the host's, relayed to everyone). What the
 * participant changed elsewhere stands.
 */
export function createControlGuard(): ControlGuard {
  const accepted = new WeakMap<Y.Doc, Snapshot>()
  return {
    prime(ydoc) {
      accepted.set(ydoc, snapshotOf(ydoc))
      // What the host writes itself (private writing's session key, a reveal, a vote's state) is
      // accepted as it happens: only participants' updates are held against the last snapshot.
      ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (!fromParticipant(transaction.origin)) accepted.set(ydoc, snapshotOf(ydoc))
      })
    },
    validate(ydoc, origin) {
      const before = accepted.get(ydoc)
      if (origin.access !== 'host' && before) ydoc.transact(() => repair(ydoc, before), GUARD_ORIGIN)
      accepted.set(ydoc, snapshotOf(ydoc))
    },
  }
}
