import { memo } from 'react'
import { Group, Layer, Rect } from 'react-konva'
import type { Card, Direction } from '../domain'
import type { Rect as Box } from '../domain/layout'
import { cardLayout } from '../domain/layout'
import { useAppStore } from '../store'
import { CARD_RADIUS, cardColors } from '../drawing/cardStyle'
import { CardContent, CardOutline } from './cards/CardParts'
import { GroupDragTargets } from './cards/GroupDragTargets'
import { SpanHandle } from './cards/SpanHandle'
import { GridDragMarker } from './grid/GridDragMarker'
import { useInteraction } from './interaction'
import { LinkOverlay, WhiteboardOverlay } from './whiteboard'
import { FreeItemNode, isShapedItem } from './whiteboard/FreeItemNode'

const ACCENT = '#2563eb'

/** Selection, hover, marquee and the drag ghost: redrawn on pointer moves without touching the cards. */
export const OverlayLayer = memo(function OverlayLayer() {
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const hover = useInteraction((s) => s.hover)
  const marquee = useInteraction((s) => s.marquee)
  const drag = useInteraction((s) => s.drag)
  if (!doc) return <Layer listening={false} />
  const { rects } = cardLayout(doc)
  const dragged = drag ? doc.cards[drag.cardId] : undefined
  const hovered = hover && !selection.includes(hover) ? rects.get(hover) : undefined

  return (
    <Layer listening={false}>
      {hovered && <CardOutline key="hover" rect={hovered} color={ACCENT} width={1.5} pad={3} dash />}
      {selection.map((id) => {
        const r = rects.get(id)
        return r ? <CardOutline key={id} rect={r} color={ACCENT} width={3} pad={3} /> : null
      })}
      {drag?.target && <Rect {...drag.target} fill={ACCENT} opacity={0.1} stroke={ACCENT} strokeWidth={2} strokeScaleEnabled={false} dash={[8, 6]} />}
      <GroupDragTargets color={ACCENT} />
      {!drag && <SpanHandle />}
      {drag && dragged && (isShapedItem(dragged) ? <FreeItemNode card={dragged} {...drag.ghost} mapDirection={doc.map.direction} opacity={0.9} editing={false} ghost /> : <Ghost rect={drag.ghost} card={dragged} mapDirection={doc.map.direction} />)}
      <LinkOverlay />
      <WhiteboardOverlay />
      <GridDragMarker />
      {marquee && <Rect {...marquee} fill={ACCENT} opacity={0.12} />}
      {marquee && <Rect {...marquee} stroke={ACCENT} strokeWidth={1} strokeScaleEnabled={false} />}
    </Layer>
  )
})

function Ghost({ rect, card, mapDirection }: { rect: Box; card: Card; mapDirection: Direction }) {
  const colors = cardColors(card)
  return (
    <Group x={rect.x} y={rect.y} opacity={0.9}>
      <Rect
        width={rect.width}
        height={rect.height}
        fill={colors.fill}
        stroke={ACCENT}
        strokeWidth={2}
        strokeScaleEnabled={false}
        cornerRadius={CARD_RADIUS}
        shadowColor="#000000"
        shadowBlur={12}
        shadowOpacity={0.25}
        shadowOffsetY={4}
      />
      <CardContent card={card} width={rect.width} height={rect.height} mapDirection={mapDirection} color={colors.text} />
    </Group>
  )
}
