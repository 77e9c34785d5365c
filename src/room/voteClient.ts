import { ROOM_VOTE_PATH } from './types'

/** What the host answered one of this person's vote requests: only their own dots (see docs/room-host.md, "Votes"). */
export interface MyVote {
  readonly open: boolean
  /** This person's dots per card. */
  readonly mine: Readonly<Record<string, number>>
  readonly left: number
  /** Everyone's dots per card, only when the facilitator does not hide tallies; else null. */
  readonly totals: Readonly<Record<string, number>> | null
  readonly done: boolean
}

export type VoteOp = 'view' | 'cast' | 'retract' | 'done'
/** Why the host refused, in the words the participant's bar translates; `failed` is a lost connection or an odd answer. */
export type VoteRefusal = 'noVotesLeft' | 'cardCap' | 'notEligible' | 'closed' | 'noVote' | 'timeUp' | 'refused' | 'failed'
export type VoteReply = { readonly ok: true; readonly vote: MyVote } | { readonly ok: false; readonly reason: VoteRefusal }

/** Who is asking: the room, the code of the link they opened and their participant id. */
export interface VoteIdentity {
  readonly room: string
  readonly code: string
  readonly pid: string
}

const REFUSALS: ReadonlySet<string> = new Set(['noVotesLeft', 'cardCap', 'notEligible', 'closed', 'noVote', 'timeUp', 'refused', 'removed'])

function counts(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const out: Record<string, number> = {}
  for (const [id, n] of Object.entries(value)) if (typeof n === 'number' && Number.isInteger(n) && n > 0) out[id] = n
  return out
}

/** The host's answer as a reply, whatever came back. */
export function readVoteReply(body: unknown): VoteReply {
  if (typeof body !== 'object' || body === null) return { ok: false, reason: 'failed' }
  const raw = body as Record<string, unknown>
  if (raw.ok !== true) {
    const reason = typeof raw.reason === 'string' && REFUSALS.has(raw.reason) ? raw.reason : 'failed'
    return { ok: false, reason: reason === 'removed' ? 'refused' : (reason as VoteRefusal) }
  }
  const mine = counts(raw.mine)
  if (!mine || typeof raw.open !== 'boolean' || typeof raw.left !== 'number') return { ok: false, reason: 'failed' }
  return { ok: true, vote: { open: raw.open, mine, left: Math.max(0, Math.floor(raw.left)), totals: raw.totals === null ? null : counts(raw.totals), done: raw.done === true } }
}

/** Sends one vote request to the host at `origin` (the participant page's own) and reads its answer; never throws. */
export async function sendVote(origin: string, who: VoteIdentity, op: VoteOp, card?: string, fetchImpl: typeof fetch = fetch): Promise<VoteReply> {
  try {
    const res = await fetchImpl(new URL(ROOM_VOTE_PATH, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...who, op, ...(card ? { card } : {}) }),
      cache: 'no-store',
    })
    return readVoteReply(await res.json().catch(() => null))
  } catch {
    return { ok: false, reason: 'failed' }
  }
}
