import { memo } from 'react'
import { Rect } from 'react-konva'
import { BoardLayer } from './warmLayers'
import { cardLayout } from '../domain/layout'
import { ACCENT } from '../drawing/cardStyle'
import { useAppStore } from '../store'
import { CardOutline } from './cards/CardParts'
import { GroupDragTargets } from './cards/GroupDragTargets'
import { SpanHandle } from './cards/SpanHandle'
import { GridDragMarker } from './grid/GridDragMarker'
import { useInteraction } from './interaction'
import { offPageWhileEmpty } from './layerDisplay'
import { LinkOverlay, WhiteboardOverlay } from './whiteboard'

/** Selection, hover, marquee and a drag's target cell: redrawn on pointer moves without touching the cards. (The drag ghost is DragGhost.tsx, above the pinned headers.) */
export const OverlayLayer = memo(function OverlayLayer() {
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const hover = useInteraction((s) => s.hover)
  const marquee = useInteraction((s) => s.marquee)
  const drag = useInteraction((s) => s.drag)
  if (!doc) return <BoardLayer ref={offPageWhileEmpty} listening={false} />
  const { rects } = cardLayout(doc)
  const hovered = hover && !selection.includes(hover) ? rects.get(hover) : undefined

  return (
    <BoardLayer ref={offPageWhileEmpty} listening={false}>
      {hovered && <CardOutline key="hover" rect={hovered} color={ACCENT} width={1.5} pad={3} dash />}
      {selection.map((id) => {
        const r = rects.get(id)
        return r ? <CardOutline key={id} rect={r} color={ACCENT} width={3} pad={3} /> : null
      })}
      {drag?.target && <Rect {...drag.target} fill={ACCENT} opacity={0.1} stroke={ACCENT} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} />}
      <GroupDragTargets color={ACCENT} />
      {!drag && <SpanHandle />}
      <LinkOverlay />
      <WhiteboardOverlay />
      <GridDragMarker />
      {marquee && <Rect {...marquee} fill={ACCENT} opacity={0.12} />}
      {marquee && <Rect {...marquee} stroke={ACCENT} strokeWidth={1} strokeScaleEnabled={false} />}
    </BoardLayer>
  )
})
