import { createVoteRecord, eligibleCards, normalizeVoteSettings, type VoteSettings } from '../../domain/facilitation'
import { platform } from '../../platform'
import { writeSessionVote } from '../../room/sessionVote'
import type { RoomHostRequest, RoomVoteProgress, RoomVoteRevealed } from '../../room/types'
import type { AppStore } from '../../store'
import type { HostedRoom } from './hostedRoom'

export type HostedVoteAnswer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

async function send(request: RoomHostRequest): Promise<HostedVoteAnswer<RoomVoteProgress | RoomVoteRevealed | null>> {
  const response = await platform.room(request).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }))
  return response.ok ? { ok: true, value: response.vote ?? null } : { ok: false, message: response.message }
}

const isRevealed = (vote: RoomVoteProgress | RoomVoteRevealed | null): vote is RoomVoteRevealed => !!vote && 'results' in vote

/**
 * The facilitator's side of a dot vote in the room: the host keeps the ballots (voteStart …
 * voteReveal); this window tells everyone, through the session, only that a vote is open and,
 * at the reveal, the totals per card. The revealed results go into the map's vote history.
 */
export function hostedVote(room: HostedRoom, store: AppStore) {
  const roomId = () => room.getState().info?.roomId ?? null
  return {
    async start(input: VoteSettings): Promise<HostedVoteAnswer<null>> {
      const id = roomId()
      const doc = store.getState().doc
      const shared = room.sharedDoc()
      if (!id || !doc || !shared) return { ok: false, message: '' }
      const settings = normalizeVoteSettings(input)
      // The cards the facilitator's panel counts (eligibleCards: sticky notes only), so every screen agrees on them.
      const eligible = eligibleCards(doc, settings.scope)
      const answer = await send({ op: 'voteStart', roomId: id, settings, eligible })
      if (!answer.ok) return answer
      const startedAt = Date.now()
      writeSessionVote(shared, { status: 'open', settings, eligible, startedAt })
      if (settings.durationMs !== null) store.getState().startTimer(settings.durationMs)
      return { ok: true, value: null }
    },
    async progress(): Promise<RoomVoteProgress | null> {
      const id = roomId()
      if (!id) return null
      const answer = await send({ op: 'voteProgress', roomId: id })
      return answer.ok && answer.value && !isRevealed(answer.value) ? answer.value : null
    },
    async reveal(): Promise<HostedVoteAnswer<null>> {
      const id = roomId()
      const doc = store.getState().doc
      if (!id || !doc) return { ok: false, message: '' }
      const answer = await send({ op: 'voteReveal', roomId: id })
      if (!answer.ok) return answer
      if (!isRevealed(answer.value)) return { ok: false, message: '' }
      const { settings, startedAt, results } = answer.value
      store.getState().addVoteRecord(createVoteRecord({ mode: 'ballots', startedAt, revealedAt: Date.now(), settings, results, doc }))
      const totals = Object.fromEntries(results.rows.filter((row) => row.votes > 0).map((row) => [row.cardId, row.votes]))
      const shared = room.sharedDoc()
      if (shared) writeSessionVote(shared, { status: 'revealed', totals })
      return { ok: true, value: null }
    },
    async cancel(): Promise<void> {
      const id = roomId()
      if (id) await send({ op: 'voteCancel', roomId: id })
      const shared = room.sharedDoc()
      if (shared) writeSessionVote(shared, null)
    },
    /** The revealed dots leave everyone's screen (the results stay in the history). */
    hideDots(): void {
      const shared = room.sharedDoc()
      if (shared) writeSessionVote(shared, null)
    },
  }
}

export type HostedVote = ReturnType<typeof hostedVote>
