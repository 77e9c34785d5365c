// A participant's dots, over plain HTTP on the room's own address: POST ROOM_VOTE_PATH with
// `{ room, code, pid, op, card? }`. The same code and participant checks as the room's socket;
// each answer holds only what that participant may know (see ballots.ts).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RoomAccess } from '../../src/room/types'
import type { BallotBox, VoteAnswer } from './ballots'

export interface VoteLookup {
  /** The room's ballot box and this code's access there, or null when the room is not open. */
  (roomId: string, code: string): { readonly ballots: BallotBox; readonly access: RoomAccess | null; readonly removed: readonly string[] } | null
}

const ID = /^[A-Za-z0-9_-]{1,64}$/
const MAX_BODY = 2048

async function readSmallBody(req: IncomingMessage): Promise<string | null> {
  let text = ''
  for await (const chunk of req) {
    text += String(chunk)
    if (text.length > MAX_BODY) return null
  }
  return text
}

export type VoteReply = { readonly status: number; readonly body: VoteAnswer | { readonly ok: false; readonly reason: string } }

/** The answer to one vote request, as a status and a JSON body; never throws. */
export async function answerVote(req: IncomingMessage, lookup: VoteLookup): Promise<VoteReply> {
  if (req.method !== 'POST') return { status: 405, body: { ok: false, reason: 'method' } }
  // JSON only: a form post from another site cannot be one without a CORS preflight, which is never granted.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return { status: 415, body: { ok: false, reason: 'contentType' } }
  const text = await readSmallBody(req)
  let raw: Record<string, unknown>
  try {
    raw = text === null ? {} : (JSON.parse(text) as Record<string, unknown>)
  } catch {
    raw = {}
  }
  const { room, code, pid, op, card } = raw
  if (typeof room !== 'string' || typeof code !== 'string' || typeof pid !== 'string' || !ID.test(room) || !ID.test(pid)) return { status: 400, body: { ok: false, reason: 'badRequest' } }
  const found = lookup(room, code)
  if (!found) return { status: 404, body: { ok: false, reason: 'closed' } }
  // View-only links and removed people cannot vote; the host's own code can (a facilitator may vote too).
  if (found.access !== 'edit' && found.access !== 'host') return { status: 403, body: { ok: false, reason: 'refused' } }
  if (found.removed.includes(pid)) return { status: 403, body: { ok: false, reason: 'removed' } }
  const cardId = typeof card === 'string' && ID.test(card) ? card : null
  switch (op) {
    case 'view':
      return { status: 200, body: found.ballots.view(pid) }
    case 'cast':
    case 'retract':
      if (!cardId) return { status: 400, body: { ok: false, reason: 'badRequest' } }
      return { status: 200, body: await (op === 'cast' ? found.ballots.cast(pid, cardId) : found.ballots.retract(pid, cardId)) }
    case 'done':
      return { status: 200, body: await found.ballots.finish(pid) }
    default:
      return { status: 400, body: { ok: false, reason: 'badRequest' } }
  }
}

export function sendVoteReply(res: ServerResponse, reply: { readonly status: number; readonly body: unknown }, headers: Record<string, string>): void {
  res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.end(JSON.stringify(reply.body))
}
