import { Eye, EyeOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../../store'
import { dotsKey, useVoteCount, voteCountStore } from '../../../store/voteCount'
import { NewVote } from './NewVote'
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
  if (!doc) return null
  // A count started on another map stays there: this map starts its own.
  const counting = count && count.mapId === doc.map.id ? count : null
  return (
    <div className="vote-panel" data-testid="vote-panel">
      <DotsToggle />
      {counting ? <VoteCounting doc={doc} count={counting} /> : <NewVote doc={doc} />}
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
