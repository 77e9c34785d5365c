import type { CardId, JourneyDoc, LinkId } from '../domain'
import type { Point, Rect } from '../domain/layout'
import { intersects } from '../domain/cardHits'

export const LINK_COLOR = '#334155'

/** A link drawn as a cubic curve leaving one card's edge square to it and arriving square to the other's. */
export interface LinkPath {
  readonly start: Point
  readonly c1: Point
  readonly c2: Point
  readonly end: Point
}

type Side = 'left' | 'right' | 'top' | 'bottom'

const NORMAL: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } }

function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

/** The middle of one side of a rect. */
export function edgeAnchor(r: Rect, side: Side): Point {
  const c = centre(r)
  switch (side) {
    case 'left':
      return { x: r.x, y: c.y }
    case 'right':
      return { x: r.x + r.width, y: c.y }
    case 'top':
      return { x: c.x, y: r.y }
    case 'bottom':
      return { x: c.x, y: r.y + r.height }
  }
}

/**
 * The sides that face each other. Cards side by side in a lane join left to right, cards stacked
 * in a step join top to bottom: whichever gap between the rects is the larger decides.
 */
export function facingSides(from: Rect, to: Rect): readonly [Side, Side] {
  const a = centre(from)
  const b = centre(to)
  const dx = b.x - a.x
  const dy = b.y - a.y
  const gapX = Math.abs(dx) - (from.width + to.width) / 2
  const gapY = Math.abs(dy) - (from.height + to.height) / 2
  if (gapX >= gapY) return dx >= 0 ? ['right', 'left'] : ['left', 'right']
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom']
}

export function linkPath(from: Rect, to: Rect): LinkPath {
  const [fromSide, toSide] = facingSides(from, to)
  const start = edgeAnchor(from, fromSide)
  const end = edgeAnchor(to, toSide)
  // Long enough to leave the card visibly square, short enough that near cards get a gentle curve, not a loop.
  const reach = Math.max(16, Math.min(120, Math.hypot(end.x - start.x, end.y - start.y) * 0.4))
  const n1 = NORMAL[fromSide]
  const n2 = NORMAL[toSide]
  return {
    start,
    c1: { x: start.x + n1.x * reach, y: start.y + n1.y * reach },
    c2: { x: end.x + n2.x * reach, y: end.y + n2.y * reach },
    end,
  }
}

export function pointAt(p: LinkPath, t: number): Point {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return { x: a * p.start.x + b * p.c1.x + c * p.c2.x + d * p.end.x, y: a * p.start.y + b * p.c1.y + c * p.c2.y + d * p.end.y }
}

const SAMPLES = 24

/** Shortest distance from a point to the curve, measured on a fine polyline of it. */
export function distanceToPath(p: LinkPath, q: Point): number {
  let best = Infinity
  let prev = p.start
  for (let i = 1; i <= SAMPLES; i++) {
    const next = pointAt(p, i / SAMPLES)
    best = Math.min(best, distanceToSegment(q, prev, next))
    prev = next
  }
  return best
}

function distanceToSegment(q: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / len))
  return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy))
}

/** Contains the whole curve: a cubic stays inside the hull of its four points. */
export function pathBounds(p: LinkPath): Rect {
  const xs = [p.start.x, p.c1.x, p.c2.x, p.end.x]
  const ys = [p.start.y, p.c1.y, p.c2.y, p.end.y]
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/** The three corners of an arrowhead of `size` at the end of the curve, pointing along its last tangent. */
export function arrowHead(p: LinkPath, size: number): readonly [Point, Point, Point] {
  let dx = p.end.x - p.c2.x
  let dy = p.end.y - p.c2.y
  const len = Math.hypot(dx, dy) || 1
  dx /= len
  dy /= len
  const back = { x: p.end.x - dx * size, y: p.end.y - dy * size }
  const half = size * 0.55
  return [p.end, { x: back.x - dy * half, y: back.y + dx * half }, { x: back.x + dy * half, y: back.y - dx * half }]
}

export interface PlacedLink {
  readonly id: LinkId
  readonly from: CardId
  readonly to: CardId
  readonly label: string
  readonly path: LinkPath
}

/**
 * The drawable links: both ends drawn (a card hidden in a full cell takes its links with it), with
 * `override` standing in for cards that are being moved right now.
 */
export function placeLinks(doc: JourneyDoc, rects: ReadonlyMap<CardId, Rect>, override?: ReadonlyMap<CardId, Rect>): readonly PlacedLink[] {
  if (override) return computeLinks(doc, rects, override)
  // Hover and clicks test links on every pointer move: reuse the paths while links and card rects are the same objects.
  const cached = placedCache.get(doc.links)
  if (cached && cached.rects === rects) return cached.links
  const links = computeLinks(doc, rects)
  placedCache.set(doc.links, { rects, links })
  return links
}

const placedCache = new WeakMap<JourneyDoc['links'], { rects: ReadonlyMap<CardId, Rect>; links: readonly PlacedLink[] }>()

function computeLinks(doc: JourneyDoc, rects: ReadonlyMap<CardId, Rect>, override?: ReadonlyMap<CardId, Rect>): PlacedLink[] {
  const out: PlacedLink[] = []
  for (const link of Object.values(doc.links)) {
    const a = override?.get(link.from) ?? rects.get(link.from)
    const b = override?.get(link.to) ?? rects.get(link.to)
    if (!a || !b) continue
    out.push({ id: link.id, from: link.from, to: link.to, label: link.label, path: linkPath(a, b) })
  }
  return out
}

export function linksTouching(links: readonly PlacedLink[], area: Rect): PlacedLink[] {
  return links.filter((l) => intersects(pathBounds(l.path), area))
}

/** The link nearest to a point within `tolerance` board pixels, topmost (last drawn) on a tie. */
export function linkAt(links: readonly PlacedLink[], q: Point, tolerance: number): PlacedLink | null {
  let best: PlacedLink | null = null
  let bestDistance = tolerance
  for (const link of links) {
    const b = pathBounds(link.path)
    if (q.x < b.x - tolerance || q.x > b.x + b.width + tolerance || q.y < b.y - tolerance || q.y > b.y + b.height + tolerance) continue
    const d = distanceToPath(link.path, q)
    if (d <= bestDistance) {
      best = link
      bestDistance = d
    }
  }
  return best
}
