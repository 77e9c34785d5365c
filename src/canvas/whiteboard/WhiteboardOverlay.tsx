import { Rect } from 'react-konva'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'
import { useInteraction } from '../interaction'
import { ACCENT } from '../../drawing/cardStyle'
import { CORNERS, RESIZE_HANDLE_PX, resizeHandles } from './handles'

/** The item being drawn with a creation tool, and the resize handles of the selected free item. */
export function WhiteboardOverlay() {
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const zoom = useDrawnZoom()
  const creating = useInteraction((s) => s.creating)
  const dragging = useInteraction((s) => s.drag !== null)
  const editing = useInteraction((s) => s.editing !== null)
  const handles = doc && !dragging && !editing ? resizeHandles(doc, selection) : null
  const size = RESIZE_HANDLE_PX / zoom
  return (
    <>
      {creating && <Rect {...creating} fill={ACCENT} opacity={0.08} listening={false} />}
      {creating && <Rect {...creating} stroke={ACCENT} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} listening={false} />}
      {handles &&
        CORNERS.map((corner) => {
          const p = handles.corners[corner]
          return (
            <Rect
              key={corner}
              x={p.x - size / 2}
              y={p.y - size / 2}
              width={size}
              height={size}
              fill="#ffffff"
              stroke={ACCENT}
              strokeWidth={2}
              strokeScaleEnabled={false}
              listening={false}
            />
          )
        })}
    </>
  )
}
