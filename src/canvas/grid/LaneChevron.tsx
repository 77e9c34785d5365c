import { Line } from 'react-konva'
import type { GridLayout, Row } from '../../domain/layout'
import { laneChevronRect } from '../../domain/layoutGrid'

/**
 * The collapse chevron at the start of a lane title: pointing down while the lane is open,
 * towards the title text (the reading direction) while it is collapsed. Pressed through the
 * board's own hit test, so it does not listen.
 */
export function LaneChevron({ grid, row }: { grid: GridLayout; row: Row }) {
  const r = laneChevronRect(grid, row)
  const cx = r.x + r.width / 2
  const cy = r.y + r.height / 2
  const s = r.width * 0.22
  const points = row.collapsed
    ? grid.direction === 'rtl'
      ? [cx + s / 2, cy - s, cx - s / 2, cy, cx + s / 2, cy + s]
      : [cx - s / 2, cy - s, cx + s / 2, cy, cx - s / 2, cy + s]
    : [cx - s, cy - s / 2, cx, cy + s / 2, cx + s, cy - s / 2]
  return <Line points={points} stroke="#3f3f46" strokeWidth={2} lineCap="round" lineJoin="round" listening={false} perfectDrawEnabled={false} />
}
