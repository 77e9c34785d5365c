import { Minus, Plus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { Card } from '../../domain'
import type { ParticipantVote } from '../participant/participantVote'
import { useRoomVote } from './RoomVoteContext'

/** A tile's dots: while the room votes, this person's own dots with +/− (and the totals when shown); after the reveal, the totals. */
export function TileDots({ card }: { card: Card }) {
  const vote = useRoomVote()
  return vote ? <Dots vote={vote} card={card} /> : null
}

function Dots({ vote, card }: { vote: ParticipantVote; card: Card }) {
  const { t } = useTranslation()
  const session = useStore(vote.state, (s) => s.session)
  const me = useStore(vote.state, (s) => s.me)
  if (session?.status === 'revealed') {
    const n = session.totals[card.id] ?? 0
    return n > 0 ? (
      <span className="room-tile-dots" data-testid="tile-total">
        {t('room.vote.dots', { count: n })}
      </span>
    ) : null
  }
  if (session?.status !== 'open' || !me || !session.eligible.includes(card.id)) return null
  const mine = me.mine[card.id] ?? 0
  const total = me.totals?.[card.id]
  const text = card.text || t('room.phone.emptyCard')
  return (
    <span className="room-tile-vote" data-testid="tile-vote">
      {me.done ? null : (
        <button type="button" className="room-tile-vote-button" disabled={mine === 0} aria-label={t('room.vote.takeBack', { card: text })} onClick={() => void vote.retract(card.id)}>
          <Minus size={16} aria-hidden />
        </button>
      )}
      <span className="room-tile-dots" data-testid="tile-mine">
        {t('room.vote.mine', { count: mine })}
        {total !== undefined ? ` · ${t('room.vote.dots', { count: total })}` : ''}
      </span>
      {me.done ? null : (
        <button type="button" className="room-tile-vote-button" disabled={me.left === 0} aria-label={t('room.vote.add', { card: text })} onClick={() => void vote.cast(card.id)}>
          <Plus size={16} aria-hidden />
        </button>
      )}
    </span>
  )
}
