import type Konva from 'konva'
import { useEffect, useRef, type RefObject } from 'react'

/**
 * A ref for a layer that is often empty (the selection's, the emotion lanes' on a map without
 * them): its canvas is taken off the page while the layer has nothing to show. This Chromium,
 * drawing without a GPU, hands every canvas on the page to the compositor at every frame, changed
 * or not (~0.6 ms a board-sized canvas; a bare page of three still canvases, traced): an empty
 * layer cost every frame of typing and editing that.
 */
export function useOffPageWhileEmpty(): RefObject<Konva.Layer | null> {
  const layer = useRef<Konva.Layer>(null)
  useEffect(() => {
    const node = layer.current
    return node ? showWhileDrawing(node) : undefined
  }, [])
  return layer
}

/** Shows the layer's canvas after each draw that had something to draw, and takes it off the page after one that had not. */
function showWhileDrawing(layer: Konva.Layer): () => void {
  const update = () => {
    const style = layer.getCanvas()._canvas.style
    const display = layer.getChildren().some((child) => child.isVisible()) ? '' : 'none'
    if (style.display !== display) style.display = display
  }
  update()
  layer.on('draw.offPage', update)
  return () => {
    layer.off('draw.offPage')
  }
}
