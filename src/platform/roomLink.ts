import { nanoid } from 'nanoid'
import type { RoomLink } from '../room/types'

/**
 * A join link carries the room and its code in the `#fragment` (never sent in a page request):
 * `#room=ID&code=CODE` (plus `&view=1` on a view-only link). Returns null for any other address, so the page opens as the app.
 */
export function parseRoomLink(hash: string): (RoomLink & { readonly view: boolean }) | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const roomId = params.get('room')
  const code = params.get('code')
  // Ids and codes are URL-safe base64 or nanoid alphabets; anything else is a mangled link.
  const safe = /^[A-Za-z0-9_-]{1,64}$/
  if (!roomId || !code || !safe.test(roomId) || !safe.test(code)) return null
  // `view=1` only tells the page to draw read-only; the host enforces what a view code may do.
  return { roomId, code, view: params.get('view') === '1' }
}

const PARTICIPANT_KEY = 'journeyboard.room.participant'

/** The storage a participant page uses; tests hand in a Map-backed one. */
export type SmallStorage = Pick<Storage, 'getItem' | 'setItem'>

function safeStorage(): SmallStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Storage can be switched off (private modes, policies); the room still works for this visit.
    return null
  }
}

/**
 * This browser's participant id: kept so a reload (or a phone that slept) is the same person, and
 * their cards stay theirs. nanoid uses crypto.getRandomValues, which plain http on a LAN address
 * still has (randomUUID does not).
 */
export function participantId(storage: SmallStorage | null = safeStorage()): string {
  const kept = storage?.getItem(PARTICIPANT_KEY)
  if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept
  const id = nanoid()
  try {
    storage?.setItem(PARTICIPANT_KEY, id)
  } catch {
    // A full or blocked storage only costs the id's survival across reloads.
  }
  return id
}

/** Cursor and avatar colours: distinct at a glance on the board and readable with white text. */
const COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4', '#66a80f', '#1864ab']

/** A participant's colour, the same on every screen because it follows from their id. */
export function colorFor(id: string): string {
  let hash = 0
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0
  return COLORS[hash % COLORS.length] as string
}
