import { LAYOUT, type GridLayout, type Rect } from '../../domain/layout'
import { cullRect, DETAIL_ZOOM, type Viewport } from '../viewport'
import { overviewStripHeight } from './gridShapes'

/**
 * Where the headers pinned to the board's edges go, as a spreadsheet freezes its header row and
 * column: the lane titles at the leading edge (left, or right in a right-to-left map) once their
 * column scrolled past it, the stage and step headers (or, zoomed out, the stage strip) at the top
 * once they scrolled above it. Everything here is screen px of the board except where noted.
 */
export interface PinnedPlaces {
  /** Where the lane title column's left edge is drawn, or null while it is in its own place. */
  readonly laneX: number | null
  /** Board y of the header band's top (0, or the overview strip's top), drawn at the board's top; null while in place. */
  readonly headerTop: number | null
  /** Zoomed out past reading: the headers are the stage strip above the map. */
  readonly overview: boolean
}

export function pinnedPlaces(grid: GridLayout, vp: Viewport, width: number, height: number): PinnedPlaces {
  const z = vp.zoom
  const overview = z < DETAIL_ZOOM
  const columnWidth = LAYOUT.laneTitleWidth * z
  // Pinned only while the map's body still reaches past the pinned column or band: a map scrolled
  // wholly away keeps no headers hanging over an empty board.
  let laneX: number | null = null
  if (grid.direction === 'rtl') {
    const right = (grid.laneTitleX + LAYOUT.laneTitleWidth - vp.x) * z
    if (right > width && (0 - vp.x) * z < width - columnWidth) laneX = width - columnWidth
  } else if ((grid.laneTitleX - vp.x) * z < 0 && (grid.width - vp.x) * z > columnWidth) {
    laneX = 0
  }
  const top = overview ? -overviewStripHeight(z) : 0
  const bottom = overview ? 0 : grid.bodyTop
  const headerTop = (top - vp.y) * z < 0 && (grid.height - vp.y) * z > (bottom - top) * z && height > 0 ? top : null
  return { laneX, headerTop, overview }
}

/**
 * What the pinned headers are built for: the view's area snapped outwards like the layers' own
 * (so the shapes change only when a new stretch of the map comes near, not every pan frame), which
 * headers are pinned, and the zoom where the shapes' sizes depend on it (the overview strip).
 */
export interface PinnedBuild {
  readonly area: Rect
  readonly lanes: boolean
  readonly header: boolean
  readonly overview: boolean
  readonly zoom: number | null
}

export function pinnedBuild(grid: GridLayout, vp: Viewport, width: number, height: number): PinnedBuild {
  const places = pinnedPlaces(grid, vp, width, height)
  return {
    area: cullRect(vp, width, height),
    lanes: places.laneX !== null,
    header: places.headerTop !== null,
    overview: places.overview,
    zoom: places.overview ? vp.zoom : null,
  }
}

export function sameBuild(a: PinnedBuild, b: PinnedBuild): boolean {
  return (
    a.area.x === b.area.x &&
    a.area.y === b.area.y &&
    a.area.width === b.area.width &&
    a.area.height === b.area.height &&
    a.lanes === b.lanes &&
    a.header === b.header &&
    a.overview === b.overview &&
    a.zoom === b.zoom
  )
}

/**
 * Whether a board screen point lies on a pinned header. Such a press is the header's, not the
 * cards' drawn under it: without this a double-click on a pinned lane title would add a card to
 * the cell beneath.
 */
export function onPinnedHeader(grid: GridLayout, vp: Viewport, width: number, height: number, at: { x: number; y: number }): boolean {
  const { laneX, headerTop, overview } = pinnedPlaces(grid, vp, width, height)
  if (laneX !== null && at.x >= laneX && at.x < laneX + LAYOUT.laneTitleWidth * vp.zoom) return true
  const band = (overview ? overviewStripHeight(vp.zoom) : grid.bodyTop) * vp.zoom
  return headerTop !== null && at.y >= 0 && at.y < band
}
