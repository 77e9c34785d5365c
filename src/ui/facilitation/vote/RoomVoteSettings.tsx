import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultVoteSettings, VOTE_LIMITS, type VoteScope, type VoteSettings } from '../../../domain/facilitation'

/** The room's vote settings beyond the scope: budgets, anonymity, hidden tallies and an optional duration. */
export function RoomVoteSettings({ scope, disabled, onStart }: { scope: VoteScope; disabled: boolean; onStart: (settings: VoteSettings) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [votes, setVotes] = useState(3)
  const [cap, setCap] = useState(2)
  const [anonymous, setAnonymous] = useState(true)
  const [hidden, setHidden] = useState(true)
  const [minutes, setMinutes] = useState('')
  const whole = (text: string, max: number) => Math.min(max, Math.max(1, Math.floor(Number(text) || 1)))
  const mins = Number(minutes)
  const durationMs = minutes.trim() && Number.isFinite(mins) && mins > 0 ? Math.min(VOTE_LIMITS.maxDurationMs, Math.round(mins * 60_000)) : null
  const start = () => onStart({ ...defaultVoteSettings(), votesPerPerson: votes, capPerCard: Math.min(cap, votes), scope, anonymous, hideTallies: hidden, durationMs })
  return (
    <fieldset className="vote-room" data-testid="room-vote-settings">
      <legend>{t('vote.room.legend')}</legend>
      <label className="vote-room-field" htmlFor={`${id}-votes`}>
        {t('vote.room.votesPerPerson')}
        <input id={`${id}-votes`} type="number" min={1} max={VOTE_LIMITS.votesPerPerson} value={votes} onChange={(e) => setVotes(whole(e.target.value, VOTE_LIMITS.votesPerPerson))} />
      </label>
      <label className="vote-room-field" htmlFor={`${id}-cap`}>
        {t('vote.room.capPerCard')}
        <input id={`${id}-cap`} type="number" min={1} max={votes} value={Math.min(cap, votes)} onChange={(e) => setCap(whole(e.target.value, votes))} />
      </label>
      <label className="vote-check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('vote.room.anonymous')}</span>
      </label>
      <label className="vote-check">
        <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
        <span>{t('vote.room.hideTallies')}</span>
      </label>
      <label className="vote-room-field" htmlFor={`${id}-minutes`}>
        {t('vote.room.minutes')}
        <input id={`${id}-minutes`} type="number" min={0} step="any" inputMode="decimal" value={minutes} placeholder={t('vote.room.noTimer')} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <button type="button" className="button button--primary" disabled={disabled} onClick={start} data-testid="room-vote-start">
        {t('vote.room.start')}
      </button>
    </fieldset>
  )
}
