import type { Point } from '../../domain/layout'
import { appStore } from '../../store'
import { emotionUi } from './emotionUi'
import { beginEmotionDrag } from './gesture'
import { hitEmotion, sameTarget, type Handle } from '../../drawing/emotionGeometry'

type PointerLike = { readonly clientX: number; readonly clientY: number }

function hitAt(at: Point): Handle | null {
  const { doc, viewport, focusPersonaId } = appStore.getState()
  return doc ? hitEmotion(doc, at, viewport.zoom, emotionUi.getState().chosenPersona, focusPersonaId) : null
}

/**
 * The board offers every left press to the emotion lanes first. Returns true when a handle took
 * it, so it starts neither a marquee nor a card.
 */
export function emotionPointerDown(at: Point, toBoard: (e: PointerLike) => Point): boolean {
  const hit = hitAt(at)
  const ui = emotionUi.getState()
  if (!hit) {
    if (ui.focus) ui.set({ focus: null })
    return false
  }
  // Card selection and a focused point answer the same keys; only one of them may hold them.
  appStore.getState().select([])
  const drag = beginEmotionDrag(appStore, emotionUi, hit, at.y)
  follow(
    (e) => drag.move(toBoard(e).y),
    (cancelled) => drag.end(cancelled),
  )
  return true
}

/** Hover feedback; returns the cursor to show while over a handle, or null to let the cards decide. */
export function emotionPointerHover(at: Point): string | null {
  const hit = hitAt(at)
  const ui = emotionUi.getState()
  if (!(hit === ui.hover || sameTarget(hit, ui.hover))) ui.set({ hover: hit })
  return hit ? 'ns-resize' : null
}

export function emotionPointerLeave(): void {
  if (emotionUi.getState().hover) emotionUi.getState().set({ hover: null })
}

/** True over a handle: a double-click there edits the curve, it must not add a card. */
export function isOverEmotionControl(at: Point): boolean {
  return hitAt(at) !== null
}

/** Follows one press to its release anywhere on the page; Esc cancels. */
function follow(onMove: (e: PointerEvent) => void, onEnd: (cancelled: boolean) => void): void {
  const finish = (cancelled: boolean) => {
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', up)
    window.removeEventListener('pointercancel', cancel)
    window.removeEventListener('keydown', key, true)
    onEnd(cancelled)
  }
  const up = (e: PointerEvent) => {
    onMove(e)
    finish(false)
  }
  const cancel = () => finish(true)
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.stopPropagation()
    finish(true)
  }
  window.addEventListener('pointermove', onMove)
  window.addEventListener('pointerup', up)
  window.addEventListener('pointercancel', cancel)
  window.addEventListener('keydown', key, true)
}
