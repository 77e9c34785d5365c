import { EyeOff } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionVote } from '../../../room/sessionVote'
import type { HostedVote } from '../../roomHost/hostedVote'
import { useHostProgress } from '../../roomHost/useHostProgress'
import { useTimeUp, voteEndsAt } from './voteEnd'

/** The facilitator's window runs on the host's machine: its clock is the host's. */
const hostClock = () => Date.now()

/** The room's vote under way (progress, Cancel, Reveal) or revealed (hide the dots from every screen). */
export function RoomVoteRunning({ vote, control, people }: { vote: SessionVote; control: HostedVote; people: number }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const open = vote.status === 'open'
  // The ballot box refuses dots from the end on; the facilitator reveals when the room is ready (no
  // auto-reveal: a last word, or a look at who is still deciding, often comes first).
  const timeUp = useTimeUp(voteEndsAt(vote), hostClock)

  const progress = useHostProgress(open ? control : null)

  const run = (action: () => Promise<{ ok: boolean; message?: string } | void>) => {
    setBusy(true)
    void action().then((answer) => {
      setBusy(false)
      setError(answer && !answer.ok ? answer.message || t('vote.room.failed') : null)
    })
  }

  if (!open) {
    return (
      <section className="vote-section" data-testid="room-vote-revealed">
        <p role="status">{t('vote.room.revealed')}</p>
        <button type="button" className="button button--small" onClick={() => control.hideDots()} data-testid="room-vote-hide">
          <EyeOff size={14} aria-hidden /> {t('vote.room.hideForEveryone')}
        </button>
      </section>
    )
  }
  return (
    <section className="vote-section" data-testid="room-vote-running">
      <h2 className="vote-heading">{t('vote.room.running')}</h2>
      <p role="status" data-testid="room-vote-progress">
        {t('vote.room.progress', { voters: progress?.voters ?? 0, done: progress?.done ?? 0, people })}
      </p>
      {timeUp ? (
        <p className="vote-time-up" role="status" data-testid="room-vote-time-up">
          {t('vote.room.timeUp')}
        </p>
      ) : null}
      {error ? (
        <p className="vote-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="vote-actions">
        <button type="button" className="button" disabled={busy} onClick={() => run(() => control.cancel())} data-testid="room-vote-cancel">
          {t('vote.room.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => run(() => control.reveal())} data-testid="room-vote-reveal">
          {t(timeUp ? 'vote.room.revealNow' : 'vote.room.reveal')}
        </button>
      </div>
    </section>
  )
}
