import { clampZoom, visibleRect, type Viewport } from '../../canvas/viewport'
import type { HeldView } from '../../room/sessionHold'

/**
 * The viewport that shows exactly the held rectangle, centred, on a board of this size: the same
 * part of the map as on the facilitator's screen, as large as this screen allows. No margin, unlike
 * zoom to fit: what the facilitator points at is at the same place relative to the view's frame.
 */
export function heldViewport(view: HeldView, width: number, height: number): Viewport {
  const zoom = clampZoom(Math.min(width / Math.max(1, view.width), height / Math.max(1, view.height)))
  return { zoom, x: view.x + view.width / 2 - width / 2 / zoom, y: view.y + view.height / 2 - height / 2 / zoom }
}

/** The facilitator's board as it is now: what "take control" holds everyone to. */
export function facilitatorView(viewport: Viewport, size: { readonly width: number; readonly height: number }): HeldView {
  return visibleRect(viewport, Math.max(1, size.width), Math.max(1, size.height))
}

/** At most one write to the room per this many ms while the facilitator pans (the last one always goes). */
export const HOLD_WRITE_MS = 80

/**
 * Calls `write` at most once per `ms`, the latest value winning: a pan is a stream of viewports,
 * and every device needs only the newest one. `flush` sends a pending value now; `cancel` drops it.
 */
export function throttleLatest<T>(write: (value: T) => void, ms: number, clock: { now: () => number; later: (run: () => void, ms: number) => () => void }) {
  let last = -Infinity
  let pending: { value: T } | null = null
  let cancelTimer: (() => void) | null = null
  const send = () => {
    cancelTimer = null
    if (!pending) return
    const { value } = pending
    pending = null
    last = clock.now()
    write(value)
  }
  return {
    push(value: T) {
      pending = { value }
      if (cancelTimer) return
      const wait = last + ms - clock.now()
      if (wait <= 0) send()
      else cancelTimer = clock.later(send, wait)
    },
    flush() {
      cancelTimer?.()
      send()
    },
    cancel() {
      cancelTimer?.()
      cancelTimer = null
      pending = null
    },
  }
}

export const realClock = {
  now: () => Date.now(),
  later: (run: () => void, ms: number) => {
    const id = setTimeout(run, ms)
    return () => clearTimeout(id)
  },
}
