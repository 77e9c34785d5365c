import { FilterX } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, isFilterEmpty, ownerChoices, type Action, type ActionStatus, type JourneyDoc, type PlanFilter, type StageId } from '../../domain'
import { appStore } from '../../store'
import { FilterMenu, type FilterChoice } from './FilterMenu'

/** The plan's filter bar: stage, owner and status, "Clear filters", and how many actions it lets through. */
export function PlanFilters({ doc, actions, shown, filter }: { doc: JourneyDoc; actions: readonly Action[]; shown: number; filter: PlanFilter }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const setFilter = (patch: Partial<PlanFilter>) => appStore.getState().setPlan({ filter: { ...filter, ...patch } })

  const stages = useMemo(
    (): FilterChoice<StageId>[] => doc.map.stageIds.flatMap((id) => (doc.stages[id] ? [{ value: id, label: doc.stages[id].title || t('plan.view.filter.untitledStage') }] : [])),
    [doc.map.stageIds, doc.stages, t],
  )
  const owners = useMemo(
    (): FilterChoice<string>[] => [...ownerChoices(doc, actions, language).map((name) => ({ value: name, label: name })), { value: '', label: t('plan.view.filter.noOwner') }],
    [doc, actions, language, t],
  )
  const statuses: FilterChoice<ActionStatus>[] = ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))

  return (
    <div className="plan-filters" role="group" aria-label={t('plan.view.filter.label')}>
      <FilterMenu label={t('plan.view.filter.stage')} choices={stages} chosen={filter.stageIds} onChange={(stageIds) => setFilter({ stageIds })} />
      <FilterMenu label={t('plan.view.filter.owner')} choices={owners} chosen={filter.owners} onChange={(owners) => setFilter({ owners })} />
      <FilterMenu label={t('plan.view.filter.status')} choices={statuses} chosen={filter.statuses} onChange={(statuses) => setFilter({ statuses })} />
      <button type="button" className="button button--small" disabled={isFilterEmpty(filter)} onClick={() => setFilter({ stageIds: [], owners: [], statuses: [] })}>
        <FilterX size={14} aria-hidden /> {t('plan.view.filter.clear')}
      </button>
      <span className="plan-filter-count muted" aria-live="polite" data-testid="plan-count">
        {t('plan.view.filter.shown', { shown, count: actions.length })}
      </span>
    </div>
  )
}
