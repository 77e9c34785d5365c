import { Lock, LockOpen } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { CardId } from '../../../domain'
import { NO_CONTROL, setCardsLocked } from '../../../domain/facilitation'
import { useAppStore } from '../../../store'
import './control.css'

/**
 * The facilitator's control (issue 12): lock the grid, lock or unlock the selected cards, and let
 * participants run the timer. Saved with the map; in a room every participant's page and the host
 * hold to it. The facilitator is never held by it.
 */
export function ControlSection() {
  const { t } = useTranslation()
  const control = useAppStore((s) => s.facilitation.control ?? NO_CONTROL)
  const setControl = useAppStore((s) => s.setControl)
  const selection = useAppStore((s) => s.selection)
  const cards = useAppStore((s) => s.doc?.cards)
  const selected = cards ? (selection.filter((id) => Object.hasOwn(cards, id)) as CardId[]) : []
  const lockedIds = new Set<string>(control.lockedCardIds)
  const anySelectedLocked = selected.some((id) => lockedIds.has(id))
  const allSelectedLocked = selected.length > 0 && selected.every((id) => lockedIds.has(id))
  // Locked cards still on the map: a deleted card's lock is not worth counting.
  const lockedCount = cards ? control.lockedCardIds.filter((id) => Object.hasOwn(cards, id)).length : 0

  return (
    <section className="control-section" aria-labelledby="control-title" data-testid="control-section">
      <h2 id="control-title">
        <Lock size={16} aria-hidden /> {t('room.control.title')}
      </h2>
      <p className="muted">{t('room.control.intro')}</p>
      <label className="control-toggle">
        <input type="checkbox" checked={control.gridLocked} onChange={(e) => setControl({ ...control, gridLocked: e.target.checked })} data-testid="control-grid" />
        {t('room.control.gridLocked')}
      </label>
      <label className="control-toggle">
        <input type="checkbox" checked={control.participantsRunTimer} onChange={(e) => setControl({ ...control, participantsRunTimer: e.target.checked })} data-testid="control-timer" />
        {t('room.control.runTimer')}
      </label>
      <div className="control-cards">
        {selected.length === 0 ? <p className="muted">{t('room.control.noSelection')}</p> : null}
        <div className="control-buttons">
          <button type="button" className="button button--small" disabled={selected.length === 0 || allSelectedLocked} onClick={() => setControl(setCardsLocked(control, selected, true))} data-testid="control-lock">
            <Lock size={14} aria-hidden />
            {t('room.control.lockSelected')}
          </button>
          <button type="button" className="button button--small" disabled={!anySelectedLocked} onClick={() => setControl(setCardsLocked(control, selected, false))} data-testid="control-unlock">
            <LockOpen size={14} aria-hidden />
            {t('room.control.unlockSelected')}
          </button>
        </div>
        <p className="control-count">
          <span>{t('room.control.lockedCount', { count: lockedCount })}</span>
          <button type="button" className="button button--small" disabled={control.lockedCardIds.length === 0} onClick={() => setControl({ ...control, lockedCardIds: [] })} data-testid="control-unlock-all">
            {t('room.control.unlockAll')}
          </button>
        </p>
      </div>
    </section>
  )
}
