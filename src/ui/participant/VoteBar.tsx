import { Check } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { ParticipantVote } from './participantVote'

/** While the room votes: how many dots are left, how to place and take them back, and Done. */
export function VoteBar({ vote, phone }: { vote: ParticipantVote; phone: boolean }) {
  const { t } = useTranslation()
  const session = useStore(vote.state, (s) => s.session)
  const me = useStore(vote.state, (s) => s.me)
  const error = useStore(vote.state, (s) => s.error)
  const timeUp = useStore(vote.state, (s) => s.timeUp)
  if (session?.status !== 'open') return null
  const left = me?.left ?? session.settings.votesPerPerson
  return (
    <div className="participant-vote" role="region" aria-label={t('room.vote.region')} data-testid="participant-vote">
      <span className="participant-vote-text" role="status" data-testid="participant-vote-left">
        {timeUp ? t('room.vote.timeUp') : me?.done ? t('room.vote.doneWaiting') : t(phone ? 'room.vote.hintPhone' : 'room.vote.hintLaptop', { count: left })}
      </span>
      {/* Once time is up the bar says so itself; the refusal would only repeat it. */}
      {error && !(timeUp && error === 'timeUp') ? (
        <span className="participant-vote-error" role="alert" data-testid="participant-vote-error">
          {t(`room.vote.errors.${error}`)}
        </span>
      ) : null}
      {me?.done || timeUp ? null : (
        <button type="button" className="button button--small button--primary" onClick={() => void vote.finish()} data-testid="participant-vote-done">
          <Check size={14} aria-hidden /> {t('room.vote.done')}
        </button>
      )}
    </div>
  )
}
