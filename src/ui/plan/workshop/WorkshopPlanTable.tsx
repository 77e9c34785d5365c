import { ArrowDown, ArrowUp } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { quadrantOf } from '../../../domain'
import { nextWorkshopPlanSort, type WorkshopPlanRow, type WorkshopPlanSort } from '../../../domain/actions/workshopPlan'
import { formatDay, formatNumber } from '../../../i18n/format'

/** The columns in order; quadrant is shown but not sorted on (impact and effort are its sort). */
const COLUMNS = ['map', 'title', 'owner', 'due', 'status', 'impact', 'effort', 'quadrant', 'votes'] as const
type Column = (typeof COLUMNS)[number]

interface Props {
  readonly rows: readonly WorkshopPlanRow[]
  readonly sort: WorkshopPlanSort
  readonly onSort: (sort: WorkshopPlanSort) => void
  readonly onOpen: (row: WorkshopPlanRow) => void
}

/** The workshop's actions, one row each; a column heading sorts, an action's title opens it on its map. */
export function WorkshopPlanTable({ rows, sort, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const heading = (column: Column) => (column === 'map' ? t('plan.workshop.map') : t(`plan.column.${column}`))
  return (
    <table className="workshop-plan-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            if (column === 'quadrant') return <th key={column} scope="col">{heading(column)}</th>
            const active = sort.key === column
            return (
              <th key={column} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" className="workshop-plan-sort" onClick={() => onSort(nextWorkshopPlanSort(sort, column))}>
                  {heading(column)}
                  {active ? sort.descending ? <ArrowDown size={12} aria-hidden /> : <ArrowUp size={12} aria-hidden /> : null}
                </button>
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { action } = row
          const title = action.title || t('plan.workshop.untitled')
          return (
            <tr key={`${row.mapId}/${action.id}`} data-action-id={action.id}>
              <td dir="auto">{row.mapTitle}</td>
              <td>
                <button type="button" className="link-button workshop-plan-open" dir="auto" onClick={() => onOpen(row)} aria-label={t('plan.workshop.openAction', { title, map: row.mapTitle })}>
                  {title}
                </button>
              </td>
              <td dir="auto">{action.owner || <span className="muted">{t('plan.workshop.nobody')}</span>}</td>
              <td>{action.due ? formatDay(action.due, language) : <span className="muted">{t('plan.workshop.noDate')}</span>}</td>
              <td>
                <span className={`workshop-plan-status workshop-plan-status--${action.status}`}>{t(`plan.status.${action.status}`)}</span>
              </td>
              <td className="workshop-plan-number">{formatNumber(action.impact, language)}</td>
              <td className="workshop-plan-number">{formatNumber(action.effort, language)}</td>
              <td>{t(`plan.quadrant.${quadrantOf(action)}`)}</td>
              <td className="workshop-plan-number">{formatNumber(action.votes, language)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
