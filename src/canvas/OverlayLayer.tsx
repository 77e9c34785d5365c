import { memo } from 'react'
import { Group, Layer, Rect, Text } from 'react-konva'
import type { Card, Direction } from '../domain'
import type { Rect as Box } from '../domain/layout'
import { cardLayout } from '../domain/layout'
import { useAppStore } from '../store'
import { CANVAS_FONT_FAMILY, CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_RADIUS, cardColors, textDirection } from './cardStyle'
import { GroupDragTargets } from './cards/GroupDragTargets'
import { TouchpointFooter } from './cards/TouchpointFooter'
import { cardTextBox } from './cards/touchpointLayout'
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
      {hovered && <Outline key="hover" rect={hovered} color={ACCENT} width={1.5} dash />}
      {selection.map((id) => {
        const r = rects.get(id)
        return r ? <Outline key={id} rect={r} color={ACCENT} width={3} /> : null
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

function Outline({ rect, color, width, dash = false }: { rect: Box; color: string; width: number; dash?: boolean }) {
  const pad = 3
  return (
    <Rect
      x={rect.x - pad}
      y={rect.y - pad}
      width={rect.width + 2 * pad}
      height={rect.height + 2 * pad}
      cornerRadius={CARD_RADIUS + pad}
      stroke={color}
      strokeWidth={width}
      strokeScaleEnabled={false}
      dash={dash ? [6, 4] : undefined}
    />
  )
}

function Ghost({ rect, card, mapDirection }: { rect: Box; card: Card; mapDirection: Direction }) {
  const colors = cardColors(card)
  const { direction, align } = textDirection(card.text, mapDirection)
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
      {/* Laid out like the card itself (CardNode): the text leaves room for the touchpoint footer. */}
      <Text
        text={card.text}
        {...cardTextBox(card, rect.width, rect.height)}
        fontSize={CARD_FONT_SIZE}
        lineHeight={CARD_LINE_HEIGHT}
        fontFamily={CANVAS_FONT_FAMILY}
        fill={colors.text}
        direction={direction}
        align={align}
        wrap="word"
        ellipsis
      />
      <TouchpointFooter card={card} width={rect.width} height={rect.height} mapDirection={mapDirection} color={colors.text} />
    </Group>
  )
}
