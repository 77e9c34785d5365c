import type Konva from 'konva'
import { useLayoutEffect, useRef } from 'react'
import { Group, Layer, Rect, Stage } from 'react-konva'
import type { Card, Direction } from '../domain'
import type { Rect as Box } from '../domain/layout'
import { appStore, useAppStore } from '../store'
import { ACCENT, CARD_RADIUS, cardColors } from '../drawing/cardStyle'
import { CardContent } from './cards/CardParts'
import { useInteraction } from './interaction'
import { FreeItemNode, isShapedItem } from './whiteboard/FreeItemNode'

/**
 * The card in hand while it is dragged, drawn on a small stage of its own above the headers
 * pinned to the board's edges (PinnedHeaders.tsx). This departs from the three layers of one
 * stage (grid, content, overlay): the pinned headers are a stage over those layers, so a ghost
 * in the overlay slid under them, and a card carried towards a stage header or lane title
 * vanished exactly where the person was aiming. The stage exists only during a drag, draws one
 * card, does not listen (the board under it keeps the pointer), and follows the view by hand.
 */
export function DragGhost({ width, height }: { width: number; height: number }) {
  const drag = useInteraction((s) => s.drag)
  const card = useAppStore((s) => (drag ? s.doc?.cards[drag.cardId] : undefined))
  const direction = useAppStore((s) => s.doc?.map.direction ?? 'ltr')
  const layerRef = useRef<Konva.Layer>(null)
  const shown = drag !== null && card !== undefined

  useLayoutEffect(() => {
    const layer = layerRef.current
    if (!shown || !layer) return
    const place = () => {
      const { x, y, zoom } = appStore.getState().viewport
      layer.setAttrs({ x: -x * zoom, y: -y * zoom, scaleX: zoom, scaleY: zoom })
      layer.batchDraw()
    }
    place()
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place()
    })
  }, [shown])

  if (!drag || !card) return null
  return (
    <div className="board-drag-ghost" aria-hidden>
      <Stage width={width} height={height} listening={false}>
        <Layer ref={layerRef} listening={false}>
          {isShapedItem(card) ? <FreeItemNode card={card} {...drag.ghost} mapDirection={direction} opacity={0.9} editing={false} ghost /> : <Ghost rect={drag.ghost} card={card} mapDirection={direction} />}
        </Layer>
      </Stage>
    </div>
  )
}

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
