import { memo, useMemo, type ReactNode } from 'react'
import { useStableTranslation } from '../i18n/stableTranslation'
import { Line, Rect } from 'react-konva'
import { BoardLayer } from './warmLayers'
import { useShallow } from 'zustand/react/shallow'
import type { TFunction } from 'i18next'
import type { JourneyDoc } from '../domain'
import { gridLayout, LAYOUT, type Column, type GridLayout, type StageBand } from '../domain/layout'
import { useAppStore } from '../store'
import { useExportView, useWholeLayerArea } from './exportView'
import { laneTitleShapes, makeLabel, noLabel, type Label, overviewLaneShapes, overviewStageShapes, stageHeaderShapes, stepHeaderLabel } from './grid/gridShapes'
import { LaneChevron } from './grid/LaneChevron'
import { GRID_LINE, GRID_STRONG_LINE, GRID_TITLE_FILL } from '../drawing/gridStyle'

/**
 * The static grid: stage bands, step headers, lane titles and cell lines. Nothing here listens to
 * the pointer (the board hit-tests from the layout), and it re-renders only when the grid changes.
 */
export const GridLayer = memo(function GridLayer() {
  const { t } = useStableTranslation()
  const source = useAppStore(
    useShallow((s) => (s.doc ? { map: s.doc.map, stages: s.doc.stages, steps: s.doc.steps, lanes: s.doc.lanes } : null)),
  )
  // Its own selector: the grid object stays the same while card edits leave every lane's height alone.
  const full = useAppStore((s) => (s.doc ? gridLayout(s.doc) : null))
  // The whole grid on the board (an export builds its tile), and titles only where they can be read.
  const area = useWholeLayerArea(full)
  const exporting = useExportView()
  // The lanes near the view, as the range of them: the same lanes give the same list.
  const near = (r: { y: number; height: number }) => r.y <= area.y + area.height && area.y <= r.y + r.height
  const first = full ? full.rows.findIndex(near) : -1
  const last = full ? full.rows.findLastIndex(near) : -1
  const rows = useMemo(() => (full && first >= 0 ? full.rows.slice(first, last + 1) : []), [full, first, last])
  // The lane titles depend on which lanes are near the view, not on how far along the map it is: a
  // pan along the map rebuilt every title (and measured its wrapping again) at each stretch it
  // reached (a profile of the pan bench: ~50 ms in all at 2,000 cards).
  const label = area.detail ? makeLabel : noLabel
  const laneTitles = useMemo(() => {
    if (!source || !full) return []
    return rows.flatMap((row) => {
      const lane = source.lanes[row.laneId]
      if (!lane) return []
      const shapes: ReactNode[] = []
      if (row.collapsed) shapes.push(<Rect key={`lc${row.laneId}`} x={0} y={row.y} width={full.width} height={row.height} fill="#f4f4f5" />)
      shapes.push(...laneTitleShapes(full, row, lane, t, label))
      // The chevron is a control: an exported picture has nothing to click.
      if (area.detail && !exporting) shapes.push(<LaneChevron key={`lv${row.laneId}`} grid={full} row={row} />)
      return shapes
    })
  }, [source, full, rows, t, label, area.detail, exporting])
  // On the live board PinnedHeaders draws the stage titles over the grid, moving each into its
  // band's part on screen at every frame of a pan (this layer is then tiles, drawn once and slid);
  // an exported picture shows every band whole, with its title in its place.
  const stageLabel = exporting ? label : noLabel
  // An export's tile builds the stages and steps it spans; the board builds them all (its area is the whole grid).
  const { x: fromX, width: spanWidth } = area
  const spanned = useMemo(() => {
    const span = { x: fromX, width: spanWidth }
    return full ? { stages: full.stages.filter((b) => spansX(b, span)), columns: full.columns.filter((c) => spansX(c, span)) } : null
  }, [full, fromX, spanWidth])
  const bands = useMemo(
    () => (source && full && spanned ? bandShapes(full, source, spanned.stages, spanned.columns, t, stageLabel, label, area.zoom, area.detail) : []),
    [full, source, spanned, t, stageLabel, label, area.zoom, area.detail],
  )
  const columnLines = useMemo(() => (full && spanned ? verticalLines(full, spanned.stages, spanned.columns) : []), [full, spanned])
  const rowLines = useMemo(
    () => (full ? rows.map((row) => <Line key={`hr${row.laneId}`} points={[0, row.y, full.width, row.y]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />) : []),
    [full, rows],
  )
  // Too small to read in the column, the titles go in a strip over it and beside the map, at a size
  // one can read: drawn last, so no grid line crosses them.
  const overviewLanes = useMemo(() => {
    if (!source || !full || area.detail) return []
    return rows.flatMap((row) => {
      const lane = source.lanes[row.laneId]
      return lane ? overviewLaneShapes(full, row, lane, t, area.zoom) : []
    })
  }, [source, full, rows, t, area.zoom, area.detail])
  if (!source || !full) return <BoardLayer listening={false} />
  const dir = source.map.direction
  const { stageHeaderHeight, laneTitleWidth } = LAYOUT
  const bodyTop = full.bodyTop
  const bottom = full.height
  const shapes: ReactNode[] = []
  if (!exporting?.transparent) shapes.push(<Rect key="bg" x={0} y={0} width={full.width} height={full.height} fill="#ffffff" />)
  shapes.push(<Rect key="corner" x={full.laneTitleX} y={0} width={laneTitleWidth} height={bodyTop} fill={GRID_TITLE_FILL} />)
  shapes.push(...bands, ...laneTitles, ...rowLines)
  shapes.push(<Line key="hrs" points={[0, stageHeaderHeight, full.width, stageHeaderHeight]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />)
  shapes.push(...columnLines)
  const titleEdge = dir === 'rtl' ? full.laneTitleX : laneTitleWidth
  shapes.push(
    <Line key="te" points={[titleEdge, 0, titleEdge, bottom]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
    <Line key="bt" points={[0, bodyTop, full.width, bodyTop]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
    <Rect key="frame" x={0} y={0} width={full.width} height={full.height} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />,
    ...overviewLanes,
  )
  return <BoardLayer listening={false}>{shapes}</BoardLayer>
})

type GridSource = Pick<JourneyDoc, 'map' | 'stages' | 'steps' | 'lanes'>

/** The stage bands given (header, body tint, the overview strip's name) and their steps' headers. */
function bandShapes(grid: GridLayout, source: GridSource, stages: readonly StageBand[], columns: readonly Column[], t: TFunction, stageLabel: Label, label: Label, zoom: number, detail: boolean): ReactNode[] {
  const dir = source.map.direction
  const shapes: ReactNode[] = []
  for (const band of stages) {
    const stage = source.stages[band.stageId]
    if (!stage) continue
    shapes.push(
      ...stageHeaderShapes(band, stage, dir, t, stageLabel, zoom),
      <Rect key={`sc${band.stageId}`} x={band.x} y={grid.bodyTop} width={band.width} height={grid.height - grid.bodyTop} fill={stage.color} opacity={0.2} />,
    )
    if (!detail) shapes.push(...overviewStageShapes(grid, band, stage, dir, t, zoom))
  }
  for (const column of columns) shapes.push(stepHeaderLabel(column, source.steps[column.stepId], dir, t, label, zoom))
  return shapes
}

/** The lines between the steps given, and the stronger ones between their stages. */
function verticalLines(grid: GridLayout, stages: readonly StageBand[], columns: readonly Column[]): ReactNode[] {
  const { stageHeaderHeight } = LAYOUT
  const shapes: ReactNode[] = []
  for (const column of columns) {
    shapes.push(<Line key={`vl${column.stepId}`} points={[column.x, stageHeaderHeight, column.x, grid.height]} stroke={GRID_LINE} strokeWidth={1} strokeScaleEnabled={false} />)
  }
  for (const band of stages) {
    for (const x of [band.x, band.x + band.width]) {
      shapes.push(<Line key={`sl${band.stageId}${x}`} points={[x, 0, x, grid.height]} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />)
    }
  }
  return shapes
}

function spansX(item: { x: number; width: number }, area: { x: number; width: number }): boolean {
  return item.x <= area.x + area.width && area.x <= item.x + item.width
}
