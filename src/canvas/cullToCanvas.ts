import type Konva from 'konva'
import type { SceneCanvas } from 'konva/lib/Canvas'
import { intersects } from '../domain/cardHits'

/** Board px a child may draw past its box (a card's border straddles its edge). */
const BLEED = 8

type DrawChildNodes = (method: 'drawScene' | 'drawHit', canvas: SceneCanvas | undefined, top?: Konva.Node) => void

/**
 * A ref for the cards' layer: a draw of its own canvas skips the children with a box of their own
 * (`x`, `y`, `width`, `height` set on them: the cards) that lie outside it. The layer holds the cards
 * of the view and a margin around it for the pan's tiles (CULL_MARGIN_PX), 2.5 times the view at
 * 100%, and Konva draws every child it holds: a redraw after an edit drew all of them (13 of a
 * 25 ms frame after Enter at 500 cards, traced). The tiles draw the rest (tiles/nodePainter.ts);
 * any other canvas (an export's) gets every child. One function, so React attaches it once.
 */
export function cullToCanvas(layer: Konva.Layer | null): void {
  if (!layer) return
  // Konva's own (private) loop over a container's children, which Layer.drawScene ends in.
  const internals = layer as unknown as { _drawChildNodes: DrawChildNodes }
  const drawAll = internals._drawChildNodes.bind(layer)
  internals._drawChildNodes = (method, canvas, top) => {
    if (method !== 'drawScene' || top || !canvas || canvas !== layer.getCanvas()) return drawAll(method, canvas, top)
    // The canvas in the layer's own units: the stage's pan and zoom taken back out.
    const [scale = 1, , , , dx = 0, dy = 0] = layer.getAbsoluteTransform().getMatrix()
    const ratio = canvas.getPixelRatio()
    const shown = { x: -dx / scale - BLEED, y: -dy / scale - BLEED, width: canvas.width / ratio / scale + 2 * BLEED, height: canvas.height / ratio / scale + 2 * BLEED }
    for (const child of layer.getChildren()) {
      const { x = 0, y = 0, width, height } = child.attrs as { x?: number; y?: number; width?: number; height?: number }
      if (width !== undefined && height !== undefined && !intersects({ x, y, width, height }, shown)) continue
      child.drawScene(canvas)
    }
  }
}
