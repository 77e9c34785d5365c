import { X } from 'lucide-react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, type ActionStatus, type WorkshopId } from '../../../domain'
import {
  DEFAULT_WORKSHOP_PLAN_SORT,
  filterPlanRows,
  NO_WORKSHOP_PLAN_FILTER,
  planRowOwners,
  sortPlanRows,
  type WorkshopPlanFilter,
  type WorkshopPlanRow,
} from '../../../domain/actions/workshopPlan'
import { useWorkspace } from '../../WorkspaceContext'
import { openPlannedAction } from './openPlannedAction'
import { useWorkshopActions } from './useWorkshopActions'
import { WorkshopPlanTable } from './WorkshopPlanTable'
import './workshopPlan.css'

/** The owner filter's value for "nobody yet": no owner is written as this (a tab cannot be typed into one). */
const NOBODY = '\t'
const ANY = ''

/**
 * The workshop-wide action plan (issue 13): the actions of all the workshop's maps in one table,
 * filtered by status and owner and sorted by a column. Choosing an action opens its map through
 * the usual path, then that map's plan on it, and closes this view. Covers the map beside the map
 * list rather than replacing it, so the map's own panels keep their state underneath.
 */
export function WorkshopPlan({ workshopId, onClose }: { workshopId: WorkshopId; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const workspace = useWorkspace()
  const { status, rows } = useWorkshopActions(workshopId)
  const [filter, setFilter] = useState<WorkshopPlanFilter>(NO_WORKSHOP_PLAN_FILTER)
  const [sort, setSort] = useState(DEFAULT_WORKSHOP_PLAN_SORT)
  const heading = useRef<HTMLHeadingElement>(null)
  const owners = useMemo(() => planRowOwners(rows, i18n.language), [rows, i18n.language])
  const hasNobody = rows.some((r) => r.action.owner === '')
  const shown = useMemo(() => sortPlanRows(filterPlanRows(rows, filter), sort, i18n.language), [rows, filter, sort, i18n.language])

  // Shown in place of the map: the heading takes the focus, so a screen reader says where it is.
  useEffect(() => heading.current?.focus(), [])

  const open = (row: WorkshopPlanRow) =>
    void openPlannedAction(workspace, row.mapId, row.action.id).then((shownOnMap) => {
      if (shownOnMap) onClose()
    })
  const ownerValue = filter.owners.length === 0 ? ANY : filter.owners[0] === '' ? NOBODY : filter.owners[0]!
  const statusValue = filter.statuses[0] ?? ANY

  return (
    <section
      className="workshop-plan"
      aria-labelledby={`${id}-title`}
      data-testid="workshop-plan"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onClose()
      }}
    >
      <header className="workshop-plan-header">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('plan.workshop.title')}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          <X size={14} aria-hidden />
          {t('plan.workshop.close')}
        </button>
      </header>
      <p className="muted workshop-plan-intro">{t('plan.workshop.intro')}</p>
      <div className="workshop-plan-filters">
        <label className="workshop-plan-filter">
          {t('plan.workshop.filterStatus')}
          <select value={statusValue} onChange={(e) => setFilter({ ...filter, statuses: e.target.value === ANY ? [] : [e.target.value as ActionStatus] })}>
            <option value={ANY}>{t('plan.workshop.anyStatus')}</option>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="workshop-plan-filter">
          {t('plan.workshop.filterOwner')}
          <select value={ownerValue} onChange={(e) => setFilter({ ...filter, owners: e.target.value === ANY ? [] : [e.target.value === NOBODY ? '' : e.target.value] })}>
            <option value={ANY}>{t('plan.workshop.anyOwner')}</option>
            {hasNobody || ownerValue === NOBODY ? <option value={NOBODY}>{t('plan.workshop.nobody')}</option> : null}
            {owners.map((owner) => (
              <option key={owner} value={owner} dir="auto">
                {owner}
              </option>
            ))}
          </select>
        </label>
        {status === 'ready' && rows.length > 0 ? (
          <p className="muted workshop-plan-count" role="status">
            {shown.length === rows.length ? t('plan.workshop.count', { count: rows.length }) : t('plan.workshop.shown', { shown: shown.length, count: rows.length })}
          </p>
        ) : null}
      </div>
      {status === 'loading' ? <p className="muted">{t('plan.workshop.loading')}</p> : null}
      {status === 'failed' ? <p role="alert">{t('plan.workshop.failed')}</p> : null}
      {status === 'ready' && rows.length === 0 ? <p className="muted">{t('plan.workshop.empty')}</p> : null}
      {status === 'ready' && rows.length > 0 && shown.length === 0 ? <p className="muted">{t('plan.workshop.noMatch')}</p> : null}
      {shown.length > 0 ? (
        <div className="workshop-plan-scroll">
          <WorkshopPlanTable rows={shown} sort={sort} onSort={setSort} onOpen={open} />
        </div>
      ) : null}
    </section>
  )
}
