import { LAYOUT, type GridLayout, type Point, type Rect } from '../../domain/layout'
import { headerRect, type HeaderTarget } from '../../domain/layoutGrid'
import type { Span } from '../../drawing/headerTitle'
import { DETAIL_ZOOM, type Viewport } from '../viewport'
import { overviewLaneColumn, overviewStripHeight } from './gridShapes'

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

/** Board x and width of the lane titles as drawn at this zoom: the title column, or zoomed out, the overview strip. */
export function laneColumnAt(grid: GridLayout, zoom: number): { x: number; width: number } {
  return zoom < DETAIL_ZOOM ? overviewLaneColumn(grid, zoom) : { x: grid.laneTitleX, width: LAYOUT.laneTitleWidth }
}

export function pinnedPlaces(grid: GridLayout, vp: Viewport, width: number, height: number): PinnedPlaces {
  const z = vp.zoom
  const overview = z < DETAIL_ZOOM
  const column = laneColumnAt(grid, z)
  const columnWidth = column.width * z
  // Pinned only while the map's body still reaches past the pinned column or band: a map scrolled
  // wholly away keeps no headers hanging over an empty board.
  let laneX: number | null = null
  if (grid.direction === 'rtl') {
    const right = (column.x + column.width - vp.x) * z
    if (right > width && (0 - vp.x) * z < width - columnWidth) laneX = width - columnWidth
  } else if ((column.x - vp.x) * z < 0 && (grid.width - vp.x) * z > columnWidth) {
    laneX = 0
  }
  const top = overview ? -overviewStripHeight(grid, z) : 0
  const bottom = overview ? 0 : grid.bodyTop
  const headerTop = (top - vp.y) * z < 0 && (grid.height - vp.y) * z > (bottom - top) * z && height > 0 ? top : null
  return { laneX, headerTop, overview }
}

/**
 * Board x and width of the part of the header rows a person sees: the view's width, less the lane
 * titles pinned over its leading edge (left, or right in a right-to-left map). A stage's title is
 * kept inside it (headerTitle.titleShift), in its place and on the pinned copy alike.
 */
export function headerShownSpan(grid: GridLayout, vp: Viewport, width: number, height: number): Span {
  const z = vp.zoom
  const { laneX } = pinnedPlaces(grid, vp, width, height)
  const cover = laneX === null ? 0 : laneColumnAt(grid, z).width
  const x = grid.direction === 'rtl' || laneX === null ? vp.x : vp.x + cover
  return { x, width: Math.max(0, width / z - cover) }
}

/**
 * Board x from the first stage to the last, which the pinned band's stage lines run across. The
 * stages are taken by their places, not their order: in a right-to-left map the first stage is the
 * rightmost.
 */
export function stagesSpan(grid: GridLayout): { from: number; to: number } {
  if (grid.stages.length === 0) return { from: 0, to: 0 }
  return { from: Math.min(...grid.stages.map((b) => b.x)), to: Math.max(...grid.stages.map((b) => b.x + b.width)) }
}

/**
 * Where a layer in board units (scaled by the zoom, its origin at the board's 0,0) goes on the
 * board's screen so that the lane title column in it lands where the board shows that column:
 * its pinned copy at the leading edge while pinned, else its own place. `clipTop` is the screen
 * height of the header band pinned to the top (0 while it is not): DOM parts of the title column
 * that scroll up under the band (the persona chips) are cut there, as the canvas titles are
 * covered by it.
 */
export function titleColumnView(grid: GridLayout, vp: Viewport, width: number, height: number): { x: number; y: number; scale: number; pinned: boolean; clipTop: number } {
  const z = vp.zoom
  const { laneX, headerTop, overview } = pinnedPlaces(grid, vp, width, height)
  const clipTop = headerTop === null ? 0 : Math.max(0, ((overview ? 0 : grid.bodyTop) - headerTop) * z)
  const x = laneX === null ? -vp.x * z : laneX - laneColumnAt(grid, z).x * z
  return { x, y: -vp.y * z, scale: z, pinned: laneX !== null, clipTop }
}

/**
 * What the pinned headers are built as: which headers are pinned, and the zoom where the shapes'
 * sizes depend on it (the overview strip). They are built for the whole map, and a pan only shows
 * those on screen (showWithin.ts), so nothing is built again while the same headers stay pinned.
 */
export interface PinnedBuild {
  readonly lanes: boolean
  readonly header: boolean
  readonly overview: boolean
  readonly zoom: number | null
}

export function pinnedBuild(grid: GridLayout, vp: Viewport, width: number, height: number): PinnedBuild {
  const places = pinnedPlaces(grid, vp, width, height)
  return { lanes: places.laneX !== null, header: places.headerTop !== null, overview: places.overview, zoom: places.overview ? vp.zoom : null }
}

/** The same headers are pinned, drawn the same way. */
export function sameBuild(a: PinnedBuild, b: PinnedBuild): boolean {
  return a.lanes === b.lanes && a.header === b.header && a.overview === b.overview && a.zoom === b.zoom
}

/**
 * The board point, in the header's own place, of the header the board draws under a screen point
 * away from that place: a pinned copy, or zoomed out, the strips of stage names above the map and
 * lane titles beside it. Null where no such copy is drawn. A press, hover or double-click on the
 * copy is then one on the header it stands for, through the same hit test and handlers; and it is
 * the header's, not the cards' drawn under it.
 */
export function headerPointAt(grid: GridLayout, vp: Viewport, width: number, height: number, at: Point): Point | null {
  const { laneX, headerTop, overview } = pinnedPlaces(grid, vp, width, height)
  const z = vp.zoom
  const column = laneColumnAt(grid, z)
  const strip = overviewStripHeight(grid, z)
  let x = vp.x + at.x / z
  let y = vp.y + at.y / z
  let shown = false
  if (headerTop !== null && at.y >= 0 && at.y < ((overview ? 0 : grid.bodyTop) - headerTop) * z) {
    y = headerTop + at.y / z
    shown = true
  }
  if (laneX !== null && at.x >= laneX && at.x < laneX + column.width * z) {
    x = column.x + (at.x - laneX) / z
    shown = true
  }
  if (!overview) return shown ? { x, y } : null
  // Zoomed out, the strips stand for the headers beside them wherever they are drawn.
  if (y >= -strip && y < 0 && x >= 0 && x <= grid.width) return { x, y: LAYOUT.stageHeaderHeight / 2 }
  const inStrip = x >= column.x && x < column.x + column.width && y >= grid.bodyTop && y <= grid.height
  // Over the title column itself a point keeps its place (its chevron and edges still answer); past the map's edge it is on the title.
  const inColumn = x >= grid.laneTitleX && x < grid.laneTitleX + LAYOUT.laneTitleWidth
  if (inStrip) return { x: inColumn ? x : grid.laneTitleX + LAYOUT.laneTitleWidth / 2, y }
  return shown ? { x, y } : null
}

/** Whether a board screen point lies on a header drawn away from its place (pinned, or an overview strip). */
export function onPinnedHeader(grid: GridLayout, vp: Viewport, width: number, height: number, at: Point): boolean {
  return headerPointAt(grid, vp, width, height, at) !== null
}

/**
 * Where a header shows on the board's screen: its pinned copy while pinned, zoomed out its place
 * in the strips, else its own place. The header's toolbar, rename field and focus ring go there.
 */
export function headerOnScreen(grid: GridLayout, target: HeaderTarget, vp: Viewport, width: number, height: number): Rect | null {
  const rect = headerRect(grid, target)
  if (!rect) return null
  const z = vp.zoom
  const { laneX, headerTop, overview } = pinnedPlaces(grid, vp, width, height)
  const shown = { x: (rect.x - vp.x) * z, y: (rect.y - vp.y) * z, width: rect.width * z, height: rect.height * z }
  if (target.kind === 'lane') {
    const column = laneColumnAt(grid, z)
    return { ...shown, x: laneX ?? (column.x - vp.x) * z, width: column.width * z }
  }
  if (overview) {
    if (target.kind !== 'stage') return shown
    const strip = overviewStripHeight(grid, z)
    return { ...shown, y: headerTop === null ? (-strip - vp.y) * z : 0, height: strip * z }
  }
  return headerTop === null ? shown : { ...shown, y: (rect.y - headerTop) * z }
}
