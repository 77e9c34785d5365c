let sink: CanvasRenderingContext2D | null = null

/**
 * Makes the browser rasterise what was just drawn into `canvas` now. Canvas drawing is recorded
 * and played back when the canvas is first read: a tile drawn ahead of the view would otherwise be
 * rasterised in the frame it comes into view, outside the budget of the frame that drew it.
 * Copying one of its pixels reads it; clearing the 1 px sink first drops the last copy (and the
 * snapshot of a tile it holds).
 */
export function rasterise(canvas: HTMLCanvasElement): void {
  if (!sink) {
    const pixel = document.createElement('canvas')
    pixel.width = pixel.height = 1
    sink = pixel.getContext('2d')
  }
  if (!sink) return
  sink.clearRect(0, 0, 1, 1)
  sink.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1)
}
