import { ArrowDown, ArrowUp } from 'lucide-react'
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ownerChoices, sortActions, type Action, type PlanSortKey } from '../../../domain'
import { appStore, useAppStore } from '../../../store'
import { ActionRow } from './ActionRow'
import { ariaSort, nextSort, SORTABLE } from './listModel'

type Column = PlanSortKey | 'deliverable' | 'automation' | 'automationNote' | 'cards'
const COLUMNS: readonly Column[] = ['title', 'deliverable', 'owner', 'due', 'status', 'impact', 'effort', 'automation', 'automationNote', 'votes', 'cards']

/** The plan as a table: sorted by a column's header, every field edited in place. */
export function ActionList({ actions }: { actions: readonly Action[] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const sort = useAppStore((s) => s.plan.sort)
  const focus = useAppStore((s) => s.plan.focus)
  const readOnly = useAppStore((s) => s.viewOnly)
  const cards = useAppStore((s) => s.doc?.cards)
  const actionRecords = useAppStore((s) => s.doc?.actions)
  const total = actionRecords ? Object.keys(actionRecords).length : 0
  const ownersList = useId()
  const sorted = useMemo(() => sortActions(actions, sort, language), [actions, sort, language])
  const owners = useMemo(() => (cards && actionRecords ? ownerChoices({ cards }, Object.values(actionRecords), language) : []), [cards, actionRecords, language])

  if (!cards) return null
  if (total === 0) {
    return (
      <div className="plan-empty" data-testid="plan-empty">
        <p>{t('plan.list.empty')}</p>
        <p className="muted">{t('plan.list.emptyHow')}</p>
      </div>
    )
  }
  if (sorted.length === 0) {
    return (
      <div className="plan-empty" data-testid="plan-empty">
        <p>{t('plan.list.noneShown')}</p>
      </div>
    )
  }

  return (
    <div className="plan-list">
      <table className="plan-table">
        <thead>
          <tr>
            {COLUMNS.map((column) =>
              SORTABLE.has(column as PlanSortKey) ? (
                <th key={column} scope="col" aria-sort={ariaSort(sort, column as PlanSortKey)}>
                  <button type="button" className="plan-sort" onClick={() => appStore.getState().setPlan({ sort: nextSort(sort, column as PlanSortKey) })}>
                    {t(`plan.column.${column}`)}
                    {sort.key === column ? sort.descending ? <ArrowDown size={12} aria-hidden /> : <ArrowUp size={12} aria-hidden /> : null}
                  </button>
                </th>
              ) : (
                <th key={column} scope="col">
                  {t(`plan.column.${column}`)}
                </th>
              ),
            )}
            <th scope="col">
              <span className="plan-hidden-label">{t('plan.list.rowTools')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((action) => (
            <ActionRow key={action.id} action={action} cards={cards} ownersList={ownersList} readOnly={readOnly} focused={action.id === focus} />
          ))}
        </tbody>
      </table>
      <datalist id={ownersList}>
        {owners.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  )
}
