import { memo, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Layer, Line, Rect } from 'react-konva'
import { useShallow } from 'zustand/react/shallow'
import { gridLayout, LAYOUT } from '../domain/layout'
import { useAppStore } from '../store'
import { useExportView, useLayerArea } from './exportView'
import { laneTitleShapes, makeLabel, noLabel, overviewLaneShapes, overviewStageShapes, stageHeaderShapes, stepHeaderLabel } from './grid/gridShapes'
import { LaneChevron } from './grid/LaneChevron'
import { GRID_LINE, GRID_STRONG_LINE, GRID_TITLE_FILL } from '../drawing/gridStyle'

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
  if (!source || !full) return <Layer listening={false} />
  const grid = {
    ...full,
    stages: full.stages.filter((b) => spansX(b, area)),
    columns: full.columns.filter((c) => spansX(c, area)),
    rows,
  }
  // On the live board PinnedHeaders draws the stage titles over the grid, moving each into its
  // band's part on screen at every frame of a pan (this layer is then tiles, drawn once and slid);
  // an exported picture shows every band whole, with its title in its place.
  const stageLabel = exporting ? label : noLabel
  const dir = source.map.direction
  const { stageHeaderHeight, laneTitleWidth } = LAYOUT
  const bodyTop = grid.bodyTop
  const shapes: ReactNode[] = []

  if (!exporting?.transparent) shapes.push(<Rect key="bg" x={0} y={0} width={grid.width} height={grid.height} fill="#ffffff" />)
  shapes.push(<Rect key="corner" x={grid.laneTitleX} y={0} width={laneTitleWidth} height={bodyTop} fill={GRID_TITLE_FILL} />)

  for (const band of grid.stages) {
    const stage = source.stages[band.stageId]
    if (!stage) continue
    shapes.push(
      ...stageHeaderShapes(band, stage, dir, t, stageLabel, area.zoom),
      <Rect key={`sc${band.stageId}`} x={band.x} y={bodyTop} width={band.width} height={grid.height - bodyTop} fill={stage.color} opacity={0.2} />,
    )
    if (!area.detail) shapes.push(...overviewStageShapes(full, band, stage, dir, t, area.zoom))
  }
  for (const column of grid.columns) {
    shapes.push(stepHeaderLabel(column, source.steps[column.stepId], dir, t, label, area.zoom))
  }
  shapes.push(...laneTitles)

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
  // Too small to read in the column, the titles go in a strip over it and beside the map, at a size
  // one can read: drawn last, so no grid line crosses them.
  if (!area.detail) {
    for (const row of grid.rows) {
      const lane = source.lanes[row.laneId]
      if (lane) shapes.push(...overviewLaneShapes(grid, row, lane, t, area.zoom))
    }
  }
  return <Layer listening={false}>{shapes}</Layer>
})

function spansX(item: { x: number; width: number }, area: { x: number; width: number }): boolean {
  return item.x <= area.x + area.width && area.x <= item.x + item.width
}
