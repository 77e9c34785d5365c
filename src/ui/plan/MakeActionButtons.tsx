import { ListPlus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../domain'
import { useAppStore } from '../../store'
import { isActionSource, makeActionsFromSelection } from './makeActions'

/**
 * The inspector's way into the plan (step 4 of the method): the selected cards become one action,
 * or one action each; the plan then opens on the first new one. Free shapes are no sources.
 */
export function MakeActionButtons({ cards }: { cards: readonly Card[] }) {
  const { t } = useTranslation()
  const viewOnly = useAppStore((s) => s.viewOnly)
  const sources = cards.filter(isActionSource).length
  if (sources === 0 || viewOnly) return null
  return (
    <div className="inspector-make-action" role="group" aria-label={t('plan.create.group')}>
      <button type="button" className="button button--small" onClick={() => makeActionsFromSelection(false)} title={t('plan.create.makeHint')} data-testid="make-action">
        <ListPlus size={14} aria-hidden /> {t('plan.create.make')}
      </button>
      {sources >= 2 ? (
        <button type="button" className="button button--small" onClick={() => makeActionsFromSelection(true)} title={t('plan.create.perCardHint', { count: sources })} data-testid="make-action-per-card">
          {t('plan.create.perCard', { count: sources })}
        </button>
      ) : null}
    </div>
  )
}
