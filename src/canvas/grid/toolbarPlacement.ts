import type { GridLayout } from '../../domain/layout'
import type { HeaderTarget } from '../../domain/layoutGrid'
import type { Viewport } from '../viewport'
import { headerOnScreen } from './pinnedView'

/** Toolbar height in CSS pixels (it is DOM and keeps its size at every zoom). */
export const TOOLBAR_HEIGHT = 32
const INSET = 8

export interface ToolbarAnchor {
  /** The toolbar's end corner on screen: its right edge (`side` 'right') or its left edge. */
  readonly x: number
  /** Its vertical centre. */
  readonly y: number
  readonly side: 'left' | 'right'
}

/**
 * Where a header's toolbar goes: inside the header at its end in reading order (right in a
 * left-to-right map), clear of the step's resize edge, and kept on screen when the header is
 * partly scrolled away, and on the header's pinned copy while it is pinned to the board's edge.
 * An open lane keeps it at the bottom of its title, below the title text.
 */
export function toolbarAnchor(grid: GridLayout, target: HeaderTarget, vp: Viewport, boardWidth: number, boardHeight: number): ToolbarAnchor | null {
  const shown = headerOnScreen(grid, target, vp, boardWidth, boardHeight)
  if (!shown) return null
  const { x: left, y: top, width, height } = shown
  if (left + width < 0 || left > boardWidth || top + height < 0 || top > boardHeight) return null
  const rtl = grid.direction === 'rtl'
  const x = rtl ? Math.max(left, 0) + INSET : Math.min(left + width, boardWidth) - INSET
  const row = target.kind === 'lane' ? grid.rowByLane.get(target.id) : undefined
  const roomy = row && !row.collapsed && height >= 2.5 * TOOLBAR_HEIGHT
  const centre = roomy ? top + height - INSET - TOOLBAR_HEIGHT / 2 : top + height / 2
  const half = TOOLBAR_HEIGHT / 2 + 2
  return { x, y: Math.max(half, Math.min(boardHeight - half, centre)), side: rtl ? 'left' : 'right' }
}
