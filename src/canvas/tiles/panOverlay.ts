import type Konva from 'konva'
import type { SceneCanvas } from 'konva/lib/Canvas'
import type { Viewport } from '../viewport'

/**
 * A layer drawn over the board on a stage of its own (the pinned headers), which a pan draws into
 * its board canvas after the tiles instead (panTiles.ts), its own canvas hidden meanwhile. This
 * Chromium, drawing without a GPU, hands every canvas on the page to the compositor at every frame:
 * the pinned headers' board-sized canvas was 2 of a pan frame's ~9 ms at 2,000 cards (a trace of
 * the median frames of the pan bench), the tiles' canvas 3 of them.
 */
export interface PanOverlay {
  readonly layer: Konva.Layer
  /** Puts the overlay's nodes where view `vp` shows them and asks for them to be drawn (DrawnView.drawOverlay). */
  place(vp: Viewport): void
}

/** Hides or shows the overlay's own canvas; shown again, it is drawn first, so no frame lacks it. */
export function showOwnCanvas(overlay: PanOverlay | null, shown: boolean): void {
  const container = overlay?.layer.getStage()?.container()
  if (!overlay || !container) return
  if (shown) overlay.layer.draw()
  container.style.visibility = shown ? '' : 'hidden'
}

/** Draws the overlay's nodes into `canvas`, a canvas the size of the board at pixel ratio `ratio`. */
export function drawOverlayInto(overlay: PanOverlay, canvas: SceneCanvas, ratio: number): void {
  const context = canvas.getContext()
  context.save()
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  for (const child of overlay.layer.getChildren()) child.drawScene(canvas)
  context.restore()
}
