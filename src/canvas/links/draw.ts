import type Konva from 'konva'
import { arrowHead, type LinkPath } from '../../drawing/linkGeometry'

/** Arrowhead length in screen pixels; a projected arrow needs a head people see from the back. */
const HEAD_PX = 13

export interface LinkStyle {
  readonly color: string
  /** Line width in screen pixels; divided by the zoom so arrows stay legible zoomed out. */
  readonly widthPx: number
  readonly zoom: number
  readonly dash?: readonly number[]
}

/** Below this zoom arrows shrink with the board, as the cards do, instead of keeping their screen size. */
export const LINK_FULL_SIZE_ZOOM = 0.4

/**
 * Line width and head length in board units for a zoom. Down to 40% they keep their screen size
 * (legible from the back of the room); further out they shrink with the cards, or at 10% a head
 * of 13 screen pixels would be as big as a card and the arrows would dominate the picture.
 */
export function linkSizes(widthPx: number, zoom: number): { width: number; head: number } {
  const z = Math.max(0.05, zoom)
  const shrink = Math.min(1, z / LINK_FULL_SIZE_ZOOM)
  // Never thinner than a screen pixel, so an arrow never vanishes altogether.
  const width = Math.max(widthPx * shrink, 1) / z
  return { width, head: Math.max((HEAD_PX * shrink) / z, width * 3) }
}

/** Strokes many links in one shape: a Konva node per arrow would cost a node per arrow per frame. */
export function drawLinks(context: Konva.Context, paths: readonly LinkPath[], style: LinkStyle): void {
  const scale = 1 / Math.max(0.05, style.zoom)
  const { width, head } = linkSizes(style.widthPx, style.zoom)
  context.setAttr('strokeStyle', style.color)
  context.setAttr('fillStyle', style.color)
  context.setAttr('lineWidth', width)
  context.setAttr('lineCap', 'round')
  context.setLineDash(style.dash ? style.dash.map((d) => d * scale) : [])
  for (const p of paths) {
    const [tip, a, b] = arrowHead(p, head)
    // The line stops inside the head, so its end cap never pokes past the tip.
    const baseX = (a.x + b.x) / 2
    const baseY = (a.y + b.y) / 2
    context.beginPath()
    context.moveTo(p.start.x, p.start.y)
    context.bezierCurveTo(p.c1.x, p.c1.y, p.c2.x, p.c2.y, (baseX + tip.x) / 2, (baseY + tip.y) / 2)
    context.stroke()
    context.beginPath()
    context.moveTo(tip.x, tip.y)
    context.lineTo(a.x, a.y)
    context.lineTo(b.x, b.y)
    context.closePath()
    context.fill()
  }
  context.setLineDash([])
}
