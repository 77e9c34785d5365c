import { describe, expect, it } from 'vitest'
import type { CardId } from '../../../src/domain'
import { cardRects } from '../../../src/domain/layout'
import { arrowHead, distanceToPath, edgeAnchor, facingSides, linkAt, linkPath, pathBounds, placeLinks, pointAt } from '../../../src/drawing/linkGeometry'
import { buildSampleDoc } from '../domain/helpers'

const left = { x: 0, y: 0, width: 100, height: 60 }
const right = { x: 300, y: 20, width: 100, height: 60 }
const below = { x: 10, y: 400, width: 100, height: 60 }

describe('link geometry', () => {
  it('joins cards side by side from edge to edge, and stacked cards from bottom to top', () => {
    expect(facingSides(left, right)).toEqual(['right', 'left'])
    expect(facingSides(right, left)).toEqual(['left', 'right'])
    expect(facingSides(left, below)).toEqual(['bottom', 'top'])
    expect(facingSides(below, left)).toEqual(['top', 'bottom'])
    const p = linkPath(left, right)
    expect(p.start).toEqual({ x: 100, y: 30 })
    expect(p.end).toEqual({ x: 300, y: 50 })
    expect(edgeAnchor(below, 'top')).toEqual({ x: 60, y: 400 })
    expect(linkPath(left, below).end).toEqual({ x: 60, y: 400 })
  })

  it('leaves and arrives square to the edges, and the arrowhead points into the target', () => {
    const p = linkPath(left, right)
    expect(p.c1.y).toBe(p.start.y)
    expect(p.c1.x).toBeGreaterThan(p.start.x)
    expect(p.c2.y).toBe(p.end.y)
    expect(p.c2.x).toBeLessThan(p.end.x)
    const [tip, a, b] = arrowHead(p, 12)
    expect(tip).toEqual(p.end)
    expect(a.x).toBeCloseTo(288)
    expect(b.x).toBeCloseTo(288)
    expect(Math.abs(a.y - b.y)).toBeCloseTo(13.2)
    expect(pointAt(p, 0)).toEqual(p.start)
    expect(pointAt(p, 1)).toEqual(p.end)
  })

  it('measures the distance from a point to the curve', () => {
    const p = linkPath(left, right)
    const mid = pointAt(p, 0.5)
    expect(distanceToPath(p, mid)).toBeLessThan(0.5)
    expect(distanceToPath(p, { x: mid.x, y: mid.y + 10 })).toBeGreaterThan(9)
    expect(distanceToPath(p, { x: mid.x, y: mid.y + 10 })).toBeLessThan(10.5)
    expect(distanceToPath(p, { x: 0, y: 300 })).toBeGreaterThan(200)
    const box = pathBounds(p)
    for (let t = 0; t <= 1; t += 0.1) {
      const q = pointAt(p, t)
      expect(q.x >= box.x && q.x <= box.x + box.width && q.y >= box.y && q.y <= box.y + box.height).toBe(true)
    }
  })

  it('finds the link under the pointer within the tolerance, and follows a moved card', () => {
    const s = buildSampleDoc()
    const rects = cardRects(s.doc)
    const links = placeLinks(s.doc, rects)
    expect(links.map((l) => l.id).sort()).toEqual([s.links.advertToWebsite, s.links.formToDeclined].sort())
    expect(placeLinks(s.doc, rects)).toBe(links)
    const target = links.find((l) => l.id === s.links.advertToWebsite)!
    const on = pointAt(target.path, 0.5)
    expect(linkAt(links, { x: on.x + 3, y: on.y }, 6)?.id).toBe(s.links.advertToWebsite)
    expect(linkAt(links, { x: on.x, y: on.y + 40 }, 6)).toBeNull()

    const website = rects.get(s.cards.website)!
    const moved = { ...website, x: website.x + 500, y: website.y + 300 }
    const live = placeLinks(s.doc, rects, new Map([[s.cards.website as CardId, moved]]))
    const followed = live.find((l) => l.id === s.links.advertToWebsite)!
    expect(followed.path.end).toEqual(edgeAnchor(moved, facingSides(rects.get(s.cards.advert)!, moved)[1]))
  })
})
