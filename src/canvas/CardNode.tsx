import type Konva from 'konva'
import { memo } from 'react'
import { Group, Rect, Shape } from 'react-konva'
import type { Card, CardId, Direction, JourneyDoc } from '../domain'
import type { Rect as Box } from '../domain/layout'
import { CARD_RADIUS, cardColors } from '../drawing/cardStyle'
import { blocksIn, indexBlocks, type Block, type BlockIndex } from './cards/blockIndex'
import { CardContent } from './cards/CardParts'
import { FreeItemNode, isShapedItem } from './whiteboard/FreeItemNode'

interface CardNodeProps {
  readonly card: Card
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly mapDirection: Direction
  /** The card is being dragged (its ghost is drawn in the overlay) or edited (a text box covers it). */
  readonly faded: boolean
  readonly editing: boolean
  /** The board is focused on a persona the card is not for. */
  readonly dimmed: boolean
}

/**
 * One sticky note. Its record comes from the layer, which re-renders on every change of the map
 * anyway: editing one card changes one node's props, so one node re-renders. Each node selected its
 * own record from the store before, two subscriptions a card, and every change of the store (each
 * frame of a pan, a save's status) ran them all: ~15 ms of a drop's frame at 10,000 cards (profile).
 */
export const CardNode = memo(function CardNode({ card, x, y, width, height, mapDirection, faded, editing, dimmed }: CardNodeProps) {
  if (isShapedItem(card)) {
    return <FreeItemNode card={card} x={x} y={y} width={width} height={height} mapDirection={mapDirection} opacity={faded ? 0.35 : dimmed ? 0.2 : 1} editing={editing} />
  }
  const colors = cardColors(card)
  return (
    // Its size is the card's box, which the layer's own draw skips it by when off the board (cullToCanvas.ts).
    <Group x={x} y={y} width={width} height={height} opacity={faded ? 0.35 : dimmed ? 0.2 : 1}>
      <Rect width={width} height={height} fill={colors.fill} stroke={colors.edge} strokeWidth={1.5} cornerRadius={CARD_RADIUS} />
      <CardContent card={card} width={width} height={height} mapDirection={mapDirection} color={colors.text} showText={!editing} />
    </Group>
  )
})

/** Focused on a persona, a card tagged only with other personas steps back; an untagged card belongs to everyone. */
export function isDimmedByFocus(personaIds: readonly string[] | undefined, focus: string | null): boolean {
  return focus !== null && personaIds !== undefined && personaIds.length > 0 && !personaIds.includes(focus)
}

interface CardBlocksProps {
  readonly doc: JourneyDoc
  readonly ids: readonly CardId[]
  readonly rects: ReadonlyMap<CardId, Box>
}

/**
 * Zoomed out, text is unreadable and thousands of nodes cost a frame each: one shape paints the
 * cards as coloured blocks, which keeps the picture recognisable at a fraction of the cost. `ids`
 * are indexed once (every card of the map, in drawing order, or an export's own), not as the area
 * built for a pan moves: indexing 10,000 blocks at each of a pan's builds cost more than it saved.
 */
export const CardBlocks = memo(function CardBlocks({ doc, ids, rects }: CardBlocksProps) {
  const index = blocksOf(doc.cards, ids, rects)
  const draw = (context: Konva.Context) => {
    // Only the blocks inside the canvas being drawn (a pan tile is a small part of the map).
    const m = context._context.getTransform()
    const { width, height } = context.canvas._canvas
    const x0 = -m.e / m.a
    const y0 = -m.f / m.d
    for (const n of blocksIn(index, { x: x0, y: y0, width: (width - m.e) / m.a - x0, height: (height - m.f) / m.d - y0 })) {
      const b = index.blocks[n] as Block
      context.setAttr('fillStyle', b.fill)
      context.fillRect(b.x, b.y, b.width, b.height)
      context.setAttr('fillStyle', b.edge)
      context.fillRect(b.x, b.y, 4, b.height)
    }
  }
  return <Shape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />
})

// The last index, kept past the blocks' unmount: a pinch builds them again at its first step out,
// and at 10,000 cards indexing them took 19 ms of that frame (profile). One only: an index per
// layout would be kept alive by the undo history's documents.
let lastIndex: { cards: object; ids: readonly CardId[]; rects: object; index: BlockIndex } | null = null

function blocksOf(cards: JourneyDoc['cards'], ids: readonly CardId[], rects: ReadonlyMap<CardId, Box>): BlockIndex {
  if (lastIndex && lastIndex.cards === cards && lastIndex.ids === ids && lastIndex.rects === rects) return lastIndex.index
  const index = indexBlocks(
    ids.flatMap((id) => {
      const card = cards[id]
      const r = rects.get(id)
      if (!card || !r) return []
      const { fill, edge } = cardColors(card)
      return [{ x: r.x, y: r.y, width: r.width, height: r.height, fill, edge }]
    }),
  )
  lastIndex = { cards, ids, rects, index }
  return index
}
