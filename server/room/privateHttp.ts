// A participant's private cards, over plain HTTP on the room's own address: POST ROOM_PRIVATE_PATH
// with `{ room, code, pid, op, card?, id? }`. The same code and participant checks as the room's
// socket and its votes; each answer holds only the asking participant's own cards.
import type { IncomingMessage } from 'node:http'
import type { RoomAccess } from '../../src/room/types'
import type { PrivateAnswer, PrivateStore } from './privateCards'
import { PRIVATE_LIMITS } from './privateCards'

export interface PrivateLookup {
  /** The room's private store and this code's access there, or null when the room is not open. */
  (roomId: string, code: string): { readonly cards: PrivateStore; readonly access: RoomAccess | null; readonly removed: readonly string[] } | null
}

const ID = /^[A-Za-z0-9_-]{1,64}$/
/** One card and the request around it; a larger body is refused before it is parsed. */
const MAX_BODY = PRIVATE_LIMITS.cardChars * 2 + 1024

export type PrivateReply = { readonly status: number; readonly body: PrivateAnswer | { readonly ok: false; readonly reason: string } }

/** The body as text, or 'tooLarge' past MAX_BODY characters (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<string | 'tooLarge'> {
  let text = ''
  for await (const chunk of req) {
    text += String(chunk)
    if (text.length > MAX_BODY) return 'tooLarge'
  }
  return text
}

/** The answer to one private-card request, as a status and a JSON body; never throws. */
export async function answerPrivate(req: IncomingMessage, lookup: PrivateLookup): Promise<PrivateReply> {
  if (req.method !== 'POST') return { status: 405, body: { ok: false, reason: 'method' } }
  // JSON only: a form post from another site cannot be one without a CORS preflight, which is never granted.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return { status: 415, body: { ok: false, reason: 'contentType' } }
  const text = await readBody(req)
  if (text === 'tooLarge') return { status: 413, body: { ok: false, reason: 'tooLarge' } }
  let raw: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(text)
    raw = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    raw = {}
  }
  const { room, code, pid, op, card, id } = raw
  if (typeof room !== 'string' || typeof code !== 'string' || typeof pid !== 'string' || !ID.test(room) || !ID.test(pid)) return { status: 400, body: { ok: false, reason: 'badRequest' } }
  const found = lookup(room, code)
  if (!found) return { status: 404, body: { ok: false, reason: 'closed' } }
  // Only people who may edit write cards; the facilitator's own window writes to the board directly.
  if (found.access !== 'edit') return { status: 403, body: { ok: false, reason: 'refused' } }
  if (found.removed.includes(pid)) return { status: 403, body: { ok: false, reason: 'removed' } }
  switch (op) {
    case 'list':
      return { status: 200, body: found.cards.view(pid) }
    case 'put':
      return { status: 200, body: await found.cards.put(pid, card) }
    case 'delete':
      if (typeof id !== 'string' || !ID.test(id)) return { status: 400, body: { ok: false, reason: 'badRequest' } }
      return { status: 200, body: await found.cards.remove(pid, id) }
    default:
      return { status: 400, body: { ok: false, reason: 'badRequest' } }
  }
}
