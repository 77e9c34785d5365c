import { Rect } from 'react-konva'
import type { CardId, JourneyDoc } from '../../domain'
import type { Corner } from '../../domain/arrange'
import type { Point } from '../../domain/layout'
import { useAppStore } from '../../store'
import { useInteraction } from '../interaction'
import { LINK_ACCENT } from '../../drawing/linkGeometry'
import { useWhiteboardUi } from '../links/linkState'

/** Screen size of a resize handle. */
export const RESIZE_HANDLE_PX = 10

export const CORNERS: readonly Corner[] = ['nw', 'ne', 'sw', 'se']

/** Corner handles of a single selected free item, or none. */
export function resizeHandles(doc: JourneyDoc, selection: readonly CardId[]): { cardId: CardId; corners: Record<Corner, Point> } | null {
  if (selection.length !== 1) return null
  const cardId = selection[0] as CardId
  const place = doc.cards[cardId]?.place
  if (!place || place.kind !== 'free') return null
  const { x, y, width: w, height: h } = place
  return { cardId, corners: { nw: { x, y }, ne: { x: x + w, y }, sw: { x, y: y + h }, se: { x: x + w, y: y + h } } }
}

/** The item being drawn with a creation tool, and the resize handles of the selected free item. */
export function WhiteboardOverlay() {
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const zoom = useAppStore((s) => s.viewport.zoom)
  const creating = useWhiteboardUi((s) => s.creating)
  const dragging = useInteraction((s) => s.drag !== null)
  const editing = useInteraction((s) => s.editing !== null)
  const handles = doc && !dragging && !editing ? resizeHandles(doc, selection) : null
  const size = RESIZE_HANDLE_PX / zoom
  return (
    <>
      {creating && <Rect {...creating} fill={LINK_ACCENT} opacity={0.08} listening={false} />}
      {creating && <Rect {...creating} stroke={LINK_ACCENT} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} listening={false} />}
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
              stroke={LINK_ACCENT}
              strokeWidth={2}
              strokeScaleEnabled={false}
              listening={false}
            />
          )
        })}
    </>
  )
}
