import { Lock } from 'lucide-react'
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
