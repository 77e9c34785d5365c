import * as Y from 'yjs'
import { normalizeVoteSettings, VOTE_LIMITS, type VoteSettings } from '../domain/facilitation'
import { plainRecord } from './json'
import { ROOM_DOC } from './types'
import { SESSION_ORIGIN } from './session'

/**
 * A room's dot vote as everyone may know it, in the shared `session` map under `vote`: that a
 * vote is open (its settings and the cards it is on), or its revealed totals. Never a ballot:
 * who put which dot where stays on the host (see docs/room-host.md, "Votes") until the reveal,
 * and even then only the totals per card are shared here.
 */
export type SessionVote =
  | { readonly status: 'open'; readonly settings: VoteSettings; readonly eligible: readonly string[]; readonly startedAt: number }
  | { readonly status: 'revealed'; readonly totals: Readonly<Record<string, number>> }

const KEY = 'vote'
const ID = /^[A-Za-z0-9_-]{1,64}$/
/** The most cards a vote may be on: a map holds far fewer. */
const MAX_CARDS = 5000

function cardIds(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null
  return [...new Set(value.filter((id): id is string => typeof id === 'string' && ID.test(id)))].slice(0, MAX_CARDS)
}

function totals(value: unknown): Record<string, number> | null {
  const raw = plainRecord(value)
  if (!raw) return null
  const out: Record<string, number> = {}
  for (const [id, n] of Object.entries(raw).slice(0, MAX_CARDS)) {
    if (ID.test(id) && typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= VOTE_LIMITS.votesPerPerson * 10_000) out[id] = n
  }
  return out
}

/**
 * The vote from the session, whatever a client wrote there: only the fields above, checked; null
 * when there is no vote or it is not one. Anything else in the entry (a stray ballot) is dropped.
 */
export function readSessionVote(value: unknown): SessionVote | null {
  const raw = plainRecord(value)
  if (!raw) return null
  if (raw.status === 'open') {
    const eligible = cardIds(raw.eligible)
    const startedAt = raw.startedAt
    if (!eligible || typeof startedAt !== 'number' || !Number.isFinite(startedAt) || !plainRecord(raw.settings)) return null
    return { status: 'open', settings: normalizeVoteSettings(raw.settings), eligible, startedAt }
  }
  if (raw.status === 'revealed') {
    const t = totals(raw.totals)
    return t ? { status: 'revealed', totals: t } : null
  }
  return null
}

/** Exactly the public fields of a vote, so nothing else the caller held can reach the document. */
function publicVote(vote: SessionVote): SessionVote {
  return vote.status === 'open'
    ? { status: 'open', settings: normalizeVoteSettings(vote.settings), eligible: cardIds(vote.eligible) ?? [], startedAt: vote.startedAt }
    : { status: 'revealed', totals: totals(vote.totals) ?? {} }
}

/** The facilitator's window sets (or, with null, clears) the room's vote for every screen. */
export function writeSessionVote(ydoc: Y.Doc, vote: SessionVote | null): void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  ydoc.transact(() => session.set(KEY, vote ? publicVote(vote) : null), SESSION_ORIGIN)
}

/** Calls `show` with the room's vote now and whenever it changes; returns the unsubscribe. */
export function observeSessionVote(ydoc: Y.Doc, show: (vote: SessionVote | null) => void): () => void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const update = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(KEY)) show(readSessionVote(session.get(KEY)))
  }
  show(readSessionVote(session.get(KEY)))
  session.observe(update)
  return () => session.unobserve(update)
}
