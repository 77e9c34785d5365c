import type { CardId } from './ids'
import type { CardLayout, Point, Rect } from './layout'

/** Cards (in drawing order) whose rect touches `area`. */
export function cardsTouching(layout: CardLayout, area: Rect): CardId[] {
  const hits: CardId[] = []
  for (const id of layout.order) {
    const r = layout.rects.get(id)
    if (r && intersects(r, area)) hits.push(id)
  }
  return hits
}

/** The topmost drawn card under a point. */
export function cardAt(layout: CardLayout, point: Point): CardId | null {
  for (let i = layout.order.length - 1; i >= 0; i--) {
    const id = layout.order[i] as CardId
    const r = layout.rects.get(id)
    if (r && point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height) return id
  }
  return null
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
}
