import { Eye, EyeOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useMemo, useState } from 'react'
import type { VoteSettings } from '../../../domain/facilitation'
import { appStore, useAppStore } from '../../../store'
import { useHostedRoom, useHostedRoomState } from '../../roomHost/HostedRoomContext'
import { hostedVote } from '../../roomHost/hostedVote'
import { useSessionVote } from '../../room/useSessionVote'
import { dotsKey, useVoteCount, voteCountStore } from '../../../store/voteCount'
import { NewVote } from './NewVote'
import { RoomVoteRunning } from './RoomVoteRunning'
import { VoteCounting } from './VoteCounting'
import { VoteHistory } from './VoteHistory'
import './vote.css'

/**
 * The facilitator's dot vote without a room: choose what the room votes on, count the raised
 * hands per card, save the results into the map's vote history. The board shows the dots while
 * counting and for the latest saved vote, until hidden.
 */
export function VotePanel() {
  const doc = useAppStore((s) => s.doc)
  const count = useVoteCount((s) => s.count)
  const { t } = useTranslation()
  const room = useHostedRoom()
  const roomState = useHostedRoomState(room)
  const shared = roomState.info && room ? room.sharedDoc() : null
  const roomVote = useSessionVote(shared)
  const control = useMemo(() => (room ? hostedVote(room, appStore) : null), [room])
  const [startError, setStartError] = useState<string | null>(null)
  if (!doc) return null
  // A count started on another map stays there: this map starts its own.
  const counting = count && count.mapId === doc.map.id ? count : null
  const people = roomState.participants.filter((p) => p.access === 'edit').length
  const startInRoom =
    control && shared
      ? (settings: VoteSettings) =>
          void control.start(settings).then((answer) => setStartError(answer.ok ? null : answer.message || t('vote.room.failed')))
      : undefined
  return (
    <div className="vote-panel" data-testid="vote-panel">
      {roomVote?.status === 'revealed' ? null : <DotsToggle />}
      {startError ? (
        <p className="vote-error" role="alert">
          {startError}
        </p>
      ) : null}
      {control && roomVote ? (
        <RoomVoteRunning vote={roomVote} control={control} people={people} />
      ) : counting ? (
        <VoteCounting doc={doc} count={counting} />
      ) : (
        <NewVote doc={doc} onRoomStart={startInRoom} />
      )}
      <VoteHistory doc={doc} />
    </div>
  )
}

/** Hides the dots on the board (the count under way, or the latest saved vote) and shows them again. */
function DotsToggle() {
  const { t } = useTranslation()
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const history = useAppStore((s) => s.facilitation.votes)
  const count = useVoteCount((s) => s.count)
  const hidden = useVoteCount((s) => s.hiddenDots)
  const key = dotsKey(count, mapId, history)
  if (key === null) return null
  const isHidden = hidden === key
  return (
    <div className="vote-dots-bar">
      <button type="button" className="button button--small" onClick={() => voteCountStore.getState().setDotsHidden(isHidden ? null : key)}>
        {isHidden ? <Eye size={14} aria-hidden /> : <EyeOff size={14} aria-hidden />}
        {t(isHidden ? 'vote.showDots' : 'vote.hideDots')}
      </button>
    </div>
  )
}
