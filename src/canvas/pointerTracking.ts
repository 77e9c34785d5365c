export { DRAG_THRESHOLD, pastDragThreshold } from './dragThreshold'

export interface TrackOptions {
  /**
   * Also cancel when the window is lost (Alt+Tab mid-drag never delivers the pointerup) and on an
   * Esc before the first move, which ends with no event. The header drags want this; the card
   * drags ignore an Esc that comes before any move.
   */
  readonly cancelAlways: true
}

/** Follows one press to its release anywhere on the page; Esc (after a move) cancels it. */
export function track(onMove: (e: PointerEvent) => void, onEnd: (e: PointerEvent, cancelled: boolean) => void): void
export function track(onMove: (e: PointerEvent) => void, onEnd: (e: PointerEvent | null, cancelled: boolean) => void, options: TrackOptions): void
export function track(onMove: (e: PointerEvent) => void, onEnd: (e: PointerEvent, cancelled: boolean) => void, options?: TrackOptions): void {
  const cancelAlways = options?.cancelAlways ?? false
  let last: PointerEvent | null = null
  const move = (e: PointerEvent) => {
    last = e
    onMove(e)
  }
  const finish = (e: PointerEvent | null, cancelled: boolean) => {
    window.removeEventListener('pointermove', move)
    window.removeEventListener('pointerup', up)
    window.removeEventListener('pointercancel', cancel)
    window.removeEventListener('keydown', key, true)
    window.removeEventListener('blur', lost)
    // No event only with `cancelAlways`, whose callers take a null.
    onEnd(e as PointerEvent, cancelled)
  }
  const up = (e: PointerEvent) => finish(e, false)
  const cancel = (e: PointerEvent) => finish(e, true)
  const lost = () => finish(last, true)
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || (!last && !cancelAlways)) return
    e.stopPropagation()
    if (cancelAlways) e.preventDefault()
    finish(last, true)
  }
  window.addEventListener('pointermove', move)
  window.addEventListener('pointerup', up)
  window.addEventListener('pointercancel', cancel)
  window.addEventListener('keydown', key, true)
  if (cancelAlways) window.addEventListener('blur', lost)
}

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
