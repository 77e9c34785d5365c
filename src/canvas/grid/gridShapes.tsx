import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { Rect, Text } from 'react-konva'
import type { Direction, Lane, Stage, Step } from '../../domain'
import { LAYOUT, type Column, type GridLayout, type Row, type StageBand } from '../../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../domain/layoutGrid'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { GRID_INK, GRID_LABEL_INSET, GRID_LINE, GRID_MUTED, GRID_TITLE_FILL, GRID_TITLE_SIZE } from '../../drawing/gridStyle'
import { LANE_KIND_SIZE, laneTitleLayout } from '../../drawing/laneTitle'
import { createCanvasTextWidth, type TextWidth } from '../../drawing/textMeasure'

// The header shapes the grid draws where they belong (GridLayer) and pinned to the board's edges
// while they scroll out of view (PinnedHeaders): one drawing, so the two never disagree.

/** Screen size of a stage's name above the map when zoomed out, and the narrowest stage (screen px) that shows one. */
export const OVERVIEW_FONT_PX = 13
export const OVERVIEW_MIN_WIDTH_PX = 28

/** Screen width of the lane titles' strip when zoomed out: wide enough for a word of a lane title at OVERVIEW_FONT_PX. */
export const OVERVIEW_LANE_PX = 124
const OVERVIEW_LINE = 1.4

/** Height in board units of the stage strip above the map when zoomed out to `zoom`. */
export function overviewStripHeight(zoom: number): number {
  return (OVERVIEW_FONT_PX / zoom) * 1.8
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

type Label = typeof makeLabel | (() => null)

/** A stage's band across both header rows, with its name when `label` writes one. */
export function stageHeaderShapes(band: StageBand, stage: Stage, dir: Direction, t: TFunction, label: Label): ReactNode[] {
  const { stageHeaderHeight, stepHeaderHeight } = LAYOUT
  return [
    <Rect key={`sb${band.stageId}`} x={band.x} y={0} width={band.width} height={stageHeaderHeight} fill={stage.color} />,
    <Rect key={`sh${band.stageId}`} x={band.x} y={stageHeaderHeight} width={band.width} height={stepHeaderHeight} fill={stage.color} opacity={0.55} />,
    label(`st${band.stageId}`, stage.title || t('board.untitledStage'), dir, band.x, 0, band.width, stageHeaderHeight, GRID_TITLE_SIZE.stage, '600', GRID_INK),
  ]
}

/** Zoomed out past reading the headers, a stage keeps its name in a strip above the map at a legible size. */
export function overviewStageShapes(band: StageBand, stage: Stage, dir: Direction, t: TFunction, zoom: number): ReactNode[] {
  if (band.width * zoom < OVERVIEW_MIN_WIDTH_PX) return []
  const size = OVERVIEW_FONT_PX / zoom
  const strip = overviewStripHeight(zoom)
  return [
    <Rect key={`ob${band.stageId}`} x={band.x} y={-strip} width={band.width} height={strip} fill={stage.color} />,
    makeLabel(`ot${band.stageId}`, stage.title || t('board.untitledStage'), dir, band.x, -strip, band.width, strip, size, '600', GRID_INK, GRID_LABEL_INSET / zoom),
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

export function stepHeaderLabel(column: Column, step: Step | undefined, dir: Direction, t: TFunction, label: Label): ReactNode {
  return label(`sp${column.stepId}`, step?.title || t('board.untitledStep'), dir, column.x, LAYOUT.stageHeaderHeight, column.width, LAYOUT.stepHeaderHeight, GRID_TITLE_SIZE.step, '600', GRID_INK)
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
    shapes.push(label(`ln${row.laneId}`, lane.title || kind, dir, titleX, row.y, titleWidth, row.height, 15, '600', GRID_INK))
    return shapes
  }
  const title = lane.title.trim() || kind
  const place = laneTitleLayout(title, kind, row, titleWidth, titleTextWidth())
  shapes.push(label(`ln${row.laneId}`, title, dir, titleX, place.title.y, titleWidth, place.title.height, GRID_TITLE_SIZE.lane, '600', GRID_INK, GRID_LABEL_INSET, place.title.lines > 1))
  if (place.kind) shapes.push(label(`lk${row.laneId}`, kind, dir, titleX, place.kind.y, titleWidth, place.kind.height, LANE_KIND_SIZE, 'normal', GRID_MUTED, GRID_LABEL_INSET, place.kind.lines > 1))
  return shapes
}

let sharedTextWidth: TextWidth | null = null

/** Lane titles are measured once per title and font, on one canvas shared by every render. */
function titleTextWidth(): TextWidth {
  return (sharedTextWidth ??= createCanvasTextWidth())
}
