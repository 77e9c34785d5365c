import { useLayoutEffect, type RefObject } from 'react'
import { appStore } from '../store'
import type { Point } from '../domain/layout'
import { boardToScreen, type Viewport } from './viewport'

/**
 * Keeps a DOM element over the board in step with pans by writing its style directly, as the stage
 * itself and the minimap frame do: a text box or toolbar that subscribed to the whole viewport
 * would re-render on every pan frame. `place` writes the style for a viewport (and may skip when
 * nothing changed); components subscribe to the zoom alone for what depends on the size.
 */
export function useFollowViewport(ref: RefObject<HTMLElement | null>, place: (el: HTMLElement, vp: Viewport) => void, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    place(el, appStore.getState().viewport)
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place(el, s.viewport)
    })
    // `place` is rebuilt every render; the caller names what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
}

/** Keeps an element's top left corner on a board rect's, for the text boxes laid over the board. */
export function useFollowRect(ref: RefObject<HTMLElement | null>, rect: Point | null | undefined): void {
  useFollowViewport(
    ref,
    (el, vp) => {
      if (!rect) return
      const at = boardToScreen(vp, rect)
      el.style.left = `${at.x}px`
      el.style.top = `${at.y}px`
    },
    [rect?.x, rect?.y],
  )
}
