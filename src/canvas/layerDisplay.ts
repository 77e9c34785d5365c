import type Konva from 'konva'
import { writeStyle } from './writeStyle'

/**
 * A ref for a layer that is often empty (the selection's; the emotion lanes' on a map without them;
 * the pinned headers' while nothing is pinned): its canvas is taken off the page after each draw
 * that had nothing to show, and put back after one that had. This Chromium, drawing without a GPU,
 * hands every canvas on the page to the compositor at every frame, changed or not (~0.6 ms a
 * board-sized canvas; a bare page of three still canvases, traced): an empty layer cost every frame
 * of typing, editing and dragging the fitted map that. One function, so React attaches it once.
 */
export function offPageWhileEmpty(layer: Konva.Layer | null): (() => void) | undefined {
  if (!layer) return undefined
  const update = () => {
    writeStyle(layer.getCanvas()._canvas, 'display', layer.getChildren().some((child) => child.isVisible()) ? '' : 'none')
  }
  update()
  layer.on('draw.offPage', update)
  return () => {
    layer.off('draw.offPage')
  }
}
