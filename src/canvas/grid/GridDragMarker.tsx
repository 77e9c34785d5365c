import { Group, Line, Rect } from 'react-konva'
import { gridLayout } from '../../domain/layout'
import { ACCENT } from '../../drawing/cardStyle'
import { useAppStore } from '../../store'
import { useGridUi } from './gridUi'

/** While a header is dragged: a ghost of it under the pointer and a line where it would land. Lives in the overlay layer. */
export function GridDragMarker() {
  const drag = useGridUi((s) => s.drag)
  const doc = useAppStore((s) => s.doc)
  if (!drag || !doc) return null
  const grid = gridLayout(doc)
  const vertical = drag.target.kind !== 'lane'
  const line = vertical ? [drag.at, 0, drag.at, grid.height] : [0, drag.at, grid.width, drag.at]
  return (
    <Group listening={false}>
      <Rect {...drag.ghost} fill={ACCENT} opacity={0.14} />
      <Rect {...drag.ghost} stroke={ACCENT} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} />
      <Line points={line} stroke={ACCENT} strokeWidth={4} strokeScaleEnabled={false} lineCap="round" />
    </Group>
  )
}
