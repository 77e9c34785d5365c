/**
 * Captures a press on `el` and feeds it every move until release or cancel: for the navigation
 * controls, which keep hold of a drag even when the pointer leaves them.
 */
export function captureDrag(el: HTMLElement, pointerId: number, onMove: (e: PointerEvent) => void): void {
  el.setPointerCapture(pointerId)
  const up = () => {
    el.removeEventListener('pointermove', onMove)
    el.removeEventListener('pointerup', up)
    el.removeEventListener('pointercancel', up)
  }
  el.addEventListener('pointermove', onMove)
  el.addEventListener('pointerup', up)
  el.addEventListener('pointercancel', up)
}
