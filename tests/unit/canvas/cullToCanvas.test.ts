import type Konva from 'konva'
import { describe, expect, it } from 'vitest'
import { cullToCanvas } from '../../../src/canvas/cullToCanvas'

type Attrs = { x?: number; y?: number; width?: number; height?: number }

/** A layer as cullToCanvas sees it: its children, its canvas (1000 x 600 CSS px at `ratio`) and the stage's pan and zoom. */
function fakeLayer(children: Record<string, Attrs>, view: { x: number; y: number; zoom: number }, ratio = 1) {
  const drawn: string[] = []
  const canvas = { width: 1000 * ratio, height: 600 * ratio, getPixelRatio: () => ratio }
  const nodes = Object.entries(children).map(([name, attrs]) => ({ attrs, drawScene: (_into?: unknown) => drawn.push(name) }))
  const layer = {
    getChildren: () => nodes,
    getCanvas: () => canvas,
    // Konva's own loop: every child.
    _drawChildNodes(method: string, target: unknown) {
      for (const node of nodes) if (method === 'drawScene') node.drawScene(target)
    },
    getAbsoluteTransform: () => ({ getMatrix: () => [view.zoom, 0, 0, view.zoom, -view.x * view.zoom, -view.y * view.zoom] }),
  }
  cullToCanvas(layer as unknown as Konva.Layer)
  const draw = (target: unknown = canvas) => {
    drawn.length = 0
    layer._drawChildNodes('drawScene', target)
    return [...drawn]
  }
  return { draw }
}

const cards = {
  inView: { x: 100, y: 100, width: 200, height: 80 },
  acrossRightEdge: { x: 950, y: 100, width: 200, height: 80 },
  farRight: { x: 1400, y: 100, width: 200, height: 80 },
  above: { x: 100, y: -300, width: 200, height: 80 },
  links: {},
}

describe('the cards layer draws its own canvas with only the cards on it', () => {
  it('skips cards wholly off the canvas and draws those in or across its edge, and children without a box', () => {
    const { draw } = fakeLayer(cards, { x: 0, y: 0, zoom: 1 })
    expect(draw()).toEqual(['inView', 'acrossRightEdge', 'links'])
  })

  it('follows the pan and zoom the stage draws at', () => {
    // Panned right by 1,300 board px: the card far right is on, the first one off.
    expect(fakeLayer(cards, { x: 1300, y: 0, zoom: 1 }).draw()).toEqual(['farRight', 'links'])
    // Zoomed out to a half, the canvas shows 2,000 x 1,200 board px from the origin.
    expect(fakeLayer(cards, { x: 0, y: 0, zoom: 0.5 }).draw()).toEqual(['inView', 'acrossRightEdge', 'farRight', 'links'])
    // Scrolled up: the card above the map's top shows.
    expect(fakeLayer(cards, { x: 0, y: -400, zoom: 1 }).draw()).toContain('above')
  })

  it('measures the canvas in CSS pixels on a high-density screen', () => {
    expect(fakeLayer(cards, { x: 0, y: 0, zoom: 1 }, 2).draw()).toEqual(['inView', 'acrossRightEdge', 'links'])
  })

  it('draws every child into any other canvas (a pan tile, an export)', () => {
    const { draw } = fakeLayer(cards, { x: 0, y: 0, zoom: 1 })
    expect(draw({ width: 256, height: 256, getPixelRatio: () => 1 })).toEqual(Object.keys(cards))
  })
})
