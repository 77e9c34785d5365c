import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../domain'
import { formatNumber } from '../../../i18n/format'
import { STATUS_COLORS } from '../../../io/plan/matrixSvg'
import type { MatrixDrag } from './useMatrixDrag'

interface ChipHandlers {
  onPointerDown(e: PointerEvent<HTMLElement>): void
  onPointerMove(e: PointerEvent<HTMLElement>): void
  onPointerUp(e: PointerEvent<HTMLElement>): void
  onPointerCancel(e: PointerEvent<HTMLElement>): void
}

interface MatrixChipProps {
  readonly action: Action
  /** The plan's focused action (a card's badge or the list led here): highlighted and brought into view. */
  readonly focused: boolean
  /** This chip is the one being dragged: it follows the pointer. */
  readonly drag: MatrixDrag | null
  readonly handlers: ChipHandlers
  readonly onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void
  readonly onClick: () => void
}

/** One action on the matrix: its title in its status's colours, the votes it got, and the press, drag and keys of a button. */
export function MatrixChip({ action, focused, drag, handlers, onKeyDown, onClick }: MatrixChipProps) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }, [focused])
  const colors = STATUS_COLORS[action.status]
  const title = action.title.trim() === '' ? t('plan.markdown.untitled') : action.title
  const label = t('plan.matrix.chip', { title, status: t(`plan.status.${action.status}`), impact: action.impact, effort: action.effort })
  const votes = action.votes > 0 ? t('plan.matrix.votes', { count: action.votes }) : ''
  const style = {
    '--chip-fill': colors.fill,
    '--chip-edge': colors.edge,
    '--chip-text': colors.text,
    ...(drag ? { transform: `translate(${drag.dx}px, ${drag.dy}px)` } : {}),
  } as CSSProperties
  const classes = ['plan-chip', `plan-chip--${action.status}`, focused ? 'is-focused' : '', drag ? 'is-dragging' : ''].filter(Boolean).join(' ')
  return (
    <button
      ref={ref}
      type="button"
      className={classes}
      style={style}
      data-action-id={action.id}
      title={title}
      aria-label={votes ? `${label} ${votes}` : label}
      aria-current={focused ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
      {...handlers}
    >
      <span className="plan-chip-title" dir="auto">
        {title}
      </span>
      {action.votes > 0 && (
        <span className="plan-chip-votes" aria-hidden>
          {formatNumber(action.votes, i18n.language)}
        </span>
      )}
    </button>
  )
}
