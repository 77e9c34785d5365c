import type { Card, CardId, JourneyDoc } from '../../domain'
import { cardLayout, type Point, type Rect } from '../../domain/layout'
import { containsPoint } from '../../domain/cardHits'
import { startGesture, type AppStore } from '../../store'
import { spanAtPointer } from '../../domain/cardMoves'

/**
 * The stretch grip in screen pixels (it keeps its size at every zoom): drawn width, grab width, and
 * the room it leaves around the middle of the edge, where the link connector handle sits.
 */
export const SPAN_HANDLE = { width: 8, grabWidth: 16, connectorRoom: 12, inset: 3, minHeight: 8 } as const

export interface SpanTarget {
  readonly card: Card
  /** The card's rect on the board. */
  readonly rect: Rect
}

/** A handle shows when exactly one card is selected and it sits in a cell (free notes have no steps to cover). */
export function spanTarget(doc: JourneyDoc | null, selection: readonly CardId[]): SpanTarget | null {
  if (!doc || selection.length !== 1) return null
  const id = selection[0] as CardId
  const card = Object.prototype.hasOwnProperty.call(doc.cards, id) ? doc.cards[id] : undefined
  if (!card || card.place.kind !== 'cell') return null
  const rect = cardLayout(doc).rects.get(id)
  return rect ? { card, rect } : null
}

/**
 * The grip on the lower half of the card's trailing edge (the left edge in a right-to-left map),
 * below the link connector in the edge's middle, in board pixels.
 */
export function spanHandleRect(rect: Rect, rtl: boolean, zoom: number, grab = false): Rect {
  const width = (grab ? SPAN_HANDLE.grabWidth : SPAN_HANDLE.width) / zoom
  const bottom = rect.y + rect.height - SPAN_HANDLE.inset / zoom
  const top = Math.min(rect.y + rect.height / 2 + SPAN_HANDLE.connectorRoom / zoom, bottom - SPAN_HANDLE.minHeight / zoom)
  const edge = rtl ? rect.x : rect.x + rect.width
  return { x: edge - width / 2, y: top, width, height: bottom - top }
}

export function hitSpanHandle(doc: JourneyDoc | null, selection: readonly CardId[], point: Point, zoom: number): SpanTarget | null {
  const target = spanTarget(doc, selection)
  if (!target || !doc) return null
  const r = spanHandleRect(target.rect, doc.map.direction === 'rtl', zoom, true)
  return containsPoint(r, point) ? target : null
}

/**
 * Stretching a card: the span follows the pointer as a live preview outside history, and the drop
 * is one `moveCard` (one undo step). Esc or a drop on the same span leaves no trace.
 */
export function startSpanDrag(store: AppStore, target: SpanTarget) {
  const place = target.card.place
  const doc = store.getState().doc
  const gesture = startGesture(store)
  if (place.kind !== 'cell' || !doc) {
    gesture.end(null)
    return { move: () => {}, end: () => {} }
  }
  const grid = cardLayout(doc).grid
  let span = place.span
  const command = () => ({ type: 'moveCard' as const, cardId: target.card.id, to: { ...place, span } })
  return {
    move(point: Point): void {
      const next = spanAtPointer(grid, place.stepId, point.x)
      if (next === span) return
      span = next
      gesture.preview(command())
    },
    end(cancelled: boolean): void {
      gesture.end(cancelled || span === place.span ? null : command())
    },
  }
}
