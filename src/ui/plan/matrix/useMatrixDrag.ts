import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import type { Action, ActionId } from '../../../domain'
import { cellOf, type Cell } from './matrixGrid'

/** A chip being dragged: how far it has moved from where it was picked up, and the cell under the pointer. */
export interface MatrixDrag {
  readonly id: ActionId
  readonly dx: number
  readonly dy: number
  readonly target: Cell | null
}

/** Below this many pixels a press is a click (a finger or a trackpad wobbles); past it, a drag. */
const DRAG_THRESHOLD = 5

interface Press {
  readonly action: Action
  readonly pointerId: number
  readonly startX: number
  readonly startY: number
  dragging: boolean
  /** Escape ended the drag while the button was still down: the rest of this press does nothing. */
  cancelled: boolean
  target: Cell | null
}

/** The score cell whose box holds the point; cells carry their scores as data attributes. */
function cellAt(grid: HTMLElement | null, x: number, y: number): Cell | null {
  if (!grid) return null
  for (const el of grid.querySelectorAll<HTMLElement>('[data-impact][data-effort]')) {
    const r = el.getBoundingClientRect()
    if (x >= r.left && x < r.right && y >= r.top && y < r.bottom) return { impact: Number(el.dataset.impact), effort: Number(el.dataset.effort) }
  }
  return null
}

/**
 * Dragging chips between score cells with pointer events, so a mouse, a pen and a finger all work.
 * The chip captures the pointer, follows it (a transform, the document is untouched while it
 * moves) and the cell under the pointer lights up; letting go calls `onDrop` once, so the move is
 * one command and one undo step. Escape puts the chip back. A press that never moved past the
 * threshold stays a click, and the click that follows a drag is swallowed.
 */
export function useMatrixDrag(grid: RefObject<HTMLElement | null>, onDrop: (action: Action, cell: Cell) => void, enabled: boolean) {
  const [drag, setDrag] = useState<MatrixDrag | null>(null)
  const press = useRef<Press | null>(null)
  const swallowClick = useRef(false)

  const endPress = useCallback(() => {
    const ended = press.current
    press.current = null
    setDrag(null)
    if (ended && (ended.dragging || ended.cancelled)) {
      // The click event comes right after pointerup in the same task; a later click is a new one.
      swallowClick.current = true
      setTimeout(() => {
        swallowClick.current = false
      }, 0)
    }
  }, [])

  const cancel = useCallback(() => {
    const current = press.current
    if (!current?.dragging) return
    current.cancelled = true
    current.dragging = false
    setDrag(null)
  }, [])

  useEffect(() => {
    if (!drag) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      // Only the drag ends: the plan (or a dialog around it) must not close on the same key.
      e.preventDefault()
      e.stopPropagation()
      cancel()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [drag, cancel])

  const handlers = (action: Action) => ({
    onPointerDown(e: ReactPointerEvent<HTMLElement>) {
      if (!enabled || press.current || (e.pointerType === 'mouse' && e.button !== 0)) return
      press.current = { action, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, dragging: false, cancelled: false, target: null }
      e.currentTarget.setPointerCapture?.(e.pointerId)
    },
    onPointerMove(e: ReactPointerEvent<HTMLElement>) {
      const current = press.current
      if (!current || current.cancelled || current.pointerId !== e.pointerId) return
      const dx = e.clientX - current.startX
      const dy = e.clientY - current.startY
      if (!current.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return
      current.dragging = true
      current.target = cellAt(grid.current, e.clientX, e.clientY)
      setDrag({ id: current.action.id, dx, dy, target: current.target })
    },
    onPointerUp(e: ReactPointerEvent<HTMLElement>) {
      const current = press.current
      if (!current || current.pointerId !== e.pointerId) return
      const from = cellOf(current.action)
      const to = current.dragging ? current.target : null
      endPress()
      if (to && (to.impact !== from.impact || to.effort !== from.effort)) onDrop(current.action, to)
    },
    onPointerCancel(e: ReactPointerEvent<HTMLElement>) {
      if (press.current?.pointerId !== e.pointerId) return
      cancel()
      endPress()
    },
  })

  /** True (once) when the click in progress ends a drag rather than being a click of its own. */
  const consumeClick = useCallback((): boolean => {
    if (!swallowClick.current) return false
    swallowClick.current = false
    return true
  }, [])

  return { drag, handlers, consumeClick }
}
