import { ArrowRight, ArrowUp } from 'lucide-react'
import { Fragment, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, quadrantOf, SCORE_MAX, SCORE_MIN, type Action, type ActionId } from '../../../domain'
import { getRecord } from '../../../domain/records'
import { formatNumber } from '../../../i18n/format'
import { STATUS_COLORS } from '../../../io/plan/matrixSvg'
import { appStore, useAppStore } from '../../../store'
import { MatrixChip } from './MatrixChip'
import { actionsByCell, cellAfterKey, cellKey, cellOf, HIGH_FROM, SCORES, type Cell } from './matrixGrid'
import { useMatrixDrag } from './useMatrixDrag'
import './planMatrix.css'

/** Impact rows from the top: the high half (quick wins and big bets) above the low half. */
const HIGH_ROWS = SCORES.filter((s) => s >= HIGH_FROM).reverse()
const LOW_ROWS = SCORES.filter((s) => s < HIGH_FROM).reverse()
/** How many effort columns count as low: the width of the quick wins and fill-ins. */
const LOW_COLUMNS = HIGH_FROM - SCORE_MIN

/**
 * The effort / impact two-by-two of the plan (issue 13): a chip per action in the cell of its
 * scores, effort across and impact up, split into quick wins, big bets, fill-ins and thankless
 * tasks where the domain's quadrantOf splits. Dragging a chip (or its arrow keys) sets both scores
 * in one command; a click opens the action in the list. `actions` are the ones the plan's filter
 * shows. A right-to-left map mirrors the effort axis, as its exported picture does.
 */
export function PlanMatrix({ actions }: { actions: readonly Action[] }) {
  const { t, i18n } = useTranslation()
  const rtl = useAppStore((s) => s.doc?.map.direction === 'rtl')
  const focus = useAppStore((s) => s.plan.focus)
  const editable = useAppStore((s) => s.doc !== null && !s.viewOnly)
  const planHasActions = useAppStore((s) => (s.doc ? Object.keys(s.doc.actions).length > 0 : false))
  const grid = useRef<HTMLDivElement>(null)
  const refocus = useRef<ActionId | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const cells = useMemo(() => actionsByCell(actions), [actions])

  const move = useCallback(
    (action: Action, cell: Cell): boolean => {
      const { dispatch } = appStore.getState()
      dispatch({ type: 'updateActions', actionIds: [action.id], patch: { impact: cell.impact, effort: cell.effort } })
      // A room's lock or a view-only page refuses the command: then nothing moved and nothing is said.
      const now = appStore.getState().doc
      const moved = now ? getRecord(now.actions, action.id) : undefined
      if (!moved || moved.impact !== cell.impact || moved.effort !== cell.effort) return false
      const title = action.title.trim() === '' ? t('plan.markdown.untitled') : action.title
      setAnnouncement(t('plan.matrix.moved', { title, quadrant: t(`plan.quadrant.${quadrantOf(cell)}`), impact: cell.impact, effort: cell.effort }))
      return true
    },
    [t],
  )
  const { drag, handlers, consumeClick } = useMatrixDrag(grid, move, editable)

  // A chip moved by its arrow keys lands in another cell, a new element: give it the focus back.
  useLayoutEffect(() => {
    const id = refocus.current
    if (id === null) return
    refocus.current = null
    grid.current?.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(id)}"]`)?.focus()
  })

  const onKeyDown = (action: Action) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!editable || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
    const next = cellAfterKey(cellOf(action), e.key, rtl)
    if (e.key.startsWith('Arrow')) e.preventDefault()
    if (!next) return
    refocus.current = action.id
    move(action, next)
  }
  const onClick = (action: Action) => () => {
    if (consumeClick()) return
    appStore.getState().setPlan({ tab: 'list', focus: action.id })
  }

  const number = (value: number) => formatNumber(value, i18n.language)
  const quadrantLabels = (left: 'quickWin' | 'fillIn', right: 'bigBet' | 'thankless', split: boolean) => (
    <>
      <div className="plan-matrix-corner" aria-hidden />
      <div className={`plan-quadrant-label plan-quadrant-label--${left} is-first${split ? ' is-split-row' : ''}`} style={{ gridColumn: `span ${LOW_COLUMNS}` }}>
        {t(`plan.quadrant.${left}`)}
      </div>
      <div className={`plan-quadrant-label plan-quadrant-label--${right} is-split is-last${split ? ' is-split-row' : ''}`} style={{ gridColumn: `span ${SCORES.length - LOW_COLUMNS}` }}>
        {t(`plan.quadrant.${right}`)}
      </div>
    </>
  )
  const row = (impact: number) => (
    <Fragment key={impact}>
      <div className="plan-matrix-tick plan-matrix-tick--impact" aria-hidden>
        {number(impact)}
      </div>
      {SCORES.map((effort) => {
        const cell = { impact, effort }
        const key = cellKey(cell)
        const target = drag?.target !== null && drag?.target !== undefined && cellKey(drag.target) === key
        const classes = ['plan-cell', `plan-cell--${quadrantOf(cell)}`, effort === HIGH_FROM ? 'is-split' : '', effort === SCORE_MIN ? 'is-first' : '', effort === SCORE_MAX ? 'is-last' : '', target ? 'is-target' : ''].filter(Boolean).join(' ')
        return (
          <div key={key} role="group" aria-label={t('plan.matrix.cell', { impact, effort })} className={classes} data-impact={impact} data-effort={effort}>
            {(cells.get(key) ?? []).map((action) => (
              <MatrixChip
                key={action.id}
                action={action}
                focused={focus === action.id}
                drag={drag?.id === action.id ? drag : null}
                handlers={handlers(action)}
                onKeyDown={onKeyDown(action)}
                onClick={onClick(action)}
              />
            ))}
          </div>
        )
      })}
    </Fragment>
  )

  return (
    <section className={`plan-matrix${drag ? ' is-dragging' : ''}`} dir={rtl ? 'rtl' : 'ltr'} aria-label={t('plan.matrix.title')} data-testid="plan-matrix">
      <p className="muted plan-matrix-hint">{editable ? t('plan.matrix.hint') : t('plan.matrix.hintReadOnly')}</p>
      {actions.length === 0 && (
        <p className="plan-matrix-empty" role="status">
          {planHasActions ? t('plan.matrix.noneShown') : t('plan.matrix.empty')}
        </p>
      )}
      <div className="plan-matrix-impact-axis" aria-hidden>
        <ArrowUp size={16} /> {t('plan.matrix.impactAxis')}
      </div>
      <div ref={grid} className="plan-matrix-grid" style={{ gridTemplateColumns: `auto repeat(${SCORES.length}, minmax(0, 1fr))` }}>
        {quadrantLabels('quickWin', 'bigBet', false)}
        {HIGH_ROWS.map(row)}
        {quadrantLabels('fillIn', 'thankless', true)}
        {LOW_ROWS.map(row)}
        <div className="plan-matrix-corner" aria-hidden />
        {SCORES.map((effort) => (
          <div key={effort} className="plan-matrix-tick plan-matrix-tick--effort" aria-hidden>
            {number(effort)}
          </div>
        ))}
      </div>
      <div className="plan-matrix-effort-axis" aria-hidden>
        {t('plan.matrix.effortAxis')} <ArrowRight size={16} className="plan-matrix-arrow" />
      </div>
      <ul className="plan-matrix-legend" aria-label={t('plan.matrix.legend')}>
        {ACTION_STATUSES.map((status) => (
          <li key={status}>
            <span className={`plan-matrix-swatch plan-chip--${status}`} style={{ background: STATUS_COLORS[status].fill, borderColor: STATUS_COLORS[status].edge }} aria-hidden />
            {t(`plan.status.${status}`)}
          </li>
        ))}
      </ul>
      <p className="plan-matrix-live" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}
