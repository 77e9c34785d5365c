// Dot votes in a room: the ballots live here, on the host, and nowhere else until the reveal. A
// participant asks for their own dots and is told only those (and the totals when the facilitator
// shows tallies); the shared document never holds a ballot, so no page can read another's.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CardId } from '../../src/domain'
import {
  castVote,
  countOf,
  normalizeVoteSettings,
  participantView,
  retractVote,
  revealResults,
  type Ballots,
  type Tally,
  type VoteSettings,
} from '../../src/domain/facilitation'
import { isSafeId } from '../../src/domain/ids'
import type { RoomVoteProgress, RoomVoteRevealed } from '../../src/room/types'
import { writeFileAtomic } from './files'

export const BALLOTS_FILE = 'vote.json'

interface OpenVote {
  readonly settings: VoteSettings
  readonly eligible: readonly CardId[]
  readonly startedAt: number
  /** When dots stop being taken, on the host's clock: the start plus the vote's duration; null without one. */
  readonly endsAt: number | null
  ballots: Ballots
  done: string[]
}

/** What one participant may know of the vote: their own dots, what they have left, the totals only when shown. */
export type VoteAnswer =
  | { readonly ok: true; readonly open: boolean; readonly mine: Readonly<Record<string, number>>; readonly left: number; readonly totals: Tally | null; readonly done: boolean }
  | { readonly ok: false; readonly reason: 'closed' | 'notEligible' | 'noVotesLeft' | 'cardCap' | 'noVote' | 'timeUp' }


export interface BallotBox {
  start(settings: unknown, eligible: readonly string[], startedAt: number): Promise<void>
  cast(pid: string, cardId: string): Promise<VoteAnswer>
  retract(pid: string, cardId: string): Promise<VoteAnswer>
  finish(pid: string): Promise<VoteAnswer>
  view(pid: string): VoteAnswer
  progress(): RoomVoteProgress | null
  /** Ends the vote and gives the results; null when no vote is open. */
  reveal(participants: readonly string[], names: Readonly<Record<string, string>>): Promise<RoomVoteRevealed | null>
  cancel(): Promise<void>
}

const CLOSED_ANSWER: VoteAnswer = { ok: true, open: false, mine: {}, left: 0, totals: null, done: false }

/** A saved vote, read back after a crash; anything damaged is dropped rather than trusted. */
function readSaved(text: string): OpenVote | null {
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof OpenVote, unknown>>
    const eligible = Array.isArray(raw.eligible) ? (raw.eligible.filter(isSafeId) as CardId[]) : []
    const allowed = new Set<string>(eligible)
    const ballots: Record<string, Record<string, number>> = {}
    if (raw.ballots && typeof raw.ballots === 'object') {
      for (const [pid, ballot] of Object.entries(raw.ballots)) {
        if (!isSafeId(pid) || !ballot || typeof ballot !== 'object') continue
        const kept = Object.fromEntries(Object.entries(ballot).filter(([id, n]) => allowed.has(id) && countOf(n) > 0).map(([id, n]) => [id, countOf(n)]))
        ballots[pid] = kept
      }
    }
    return {
      settings: normalizeVoteSettings(raw.settings),
      eligible,
      startedAt: typeof raw.startedAt === 'number' ? raw.startedAt : 0,
      endsAt: typeof raw.endsAt === 'number' && Number.isFinite(raw.endsAt) ? raw.endsAt : null,
      ballots,
      done: Array.isArray(raw.done) ? raw.done.filter(isSafeId) : [],
    }
  } catch {
    return null
  }
}

/** The end of a vote started at `startedAt`, from its duration (null: it runs until the reveal). */
function endOf(settings: VoteSettings, startedAt: number): number | null {
  return settings.durationMs === null ? null : startedAt + settings.durationMs
}

/**
 * One room's ballot box, kept in `roomDir/vote.json` (written atomically after every change, so a
 * host killed mid-vote reopens with every dot it had confirmed). A vote with a duration takes no
 * dot, nor takes one back, once its time is up on `now` (the host's clock; tests inject it): what
 * was placed by then is what the reveal counts. Done and the person's view still answer.
 */
export async function openBallotBox(roomDir: string, now: () => number = Date.now): Promise<BallotBox> {
  const path = join(roomDir, BALLOTS_FILE)
  let vote: OpenVote | null = await readFile(path, 'utf8').then(readSaved, () => null)

  // One write at a time (they share a temporary file); each writes the state as it is by then.
  let writing: Promise<void> = Promise.resolve()
  const save = () => {
    const next = writing.then(() => writeFileAtomic(path, JSON.stringify(vote)))
    writing = next.catch(() => undefined)
    return next
  }
  const timeUp = (open: OpenVote) => open.endsAt !== null && now() >= open.endsAt
  const answer = (pid: string): VoteAnswer =>
    vote ? { ok: true, open: true, ...participantView(vote.ballots, vote.settings, pid), done: vote.done.includes(pid) } : CLOSED_ANSWER

  return {
    async start(settings, eligible, startedAt) {
      const normalized = normalizeVoteSettings(settings)
      vote = { settings: normalized, eligible: eligible.filter(isSafeId) as CardId[], startedAt, endsAt: endOf(normalized, startedAt), ballots: {}, done: [] }
      await save()
    },
    async cast(pid, cardId) {
      if (!vote) return { ok: false, reason: 'closed' }
      if (timeUp(vote)) return { ok: false, reason: 'timeUp' }
      const change = castVote(vote.ballots, vote.settings, vote.eligible, pid, cardId as CardId)
      if (!change.ok) return change
      vote.ballots = change.ballots
      await save()
      return answer(pid)
    },
    async retract(pid, cardId) {
      if (!vote) return { ok: false, reason: 'closed' }
      if (timeUp(vote)) return { ok: false, reason: 'timeUp' }
      const change = retractVote(vote.ballots, pid, cardId as CardId)
      if (!change.ok) return change
      vote.ballots = change.ballots
      vote.done = vote.done.filter((id) => id !== pid)
      await save()
      return answer(pid)
    },
    async finish(pid) {
      if (!vote) return { ok: false, reason: 'closed' }
      if (!vote.done.includes(pid)) {
        vote.done = [...vote.done, pid]
        await save()
      }
      return answer(pid)
    },
    view: answer,
    progress: () =>
      vote && {
        startedAt: vote.startedAt,
        voters: Object.values(vote.ballots).filter((b) => Object.values(b).some((n) => n > 0)).length,
        done: vote.done.length,
      },
    async reveal(participants, names) {
      if (!vote) return null
      const { settings, startedAt, ballots, eligible } = vote
      vote = null
      await save()
      return { settings, startedAt, results: revealResults(ballots, settings, eligible, participants, names) }
    },
    async cancel() {
      vote = null
      await save()
    },
  }
}
