import { createCard } from './factories'
import type { CardId } from './ids'
import { cardLayout, gridLayout, hitCell, type CellRef, type Point, type Rect } from './layout'
import { cardsInCell, rankAt } from './cellStacks'
import type { Card, CardPlace, JourneyDoc } from './types'

/** Size of a sticky note made by double-clicking free space, in board pixels. */
export const FREE_CARD_SIZE = { width: 200, height: 100 } as const

/** Text, rectangles and ellipses are whiteboard items: they float over the grid, never file into a cell. */
export function filesIntoCells(card: Pick<Card, 'shape'>): boolean {
  return card.shape === 'note'
}

/**
 * Where a dragged card lands: in the cell under the pointer (at the stack position it points at,
 * `dropIndex`, keeping its span), on free space where its ghost is, or nowhere (null) over the
 * headers and lane titles, which are not a place for cards.
 */
export function dropPlace(doc: JourneyDoc, cardId: CardId, pointer: Point, ghost: Rect): CardPlace | null {
  const card = doc.cards[cardId]
  if (!card) return null
  if (!filesIntoCells(card)) return { kind: 'free', x: Math.round(ghost.x), y: Math.round(ghost.y), width: ghost.width, height: ghost.height }
  const grid = gridLayout(doc)
  const cell = hitCell(grid, pointer)
  if (cell) {
    const span = card.place.kind === 'cell' ? card.place.span : 1
    return { kind: 'cell', ...cell, span, rank: rankAt(doc, cell, dropIndex(doc, cell, pointer.y, cardId), cardId) }
  }
  const insideGrid = pointer.x >= 0 && pointer.y >= 0 && pointer.x < grid.width && pointer.y < grid.height
  if (insideGrid) return null
  return { kind: 'free', x: Math.round(ghost.x), y: Math.round(ghost.y), width: ghost.width, height: ghost.height }
}

/**
 * The stack position, among the cell's cards other than `exclude` (the one dropped), that a board
 * y points at: before the first card whose middle lies below it, so a card dropped over the upper
 * half of another goes before it and over the lower half after it. The drawn rects decide, so
 * cards grown to show their text count at their real height, and a card pushed down by one
 * spanning in from an earlier step is where it is drawn. Cards hidden behind "+N" come after
 * every drawn one.
 */
export function dropIndex(doc: JourneyDoc, cell: CellRef, y: number, exclude?: CardId): number {
  const { rects } = cardLayout(doc)
  let index = 0
  for (const card of cardsInCell(doc, cell.laneId, cell.stepId)) {
    if (card.id === exclude) continue
    const rect = rects.get(card.id)
    if (!rect || y < rect.y + rect.height / 2) break
    index++
  }
  return index
}

/** A new empty card at the bottom of a cell's stack. */
export function newCardInCell(doc: JourneyDoc, cell: CellRef): Card {
  const stack = cardsInCell(doc, cell.laneId, cell.stepId)
  const last = stack[stack.length - 1]?.place
  const rank = last && last.kind === 'cell' ? last.rank + 1 : 0
  return createCard(doc.map.id, { kind: 'cell', laneId: cell.laneId, stepId: cell.stepId, span: 1, rank })
}

/** A new empty free note centred on a board point. */
export function newFreeCard(doc: JourneyDoc, at: Point): Card {
  const { width, height } = FREE_CARD_SIZE
  return createCard(doc.map.id, { kind: 'free', x: Math.round(at.x - width / 2), y: Math.round(at.y - height / 2), width, height })
}

/** The selection after a marquee: what it touches, plus what was selected before when Shift is held. */
export function mergeSelection(base: readonly CardId[], touched: readonly CardId[]): CardId[] {
  if (base.length === 0) return [...touched]
  const seen = new Set(base)
  return [...base, ...touched.filter((id) => !seen.has(id))]
}

export function rectFromPoints(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }
}
