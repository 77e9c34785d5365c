import type { CardId, JourneyDoc } from '../domain'
import type { Corner } from '../domain/arrange'
import { cardLayout, type Point } from '../domain/layout'
import { cardAt } from '../domain/cardHits'
import { linkAt, placeLinks, type PlacedLink } from '../drawing/linkGeometry'
import { connectorHandle, CORNERS, HANDLE_RADIUS_PX, RESIZE_HANDLE_PX, resizeHandles } from '../canvas/whiteboard/handles'

/**
 * What lies under a board point, by the layout (never Konva's hit canvas): exact, works for culled
 * and block-drawn cards, and lets every layer skip hit drawing. Reaches are in screen pixels.
 */

/** Screen pixels around an arrow that still count as a click on it. */
const LINK_TOLERANCE_PX = 7

export function cardUnder(doc: JourneyDoc, at: Point): CardId | null {
  return cardAt(cardLayout(doc), at)
}

/** The corner handle of the one selected free item under the point. */
export function cornerUnder(doc: JourneyDoc, selection: readonly CardId[], at: Point, zoom: number): { cardId: CardId; corner: Corner } | null {
  const handles = resizeHandles(doc, selection)
  if (!handles) return null
  const reach = RESIZE_HANDLE_PX / zoom
  const corner = CORNERS.find((c) => Math.abs(handles.corners[c].x - at.x) <= reach && Math.abs(handles.corners[c].y - at.y) <= reach)
  return corner ? { cardId: handles.cardId, corner } : null
}

/** The card whose connector handle is under the point, of those that show one (hovered, selected). */
export function handleUnder(doc: JourneyDoc, candidates: readonly (CardId | null)[], at: Point, zoom: number): CardId | null {
  const reach = (HANDLE_RADIUS_PX + 3) / zoom
  const rects = cardLayout(doc).rects
  for (const id of candidates) {
    const h = id ? connectorHandle(doc, id, rects) : null
    if (id && h && Math.hypot(h.x - at.x, h.y - at.y) <= reach) return id
  }
  return null
}

/** The arrow under the point; a card wins over an arrow crossing it, so arrows are picked between cards. */
export function linkUnder(doc: JourneyDoc, at: Point, zoom: number): PlacedLink | null {
  const layout = cardLayout(doc)
  if (cardAt(layout, at)) return null
  return linkAt(placeLinks(doc, layout.rects), at, LINK_TOLERANCE_PX / zoom)
}
