import type { GridLayout, Rect } from '../../domain/layout'
import { overviewLaneColumn, overviewStripHeight } from '../grid/gridShapes'
import { DETAIL_ZOOM, fitViewport, type Viewport } from '../viewport'

/** Screen px kept between an overview strip and the edge of the free area. */
const STRIP_CLEARANCE = 8

/**
 * The view that shows a whole map (`bounds`, in `area` of a `width` x `height` board). Zoomed out
 * past reading, the board draws the stage names above the map and the lane titles beside it at a
 * fixed size on screen (gridShapes.tsx): when the fit's margin is too narrow for them, the area
 * gives them room, so a fitted map shows its titles whole rather than cut at the board's edge.
 */
export function fitMap(grid: Pick<GridLayout, 'laneTitleX' | 'direction' | 'stages'>, bounds: Rect, width: number, height: number, area: Rect = { x: 0, y: 0, width, height }): Viewport {
  let free = area
  let vp = fitViewport(bounds, width, height, free)
  // A pass moves the map at least half the shortfall (a centred map moves half the cut) and zooms out a little, which
  // widens the strips in board units: a few passes settle it.
  for (let pass = 0; pass < 4 && vp.zoom < DETAIL_ZOOM; pass++) {
    const column = overviewLaneColumn(grid, vp.zoom)
    const left = (column.x - vp.x) * vp.zoom
    const right = (column.x + column.width - vp.x) * vp.zoom
    const top = (-overviewStripHeight(grid, vp.zoom) - vp.y) * vp.zoom
    // Measured against the whole free area (the cuts so far only make room, the strips may use it),
    // a few pixels in: a strip touching the board's edge would look cut, and pin itself there.
    const cutLeft = grid.direction === 'rtl' ? 0 : Math.max(0, area.x + STRIP_CLEARANCE - left)
    const cutRight = grid.direction === 'rtl' ? Math.max(0, right - (area.x + area.width - STRIP_CLEARANCE)) : 0
    const cutTop = Math.max(0, area.y + STRIP_CLEARANCE - top)
    if (cutLeft + cutRight + cutTop === 0) break
    free = { x: free.x + cutLeft, y: free.y + cutTop, width: free.width - cutLeft - cutRight, height: free.height - cutTop }
    vp = fitViewport(bounds, width, height, free)
  }
  return vp
}
