import { Lock } from 'lucide-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store'
import { TimerControl } from '../facilitation/timer/TimerControl'

/**
 * What the facilitator's control (issue 12) shows in a participant's bar: that the grid is locked,
 * and the timer's controls when the facilitator lets participants run it (on phones too).
 */
export function ParticipantControl() {
  const { t } = useTranslation()
  const gridLocked = useAppStore((s) => s.roomControl?.gridLocked === true)
  const runTimer = useAppStore((s) => s.roomControl?.participantsRunTimer === true)
  return (
    <>
      {gridLocked ? (
        <span className="participant-lock" data-testid="participant-grid-locked">
          <Lock size={12} aria-hidden /> {t('room.control.gridBadge')}
        </span>
      ) : null}
      {runTimer ? <TimerControl /> : null}
    </>
  )
}

/** How long a notice shows on a participant's page. */
const NOTICE_MS = 5000

/**
 * The board's notices on a participant's page ("The facilitator locked this lane"): the
 * facilitator's window has the app's notice bar, which needs its database; this one only shows.
 */
export function ParticipantNotice() {
  const { t } = useTranslation()
  const notice = useAppStore((s) => s.notice)
  const dismiss = useAppStore((s) => s.dismissNotice)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(dismiss, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, dismiss])
  if (!notice) return null
  return (
    <div className="participant-notice" role="status" data-testid="participant-notice">
      {t(notice.key, notice.values)}
    </div>
  )
}
