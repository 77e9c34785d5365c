import type { CardId, JourneyDoc } from '../../domain'
import type { Corner } from '../../domain/arrange'
import type { Point, Rect } from '../../domain/layout'

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

/** Screen radius of the connector handle: big enough to hit on a projector remote or a trackpad. */
export const HANDLE_RADIUS_PX = 7

/** The handle sits on the card's edge that faces the way the journey runs: the end edge of its reading direction. */
export function connectorHandle(doc: JourneyDoc, cardId: CardId, rects: ReadonlyMap<CardId, Rect>): { x: number; y: number } | null {
  const r = rects.get(cardId)
  if (!r) return null
  return { x: doc.map.direction === 'rtl' ? r.x : r.x + r.width, y: r.y + r.height / 2 }
}
