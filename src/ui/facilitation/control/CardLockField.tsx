import { Lock, LockOpen } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../../domain'
import { NO_CONTROL, setCardsLocked } from '../../../domain/facilitation'
import { useAppStore } from '../../../store'
import './control.css'

/**
 * In the inspector (issue 12, facilitator control): the facilitator locks or unlocks the selected
 * cards for participants; a participant reads that a selected card is locked, and why nothing
 * they do to it sticks.
 */
export function CardLockField({ cards }: { cards: readonly Card[] }) {
  const { t } = useTranslation()
  const roomControl = useAppStore((s) => s.roomControl)
  const own = useAppStore((s) => s.facilitation.control ?? NO_CONTROL)
  const setControl = useAppStore((s) => s.setControl)
  const control = roomControl ?? own
  const locked = new Set<string>(control.lockedCardIds)
  const anyLocked = cards.some((c) => locked.has(c.id))
  if (roomControl) {
    return anyLocked ? (
      <p className="inspector-lock" role="note" data-testid="inspector-locked">
        <Lock size={14} aria-hidden /> {t('room.control.cardLocked')}
      </p>
    ) : null
  }
  const allLocked = cards.every((c) => locked.has(c.id))
  const ids = cards.map((c) => c.id)
  return (
    <div className="inspector-field">
      <button type="button" className="button button--small" onClick={() => setControl(setCardsLocked(own, ids, !allLocked))} data-testid="inspector-lock">
        {allLocked ? <LockOpen size={14} aria-hidden /> : <Lock size={14} aria-hidden />}
        {allLocked ? t('room.control.unlockCard') : t('room.control.lockCard')}
      </button>
    </div>
  )
}
