import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Layer, Line, Rect, Text } from 'react-konva'
import { useShallow } from 'zustand/react/shallow'
import type { Direction } from '../domain'
import { gridLayout, LAYOUT } from '../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../domain/layoutGrid'
import { useAppStore } from '../store'
import { laneTitleLayout } from '../drawing/laneTitle'
import { createCanvasTextWidth, type TextWidth } from '../drawing/textMeasure'
import { CANVAS_FONT_FAMILY, textDirection } from '../drawing/cardStyle'
import { useExportView, useLayerArea } from './exportView'
import { LaneChevron } from './grid/LaneChevron'
import { GRID_INK, GRID_LABEL_INSET, GRID_LINE, GRID_MUTED, GRID_STRONG_LINE, GRID_TITLE_FILL, GRID_TITLE_SIZE } from '../drawing/gridStyle'

/** Screen size of a stage's name above the map when zoomed out, and the narrowest stage (screen px) that shows one. */
const OVERVIEW_FONT_PX = 13
const OVERVIEW_MIN_WIDTH_PX = 28

/**
 * The static grid: stage bands, step headers, lane titles and cell lines. Nothing here listens to
 * the pointer (the board hit-tests from the layout), and it re-renders only when the grid changes.
 */
export const GridLayer = memo(function GridLayer({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation()
  const source = useAppStore(
    useShallow((s) => (s.doc ? { map: s.doc.map, stages: s.doc.stages, steps: s.doc.steps, lanes: s.doc.lanes } : null)),
  )
  // Its own selector: the grid object stays the same while card edits leave every lane's height alone.
  const full = useAppStore((s) => (s.doc ? gridLayout(s.doc) : null))
  // A long map has hundreds of steps: only the part near the screen is built, and titles only where they can be read.
  const area = useLayerArea(width, height)
  const exporting = useExportView()
  if (!source) return <Layer listening={false} />
  if (!full) return <Layer listening={false} />
  const grid = {
    ...full,
    stages: full.stages.filter((b) => spansX(b, area)),
    columns: full.columns.filter((c) => spansX(c, area)),
    rows: full.rows.filter((r) => r.y <= area.y + area.height && area.y <= r.y + r.height),
  }
  const label = area.detail ? makeLabel : () => null
  const dir = source.map.direction
  const { stageHeaderHeight, stepHeaderHeight, laneTitleWidth } = LAYOUT
  const bodyTop = grid.bodyTop
  const shapes: ReactNode[] = []

  if (!exporting?.transparent) shapes.push(<Rect key="bg" x={0} y={0} width={grid.width} height={grid.height} fill="#ffffff" />)
  shapes.push(<Rect key="corner" x={grid.laneTitleX} y={0} width={laneTitleWidth} height={bodyTop} fill={GRID_TITLE_FILL} />)

  for (const band of grid.stages) {
    const stage = source.stages[band.stageId]
    if (!stage) continue
    shapes.push(
      <Rect key={`sb${band.stageId}`} x={band.x} y={0} width={band.width} height={stageHeaderHeight} fill={stage.color} />,
      <Rect key={`sh${band.stageId}`} x={band.x} y={stageHeaderHeight} width={band.width} height={stepHeaderHeight} fill={stage.color} opacity={0.55} />,
      <Rect key={`sc${band.stageId}`} x={band.x} y={bodyTop} width={band.width} height={grid.height - bodyTop} fill={stage.color} opacity={0.2} />,
      label(`st${band.stageId}`, stage.title || t('board.untitledStage'), dir, band.x, 0, band.width, stageHeaderHeight, GRID_TITLE_SIZE.stage, '600', GRID_INK),
    )
    // Zoomed out past reading the headers, each stage keeps its name in a strip above the map at a legible size.
    if (!area.detail && band.width * area.zoom >= OVERVIEW_MIN_WIDTH_PX) {
      const size = OVERVIEW_FONT_PX / area.zoom
      const strip = size * 1.8
      shapes.push(
        <Rect key={`ob${band.stageId}`} x={band.x} y={-strip} width={band.width} height={strip} fill={stage.color} />,
        makeLabel(`ot${band.stageId}`, stage.title || t('board.untitledStage'), dir, band.x, -strip, band.width, strip, size, '600', GRID_INK, GRID_LABEL_INSET / area.zoom),
      )
    }
  }
  for (const column of grid.columns) {
    const step = source.steps[column.stepId]
    shapes.push(label(`sp${column.stepId}`, step?.title || t('board.untitledStep'), dir, column.x, stageHeaderHeight, column.width, stepHeaderHeight, GRID_TITLE_SIZE.step, '600', GRID_INK))
  }
  // Lane titles start after the collapse chevron.
  const titleX = dir === 'rtl' ? grid.laneTitleX : grid.laneTitleX + LANE_TITLE_TEXT_INSET
  const titleWidth = laneTitleWidth - LANE_TITLE_TEXT_INSET
  for (const row of grid.rows) {
    const lane = source.lanes[row.laneId]
    if (!lane) continue
    const kind = t(`board.laneKinds.${lane.kind}`)
    if (row.collapsed) {
      shapes.push(<Rect key={`lc${row.laneId}`} x={0} y={row.y} width={grid.width} height={row.height} fill="#f4f4f5" />)
    }
    shapes.push(<Rect key={`lt${row.laneId}`} x={grid.laneTitleX} y={row.y} width={laneTitleWidth} height={row.height} fill={GRID_TITLE_FILL} />)
    // The chevron is a control: an exported picture has nothing to click.
    if (area.detail && !exporting) shapes.push(<LaneChevron key={`lv${row.laneId}`} grid={grid} row={row} />)
    if (row.collapsed) {
      shapes.push(label(`ln${row.laneId}`, lane.title || kind, dir, titleX, row.y, titleWidth, row.height, 15, '600', GRID_INK))
    } else {
      const title = lane.title.trim() || kind
      // The kind says what belongs in the lane; repeating it under an identical title is only noise.
      const place = laneTitleLayout(title, title.toLocaleLowerCase() !== kind.toLocaleLowerCase(), row, titleWidth, titleTextWidth())
      shapes.push(label(`ln${row.laneId}`, title, dir, titleX, place.title.y, titleWidth, place.title.height, GRID_TITLE_SIZE.lane, '600', GRID_INK, GRID_LABEL_INSET, place.title.lines > 1))
      if (place.kind) shapes.push(label(`lk${row.laneId}`, kind, dir, titleX, place.kind.y, titleWidth, place.kind.height, 14, 'normal', GRID_MUTED))
    }
  }

  const bottom = grid.height
  for (const row of grid.rows) {
    shapes.push(<Line key={`hr${row.laneId}`} points={[0, row.y, grid.width, row.y]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />)
  }
  shapes.push(<Line key="hrs" points={[0, stageHeaderHeight, grid.width, stageHeaderHeight]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />)
  for (const column of grid.columns) {
    shapes.push(<Line key={`vl${column.stepId}`} points={[column.x, stageHeaderHeight, column.x, bottom]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />)
  }
  for (const band of grid.stages) {
    for (const x of [band.x, band.x + band.width]) {
      shapes.push(<Line key={`sl${band.stageId}${x}`} points={[x, 0, x, bottom]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />)
    }
  }
  const titleEdge = dir === 'rtl' ? grid.laneTitleX : laneTitleWidth
  shapes.push(
    <Line key="te" points={[titleEdge, 0, titleEdge, bottom]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
    <Line key="bt" points={[0, bodyTop, grid.width, bodyTop]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
    <Rect key="frame" x={0} y={0} width={grid.width} height={grid.height} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
  )
  return <Layer listening={false}>{shapes}</Layer>
})

function spansX(item: { x: number; width: number }, area: { x: number; width: number }): boolean {
  return item.x <= area.x + area.width && area.x <= item.x + item.width
}

let sharedTextWidth: TextWidth | null = null

/** Lane titles are measured once per title and font, on one canvas shared by every render. */
function titleTextWidth(): TextWidth {
  return (sharedTextWidth ??= createCanvasTextWidth())
}

function makeLabel(key: string, text: string, mapDirection: Direction, x: number, y: number, width: number, height: number, fontSize: number, fontStyle: string, fill: string, inset = GRID_LABEL_INSET, wrap = false) {
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
