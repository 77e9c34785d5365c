import { createStore, type StoreApi } from 'zustand'
import type * as Y from 'yjs'
import type { CardId, MapId } from '../../domain'
import { observeSessionVote, type SessionVote } from '../../room/sessionVote'
import type { RoomAccess } from '../../room/types'
import { sendVote, type MyVote, type VoteIdentity, type VoteOp, type VoteRefusal } from '../../room/voteClient'
import type { AppStore } from '../../store'
import { voteCountStore } from '../../store/voteCount'
import { voteEndsAt } from '../facilitation/vote/voteEnd'

export interface ParticipantVoteState {
  /** The room's vote as the session shows it. */
  readonly session: SessionVote | null
  /** The host's last answer about this person's own dots (null before the first). */
  readonly me: MyVote | null
  readonly error: VoteRefusal | null
  /** The vote's duration is over (on the host's clock): the host takes no more dots. */
  readonly timeUp: boolean
}

export interface ParticipantVote {
  readonly state: StoreApi<ParticipantVoteState>
  cast(cardId: string): Promise<void>
  retract(cardId: string): Promise<void>
  finish(): Promise<void>
  /** Follows the session's vote on this shared document until the returned dispose. */
  attach(doc: Y.Doc): () => void
}

interface Options {
  readonly access: RoomAccess
  readonly voter: VoteIdentity
  /** The participant page's own origin: the host answers votes where it serves the page. */
  readonly origin: string
  readonly fetchImpl?: typeof fetch
  /** The host's clock as this device knows it (its own plus the measured offset); tests inject it. */
  readonly hostNow?: () => number
}

/**
 * A participant's dots in the room's vote. The session says whether a vote is open; the dots go
 * to the host's ballot box, which answers with this person's own dots only (and the totals only
 * when the facilitator does not hide them). Own dots, and after the reveal the totals, are drawn
 * as the board's dot badges; while the vote is open a click on a card is a dot and nothing else.
 */
export function createParticipantVote(app: AppStore, options: Options): ParticipantVote {
  const state = createStore<ParticipantVoteState>()(() => ({ session: null, me: null, error: null, timeUp: false }))
  const canVote = options.access !== 'view'
  const hostNow = options.hostNow ?? Date.now
  /** The wake-up at the vote's end, so the bar says so and clicks on cards are clicks again. */
  let endTimer: ReturnType<typeof setTimeout> | null = null

  const showDots = (tally: Readonly<Record<string, number>> | null, startedAt: number) => {
    const mapId = app.getState().doc?.map.id as MapId | undefined
    if (!tally || !mapId) voteCountStore.setState({ count: null })
    else voteCountStore.setState({ count: { mapId, scope: { kind: 'map' }, startedAt, tally: tally as Record<CardId, number> }, hiddenDots: null })
  }

  const openVote = (): Extract<SessionVote, { status: 'open' }> | null => {
    const session = state.getState().session
    return session?.status === 'open' ? session : null
  }

  const tapping = () => {
    const open = openVote()
    const me = state.getState().me
    const on = canVote && open !== null && !(me?.done ?? false) && !state.getState().timeUp
    const tap = on ? (cardId: CardId, takeBack: boolean) => void (takeBack ? vote.retract(cardId) : vote.cast(cardId)) : null
    if ((app.getState().voteTap === null) !== (tap === null)) {
      app.getState().patchWorkspace({ voteTap: tap })
      if (tap) app.getState().select([])
    }
  }

  async function ask(op: VoteOp, cardId?: string): Promise<void> {
    const open = openVote()
    if (!canVote || !open) return
    if (cardId && !open.eligible.includes(cardId)) {
      state.setState({ error: 'notEligible' })
      return
    }
    const reply = await sendVote(options.origin, options.voter, op, cardId, options.fetchImpl)
    // A late answer for a vote that has since ended changes nothing.
    if (openVote() !== open) return
    if (!reply.ok) {
      // The host's clock is the one that counts: its "time is up" ends the vote here too.
      state.setState(reply.reason === 'timeUp' ? { error: reply.reason, timeUp: true } : { error: reply.reason })
      if (reply.reason === 'timeUp') tapping()
      return
    }
    state.setState({ me: reply.vote, error: null })
    showDots(reply.vote.mine, open.startedAt)
    tapping()
  }

  /** Whether the open vote's time is up now, and a wake-up at its end while it is not. */
  const watchEnd = (session: SessionVote | null) => {
    if (endTimer) clearTimeout(endTimer)
    endTimer = null
    const ends = voteEndsAt(session)
    if (ends === null) return false
    const left = ends - hostNow()
    if (left <= 0) return true
    endTimer = setTimeout(() => {
      endTimer = null
      if (state.getState().session !== session) return
      state.setState({ timeUp: true })
      tapping()
    }, left)
    return false
  }

  const follow = (session: SessionVote | null) => {
    const before = state.getState().session
    const same = session?.status === 'open' && before?.status === 'open' && before.startedAt === session.startedAt
    const timeUp = watchEnd(session) || (same && state.getState().timeUp)
    state.setState({ session, timeUp, ...(same ? {} : { me: null, error: null }) })
    if (session?.status === 'revealed') showDots(session.totals, 0)
    else if (!session || !canVote) showDots(null, 0)
    else if (!state.getState().me) {
      showDots({}, session.startedAt)
      void ask('view')
    }
    tapping()
  }

  const vote: ParticipantVote = {
    state,
    cast: (cardId) => ask('cast', cardId),
    retract: (cardId) => ask('retract', cardId),
    finish: () => ask('done'),
    attach(doc) {
      const stop = observeSessionVote(doc, follow)
      return () => {
        stop()
        watchEnd(null)
        state.setState({ session: null, me: null, error: null, timeUp: false })
        app.getState().patchWorkspace({ voteTap: null })
      }
    },
  }
  return vote
}
