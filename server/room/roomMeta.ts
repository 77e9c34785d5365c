// room.json: who may join a room and which generation its document is. Written atomically; its
// presence means the room was seeded, so a reopen loads the saved document instead of seeding.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RoomCodes } from './codes'
import { writeFileAtomic } from './files'

export interface RoomMeta {
  readonly formatVersion: 1
  readonly roomId: string
  readonly generation: string
  readonly codes: RoomCodes
  /** Participant ids the facilitator removed: refused until the room is closed and made anew. */
  readonly removed: readonly string[]
  /**
   * The facilitator closed the room: its document has been handed back to the map, and the next
   * open seeds a new generation from the map (keeping the codes, so a printed QR stays valid).
   * A room that was never closed (the host was killed) reopens with everything it had.
   */
  readonly ended?: boolean
}

export const ROOM_META_FILE = 'room.json'

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0

function parseRoomMeta(text: string): RoomMeta | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const codes = v.codes as Record<string, unknown> | undefined
  if (v.formatVersion !== 1 || !isString(v.roomId) || !isString(v.generation) || typeof codes !== 'object' || codes === null) return null
  if (!isString(codes.host) || !isString(codes.edit) || !isString(codes.view)) return null
  const removed = Array.isArray(v.removed) ? v.removed.filter(isString) : []
  return { formatVersion: 1, roomId: v.roomId, generation: v.generation, codes: { host: codes.host, edit: codes.edit, view: codes.view }, removed, ended: v.ended === true }
}

/** The saved meta, or null when the room was never opened here (or its file is unreadable). */
export async function readRoomMeta(roomDir: string): Promise<RoomMeta | null> {
  let text: string
  try {
    text = await readFile(join(roomDir, ROOM_META_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const meta = parseRoomMeta(text)
  if (meta === null) throw new Error(`${join(roomDir, ROOM_META_FILE)} is not a room file; move it away to start the room anew`)
  return meta
}

export async function writeRoomMeta(roomDir: string, meta: RoomMeta): Promise<void> {
  await writeFileAtomic(join(roomDir, ROOM_META_FILE), JSON.stringify(meta, null, 2))
}
