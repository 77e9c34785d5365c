import i18next, { type TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { Rect, Text } from 'react-konva'
import type { Direction, Lane, Stage, Step } from '../../domain'
import { LAYOUT, type Column, type GridLayout, type Row, type StageBand } from '../../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../domain/layoutGrid'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { GRID_INK, GRID_LABEL_INSET, GRID_LINE, GRID_MUTED, GRID_TITLE_FILL, GRID_TITLE_SIZE } from '../../drawing/gridStyle'
import { HEADER_TITLE_MIN_PX, headerTitleFit, headerTitleMinPx, type HeaderKind } from '../../drawing/headerTitle'
import type { NameFit } from '../../drawing/nameFit'
import { LANE_KIND_SIZE, laneTitleLayout, laneTitleSpan, type LaneTitleLayout } from '../../drawing/laneTitle'
import { fitStageName, STAGE_NAME_PX, stageStripHeight, type StageNameFit } from '../../drawing/stageStrip'
import { createCanvasTextWidth, type TextWidth } from '../../drawing/textMeasure'
import { DETAIL_ZOOM } from '../viewport'

// The header shapes the grid draws where they belong (GridLayer) and pinned to the board's edges
// while they scroll out of view (PinnedHeaders): one drawing, so the two never disagree.

/** Screen size of a stage's name above the map when zoomed out (a long one shrinks, stageStrip.ts), and the narrowest stage (screen px) that shows one. */
export const OVERVIEW_FONT_PX = STAGE_NAME_PX
export const OVERVIEW_MIN_WIDTH_PX = 28

/** Screen width of the lane titles' strip when zoomed out: wide enough for a word of a lane title at OVERVIEW_FONT_PX. */
export const OVERVIEW_LANE_PX = 124
const OVERVIEW_LINE = 1.4

interface StripAtZoom {
  readonly language: string
  readonly names: ReadonlyMap<StageBand['stageId'], StageNameFit>
  /** Board units. */
  readonly height: number
}

// The strip is asked for on every pan frame (pinned headers, hit tests) and at a few zooms at once
// (the grid's snapped zoom, the view's, a fit's passes): the last few are kept per stage list,
// which is the same array until the grid changes.
const stripCache = new WeakMap<readonly StageBand[], Map<number, StripAtZoom>>()
const STRIP_ZOOMS_KEPT = 8

function stripAt(grid: Pick<GridLayout, 'stages'>, zoom: number): StripAtZoom {
  const language = i18next.language ?? ''
  let byZoom = stripCache.get(grid.stages)
  const kept = byZoom?.get(zoom)
  if (kept && kept.language === language) return kept
  const measure = titleTextWidth()
  const names = new Map<StageBand['stageId'], StageNameFit>()
  for (const band of grid.stages) {
    if (band.width * zoom < OVERVIEW_MIN_WIDTH_PX) continue
    // An untitled stage shows the placeholder the strip draws for it (the same i18next instance as the board's `t`).
    names.set(band.stageId, fitStageName(band.title || i18next.t('board.untitledStage'), band.width * zoom - 2 * GRID_LABEL_INSET, measure))
  }
  const strip = { language, names, height: stageStripHeight(names.values()) / zoom }
  if (!byZoom) stripCache.set(grid.stages, (byZoom = new Map()))
  if (byZoom.size >= STRIP_ZOOMS_KEPT) byZoom.delete(byZoom.keys().next().value as number)
  byZoom.set(zoom, strip)
  return strip
}

/**
 * Height in board units of the stage strip above the map when zoomed out to `zoom`: tall enough
 * for every stage's name whole (wrapped and shrunk, stageStrip.ts), so what sits above the map
 * (fitMap's margin, the pinned band) reserves the strip as drawn.
 */
export function overviewStripHeight(grid: Pick<GridLayout, 'stages'>, zoom: number): number {
  return stripAt(grid, zoom).height
}

/**
 * Board x and width of the lane titles' strip when zoomed out to `zoom`: it keeps a fixed width on
 * screen, as the stage strip keeps its height, so it covers the title column and reaches out past
 * the map's leading edge (left, or right in a right-to-left map).
 */
export function overviewLaneColumn(grid: Pick<GridLayout, 'laneTitleX' | 'direction'>, zoom: number): { x: number; width: number } {
  const width = Math.max(LAYOUT.laneTitleWidth, OVERVIEW_LANE_PX / zoom)
  return { x: grid.direction === 'rtl' ? grid.laneTitleX : grid.laneTitleX + LAYOUT.laneTitleWidth - width, width }
}

export function makeLabel(key: string, text: string, mapDirection: Direction, x: number, y: number, width: number, height: number, fontSize: number, fontStyle: string, fill: string, inset = GRID_LABEL_INSET, wrap = false) {
  const { direction, align } = textDirection(text, mapDirection)
  return (
    <Text
      key={key}
      text={text}
      x={x + inset}
      y={y}
      width={Math.max(0, width - 2 * inset)}
      height={height}
      fontSize={fontSize}
      fontStyle={fontStyle}
      fontFamily={CANVAS_FONT_FAMILY}
      lineHeight={1.4}
      fill={fill}
      direction={direction}
      align={align}
      verticalAlign="middle"
      wrap={wrap ? 'word' : 'none'}
      ellipsis
    />
  )
}

export type Label = typeof makeLabel | typeof noLabel

/** The label of a header that shows no title (zoomed out, or drawn elsewhere): one function, so memos keep it. */
export const noLabel = (): null => null

/**
 * A stage's or step's title in its header band, shrunk and wrapped to show whole (headerTitle.ts)
 * and readable on screen at the `zoom` the board is drawn at, when `label` writes one: zoomed out
 * the board draws no titles there and fits none.
 */
function headerTitleLabel(label: Label, key: string, kind: HeaderKind, title: string, dir: Direction, x: number, y: number, width: number, height: number, zoom = 1): ReactNode {
  if (label !== makeLabel) return null
  const fit = headerFit(kind, title, width, zoom)
  return makeLabel(key, title, dir, x, y, width, height, fit.size, '600', GRID_INK, GRID_LABEL_INSET, fit.lines > 1)
}

/** A stage's band across both header rows, with its name when `label` writes one (stageTitleLabel). */
export function stageHeaderShapes(band: StageBand, stage: Stage, dir: Direction, t: TFunction, label: Label, zoom = 1): ReactNode[] {
  const { stageHeaderHeight, stepHeaderHeight } = LAYOUT
  return [
    <Rect key={`sb${band.stageId}`} x={band.x} y={0} width={band.width} height={stageHeaderHeight} fill={stage.color} />,
    <Rect key={`sh${band.stageId}`} x={band.x} y={stageHeaderHeight} width={band.width} height={stepHeaderHeight} fill={stage.color} opacity={0.55} />,
    stageTitleLabel(band, stage, dir, t, label, zoom),
  ]
}

/**
 * A stage's name in its band's upper row, drawn over the whole band (its Text's x and width are
 * the band's, less the inset): the board keeps it in the band's part on screen by moving it with
 * its offsetX (PinnedHeaders, headerTitle.titleShift), which leaves those two to say where the band is.
 */
export function stageTitleLabel(band: StageBand, stage: Stage, dir: Direction, t: TFunction, label: Label, zoom = 1): ReactNode {
  return headerTitleLabel(label, `st${band.stageId}`, 'stage', stage.title || t('board.untitledStage'), dir, band.x, 0, band.width, LAYOUT.stageHeaderHeight, zoom)
}

/**
 * Zoomed out past reading the headers, a stage keeps its name in a strip above the map at a legible
 * size, wrapped and if need be shrunk to show whole. `grid` is the whole grid (the strip's height
 * comes from every stage's name, not only those near the view).
 */
export function overviewStageShapes(grid: Pick<GridLayout, 'stages'>, band: StageBand, stage: Stage, dir: Direction, t: TFunction, zoom: number): ReactNode[] {
  const strip = stripAt(grid, zoom)
  const fit = strip.names.get(band.stageId)
  if (!fit) return []
  const height = strip.height
  return [
    <Rect key={`ob${band.stageId}`} x={band.x} y={-height} width={band.width} height={height} fill={stage.color} />,
    makeLabel(`ot${band.stageId}`, stage.title || t('board.untitledStage'), dir, band.x, -height, band.width, height, fit.size / zoom, '600', GRID_INK, GRID_LABEL_INSET / zoom, true),
  ]
}

/**
 * Zoomed out past reading the lane titles, a lane keeps its title in the strip beside the map at
 * a legible size, wrapped onto as many lines as the lane has room for on screen.
 */
export function overviewLaneShapes(grid: GridLayout, row: Row, lane: Lane, t: TFunction, zoom: number): ReactNode[] {
  const column = overviewLaneColumn(grid, zoom)
  const title = lane.title.trim() || t(`board.laneKinds.${lane.kind}`)
  const lines = Math.floor((row.height * zoom) / (OVERVIEW_FONT_PX * OVERVIEW_LINE))
  return [
    <Rect key={`ol${row.laneId}`} x={column.x} y={row.y} width={column.width} height={row.height} fill={GRID_TITLE_FILL} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />,
    makeLabel(`on${row.laneId}`, title, grid.direction, column.x, row.y, column.width, row.height, OVERVIEW_FONT_PX / zoom, '600', GRID_INK, 6 / zoom, lines > 1),
  ]
}

export function stepHeaderLabel(column: Column, step: Step | undefined, dir: Direction, t: TFunction, label: Label, zoom = 1): ReactNode {
  return headerTitleLabel(label, `sp${column.stepId}`, 'step', step?.title || t('board.untitledStep'), dir, column.x, LAYOUT.stageHeaderHeight, column.width, LAYOUT.stepHeaderHeight, zoom)
}

/** A lane's title cell: its fill, title and, under a title of its own, the kind of lane it is. */
export function laneTitleShapes(grid: GridLayout, row: Row, lane: Lane, t: TFunction, label: Label): ReactNode[] {
  const dir = grid.direction
  const { laneTitleWidth } = LAYOUT
  // Lane titles start after the collapse chevron.
  const titleX = dir === 'rtl' ? grid.laneTitleX : grid.laneTitleX + LANE_TITLE_TEXT_INSET
  const titleWidth = laneTitleWidth - LANE_TITLE_TEXT_INSET
  const kind = t(`board.laneKinds.${lane.kind}`)
  const shapes: ReactNode[] = [<Rect key={`lt${row.laneId}`} x={grid.laneTitleX} y={row.y} width={laneTitleWidth} height={row.height} fill={GRID_TITLE_FILL} />]
  if (row.collapsed) {
    shapes.push(headerTitleLabel(label, `ln${row.laneId}`, 'foldedLane', lane.title || kind, dir, titleX, row.y, titleWidth, row.height))
    return shapes
  }
  const title = lane.title.trim() || kind
  const span = laneTitleSpan(grid, lane.kind === 'emotions')
  const place = laneTitlePlace(title, kind, row, span.width)
  shapes.push(label(`ln${row.laneId}`, title, dir, span.x, place.title.y, span.width, place.title.height, GRID_TITLE_SIZE.lane, '600', GRID_INK, GRID_LABEL_INSET, place.title.lines > 1))
  if (place.kind) shapes.push(label(`lk${row.laneId}`, kind, dir, span.x, place.kind.y, span.width, place.kind.height, LANE_KIND_SIZE, 'normal', GRID_MUTED, GRID_LABEL_INSET, place.kind.lines > 1))
  return shapes
}

/**
 * The zoom a header title is fitted for when the board is drawn at `zoom`: the lowest zoom that
 * gives the same smallest size (headerTitleMinPx), so that whatever follows it changes only when
 * the fit does.
 */
export function titleFitZoom(zoom: number): number {
  return Math.min(1, HEADER_TITLE_MIN_PX / headerTitleMinPx('stage', Math.max(zoom, DETAIL_ZOOM)))
}

let sharedTextWidth: TextWidth | null = null

// A header title is fitted again whenever the grid or the pinned copies rebuild (on a pan into
// another stretch of a long map): the fits are kept, by title and width, until there are many.
const headerFits = new Map<string, NameFit>()
const HEADER_FITS_KEPT = 4000

/**
 * A stage's or step's title fitted to its header `width` board px wide (headerTitle.ts), measured
 * on the board's canvas, readable at `zoom` (no smaller than the detail zoom, below which the
 * board draws the stage strip instead of titles in the bands).
 */
export function headerFit(kind: HeaderKind, title: string, width: number, zoom = 1): NameFit {
  const at = Math.max(zoom, DETAIL_ZOOM)
  // The fit changes with the zoom only through its smallest size, a whole px: that is what is kept.
  const key = `${kind}\u0000${width}\u0000${headerTitleMinPx(kind, at)}\u0000${title}`
  let fit = headerFits.get(key)
  if (!fit) {
    if (headerFits.size >= HEADER_FITS_KEPT) headerFits.clear()
    fit = headerTitleFit(kind, title, width, titleTextWidth(), at)
    headerFits.set(key, fit)
  }
  return fit
}

// A lane's title is laid out again whenever the grid or the pinned column builds its lanes (on a pan
// down a tall map): the layouts are kept, by title, kind, lane height and width, at the lane's top.
const laneTitlePlaces = new Map<string, LaneTitleLayout>()

/** laneTitleLayout on the board's canvas, measured once per title, kind, lane height and width. */
function laneTitlePlace(title: string, kind: string, row: Row, width: number): LaneTitleLayout {
  const key = `${title}\u0000${kind}\u0000${row.height}\u0000${width}`
  let place = laneTitlePlaces.get(key)
  if (!place) {
    if (laneTitlePlaces.size >= HEADER_FITS_KEPT) laneTitlePlaces.clear()
    place = laneTitleLayout(title, kind, { y: 0, height: row.height }, width, titleTextWidth())
    laneTitlePlaces.set(key, place)
  }
  const { title: box, kind: under } = place
  return { title: { ...box, y: box.y + row.y }, kind: under ? { ...under, y: under.y + row.y } : null }
}

/** Lane titles are measured once per title and font, on one canvas shared by every render. */
function titleTextWidth(): TextWidth {
  return (sharedTextWidth ??= createCanvasTextWidth())
}
