import { ChevronsDownUp, ChevronsUpDown, Focus, Palette, Pencil, Plus, Trash } from 'lucide-react'
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import type { LaneKind, StageId } from '../../domain'
import { gridLayout } from '../../domain/layout'
import type { HeaderTarget } from '../../domain/layoutGrid'
import { appStore, useAppStore } from '../../store'
import { addLaneBelow, addStageAfter, addStepAfter, deleteCommand, headerTitle, type NewTitles } from '../../domain/gridCommands'
import { useGridUi, useGridUiStore } from './gridUi'
import { ColorPopover, LaneKindMenu } from './GridPopovers'
import { useFollowViewport } from '../followViewport'
import { TOOLBAR_HEIGHT, toolbarAnchor } from './toolbarPlacement'

export interface HeaderToolbarProps {
  readonly target: HeaderTarget
  /** Board size on screen, to keep the toolbar inside it. */
  readonly width: number
  readonly height: number
  readonly onZoomToStage: (stageId: StageId) => void
  readonly focusBoard: () => void
}

/**
 * The small toolbar a header shows while the pointer is on it: everything one can do to a stage,
 * step or lane, where it is. DOM over the canvas, so it is reachable by keyboard and readable by
 * screen readers, and it keeps its size at any zoom.
 */
export function HeaderToolbar({ target, width, height, onZoomToStage, focusBoard }: HeaderToolbarProps) {
  const { t } = useStableTranslation()
  const doc = useAppStore((s) => s.doc)
  // Whether the header is on screen at all: a boolean, so pan frames do not re-render the toolbar;
  // where it sits is written to its style as the view moves (below).
  const onScreen = useAppStore((s) => !!s.doc && toolbarAnchor(gridLayout(s.doc), target, s.viewport, width, height) !== null)
  const gridUi = useGridUiStore()
  const popover = useGridUi((s) => s.popover)
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!popover) return
    const outside = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !root.current?.contains(e.target)) gridUi.getState().set({ popover: null })
    }
    document.addEventListener('pointerdown', outside, true)
    return () => document.removeEventListener('pointerdown', outside, true)
  }, [popover, gridUi])

  useFollowViewport(
    root,
    (el, vp) => {
      const now = appStore.getState().doc
      const at = now ? toolbarAnchor(gridLayout(now), target, vp, width, height) : null
      if (!at) return
      el.style.left = at.side === 'right' ? '' : `${at.x}px`
      el.style.right = at.side === 'right' ? `${width - at.x}px` : ''
      el.style.top = `${at.y - TOOLBAR_HEIGHT / 2}px`
    },
    [target, width, height, onScreen, doc],
  )

  const title = doc ? headerTitle(doc, target) : null
  if (!doc || title === null || !onScreen) return null
  const side = doc.map.direction === 'rtl' ? 'left' : 'right'

  const titles: NewTitles = { stage: (n) => t('board.grid.newStage', { n }), step: (n) => t('board.grid.newStep', { n }) }
  const { dispatch } = appStore.getState()
  const ui = gridUi.getState()
  const editNew = (next: HeaderTarget) => ui.set({ hover: null, popover: null, editing: next })

  const addAfter = () => {
    const now = appStore.getState().doc
    if (!now) return
    if (target.kind === 'stage') {
      const made = addStageAfter(now, target.id, titles)
      dispatch(made.command)
      editNew({ kind: 'stage', id: made.stageId })
    } else if (target.kind === 'step') {
      const made = addStepAfter(now, target.id, titles)
      if (!made) return
      dispatch(made.command)
      editNew({ kind: 'step', id: made.stepId })
    }
  }
  const addLane = (kind: LaneKind) => {
    const now = appStore.getState().doc
    if (!now || target.kind !== 'lane') return
    const made = addLaneBelow(now, target.id, kind, t(`laneKinds.${kind}`))
    dispatch(made.command)
    editNew({ kind: 'lane', id: made.laneId })
  }
  const remove = () => {
    dispatch(deleteCommand(target))
    ui.set({ hover: null, popover: null })
    focusBoard()
  }
  const togglePopover = (which: 'color' | 'laneKind') => ui.set({ popover: popover === which ? null : which })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys on the toolbar's buttons are for the buttons, not for the board's cards (Delete, Space,
    // arrows); shortcuts with Ctrl/Cmd such as undo still reach the app.
    if (e.ctrlKey || e.metaKey) return
    e.stopPropagation()
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.target instanceof HTMLElement && e.target.classList.contains('grid-toolbar__button')) {
      // The arrows walk the buttons, as in any toolbar (the ARIA toolbar pattern), in reading order.
      e.preventDefault()
      const buttons = Array.from(root.current?.querySelectorAll<HTMLButtonElement>('.grid-toolbar__button') ?? [])
      const step = (e.key === 'ArrowRight') === (getComputedStyle(e.target).direction !== 'rtl') ? 1 : -1
      buttons[(buttons.indexOf(e.target as HTMLButtonElement) + step + buttons.length) % buttons.length]?.focus()
      return
    }
    if (e.key !== 'Escape') return
    e.preventDefault()
    if (popover) ui.set({ popover: null })
    else {
      ui.set({ hover: null })
      focusBoard()
    }
  }

  const lane = target.kind === 'lane' ? doc.lanes[target.id] : undefined
  const stage = target.kind === 'stage' ? doc.stages[target.id] : undefined
  const name = title || t(target.kind === 'stage' ? 'board.untitledStage' : target.kind === 'step' ? 'board.untitledStep' : 'board.grid.untitledLane')

  return (
    <div
      ref={root}
      data-grid-ui=""
      className="grid-toolbar"
      data-side={side}
      role="toolbar"
      aria-label={t(`board.grid.toolbar.${target.kind}`, { title: name })}
      style={{ height: TOOLBAR_HEIGHT }}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={onKeyDown}
    >
      <ToolButton label={t('board.grid.rename')} onClick={() => ui.set({ editing: target, hover: null, popover: null })}>
        <Pencil size={16} aria-hidden />
      </ToolButton>
      {stage && (
        <>
          <ToolButton label={t('board.grid.recolor')} expanded={popover === 'color'} onClick={() => togglePopover('color')}>
            <Palette size={16} aria-hidden />
          </ToolButton>
          <ToolButton label={t('board.grid.zoomToStage')} onClick={() => onZoomToStage(stage.id)}>
            <Focus size={16} aria-hidden />
          </ToolButton>
        </>
      )}
      {lane && (
        <ToolButton label={t(lane.collapsed ? 'board.grid.expand' : 'board.grid.collapse')} onClick={() => dispatch({ type: 'setLaneCollapsed', laneId: lane.id, collapsed: !lane.collapsed })}>
          {lane.collapsed ? <ChevronsUpDown size={16} aria-hidden /> : <ChevronsDownUp size={16} aria-hidden />}
        </ToolButton>
      )}
      {lane ? (
        <ToolButton label={t('board.grid.addLaneBelow')} expanded={popover === 'laneKind'} onClick={() => togglePopover('laneKind')}>
          <Plus size={16} aria-hidden />
        </ToolButton>
      ) : (
        <ToolButton label={t(target.kind === 'stage' ? 'board.grid.addStageAfter' : 'board.grid.addStepAfter')} onClick={addAfter}>
          <Plus size={16} aria-hidden />
        </ToolButton>
      )}
      <ToolButton label={t(`board.grid.delete.${target.kind}`)} danger onClick={remove}>
        <Trash size={16} aria-hidden />
      </ToolButton>
      {popover === 'color' && stage && <ColorPopover stageId={stage.id} current={stage.color} onClose={() => ui.set({ popover: null })} />}
      {popover === 'laneKind' && lane && <LaneKindMenu onChoose={addLane} />}
    </div>
  )
}

function ToolButton({ label, onClick, expanded, danger, children }: { label: string; onClick: () => void; expanded?: boolean; danger?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      className={danger ? 'grid-toolbar__button grid-toolbar__button--danger' : 'grid-toolbar__button'}
      aria-label={label}
      title={label}
      aria-haspopup={expanded === undefined ? undefined : true}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {children}
    </button>
  )
}
