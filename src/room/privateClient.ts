import type { Card } from '../domain'
import { ROOM_PRIVATE_PATH } from './types'
import type { VoteIdentity } from './voteClient'

export type PrivateOp = 'list' | 'put' | 'delete'
/** Why the host refused, in the words the participant's banner translates; `failed` is a lost connection or an odd answer. */
export type PrivateRefusal = 'closed' | 'badCard' | 'tooLarge' | 'tooMany' | 'taken' | 'refused' | 'failed'
export type PrivateReply = { readonly ok: true; readonly open: boolean; readonly cards: readonly Card[] } | { readonly ok: false; readonly reason: PrivateRefusal }

const REFUSALS: ReadonlySet<string> = new Set(['closed', 'badCard', 'tooLarge', 'tooMany', 'taken', 'refused', 'removed'])
const ID = /^[A-Za-z0-9_-]{1,64}$/

/** The host's answer as a reply, whatever came back. The cards are the host's checked copies of this person's own. */
export function readPrivateReply(body: unknown): PrivateReply {
  if (typeof body !== 'object' || body === null) return { ok: false, reason: 'failed' }
  const raw = body as Record<string, unknown>
  if (raw.ok !== true) {
    const reason = typeof raw.reason === 'string' && REFUSALS.has(raw.reason) ? raw.reason : 'failed'
    return { ok: false, reason: reason === 'removed' ? 'refused' : (reason as PrivateRefusal) }
  }
  if (typeof raw.open !== 'boolean' || !Array.isArray(raw.cards)) return { ok: false, reason: 'failed' }
  const cards = raw.cards.filter((c): c is Card => typeof c === 'object' && c !== null && ID.test(String((c as { id?: unknown }).id)))
  return { ok: true, open: raw.open, cards }
}

/** Sends one request about this person's private cards to the host at `origin` (the page's own); never throws. */
export async function sendPrivate(
  origin: string,
  who: VoteIdentity,
  request: { readonly op: 'list' } | { readonly op: 'put'; readonly card: Card } | { readonly op: 'delete'; readonly id: string },
  fetchImpl: typeof fetch = fetch,
): Promise<PrivateReply> {
  try {
    const res = await fetchImpl(new URL(ROOM_PRIVATE_PATH, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...who, ...request }),
      cache: 'no-store',
    })
    return readPrivateReply(await res.json().catch(() => null))
  } catch {
    return { ok: false, reason: 'failed' }
  }
}
