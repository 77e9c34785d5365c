import { fitViewport, type Viewport } from '../../../canvas/viewport'
import type { JourneyDoc, LaneKind } from '../../../domain'
import { gridLayout, LAYOUT, type Rect } from '../../../domain/layout'

/** Room kept free at the bottom of the board for the tool bar (16px from the edge, about 56px tall). */
export const TOOLBAR_RESERVE = 88
/** Room kept free at the top for the step banner while it has not been measured yet. */
export const BANNER_RESERVE = 150
/** The banner's distance from the board's top edge plus a little air below it. */
const BANNER_GAP = 24
/** Below this zoom the lanes' cards are too small to read from the room: show their start instead. */
const READABLE_ZOOM = 0.6

export interface BoardArea {
  readonly width: number
  readonly height: number
  /** Covered at the top (the step banner) and at the bottom (the tool bar). */
  readonly top: number
  readonly bottom: number
}

/** The rows of the lanes whose kind is in `kinds`, lane titles to the last step; null when the map has none. */
export function lanesRect(doc: JourneyDoc, kinds: readonly LaneKind[]): Rect | null {
  const grid = gridLayout(doc)
  const rows = grid.rows.filter((r) => kinds.includes(doc.lanes[r.laneId]?.kind as LaneKind))
  if (rows.length === 0) return null
  const top = Math.min(...rows.map((r) => r.y))
  const bottom = Math.max(...rows.map((r) => r.y + r.height))
  return { x: 0, y: top, width: grid.width, height: bottom - top }
}

/**
 * The view that shows the lanes a step works on, in the part of the board nothing covers. A long
 * map fitted whole would be too small to read: then the lanes fill the height and the view starts
 * at the lane titles (left in a left-to-right map, right in a right-to-left one).
 */
export function lanesViewport(doc: JourneyDoc, kinds: readonly LaneKind[], area: BoardArea): Viewport | null {
  const rect = lanesRect(doc, kinds)
  if (!rect || area.width <= 0 || area.height <= 0) return null
  const height = Math.max(120, area.height - area.top - area.bottom)
  let vp = fitViewport(rect, area.width, height)
  if (vp.zoom < READABLE_ZOOM) {
    const zoom = Math.max(READABLE_ZOOM, Math.min(1, fitViewport({ ...rect, width: 1 }, area.width, height).zoom))
    const margin = LAYOUT.cellPadding * 2
    const rtl = gridLayout(doc).direction === 'rtl'
    const x = rtl ? rect.x + rect.width + margin / zoom - area.width / zoom : rect.x - margin / zoom
    vp = { zoom, x, y: rect.y + rect.height / 2 - height / 2 / zoom }
  }
  return { ...vp, y: vp.y - area.top / vp.zoom }
}

/** The board's size on screen and what covers it: read from the page, since the board lives beside the agenda. */
export function boardArea(): BoardArea | null {
  const board = document.querySelector<HTMLElement>('.board-area')
  if (!board) return null
  const banner = board.querySelector<HTMLElement>('.step-banner')
  const bannerHeight = banner?.offsetHeight ?? 0
  // The big timer sits below the banner (timer.css): the lanes go below it too, not under it.
  const timer = board.querySelector<HTMLElement>('.timer-display')
  const timerBottom = timer ? timer.getBoundingClientRect().bottom - board.getBoundingClientRect().top : 0
  const top = bannerHeight > 0 ? Math.max(bannerHeight + BANNER_GAP, timerBottom > 0 ? timerBottom + BANNER_GAP / 2 : 0) : BANNER_RESERVE
  return {
    width: board.clientWidth,
    height: board.clientHeight,
    top,
    bottom: TOOLBAR_RESERVE,
  }
}
