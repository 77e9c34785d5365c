// Room codes: the only thing standing between the room's Wi-Fi and the map. 128 bits from the
// operating system's generator, base64url so they fit in a URL fragment unescaped.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { RoomAccess } from '../../src/room/types'

export interface RoomCodes {
  readonly host: string
  readonly edit: string
  readonly view: string
}

export function newRoomCode(): string {
  return randomBytes(16).toString('base64url')
}

export function newRoomCodes(): RoomCodes {
  return { host: newRoomCode(), edit: newRoomCode(), view: newRoomCode() }
}

/** Characters shown next to the QR code for reading aloud; not enough to join with. */
export function shortCodeOf(code: string): string {
  return code.slice(0, 6)
}

/**
 * Compares through fixed-length digests, so neither the content nor the length of a guess
 * changes how long the comparison takes.
 */
export function codesEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** What a presented code grants, or null. Every code is compared, whichever matches. */
export function accessOfCode(codes: RoomCodes, given: string | null): RoomAccess | null {
  if (given === null || given === '') return null
  const host = codesEqual(given, codes.host)
  const edit = codesEqual(given, codes.edit)
  const view = codesEqual(given, codes.view)
  return host ? 'host' : edit ? 'edit' : view ? 'view' : null
}
