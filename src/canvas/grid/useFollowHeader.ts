import type { RefObject } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { gridLayout, type Point, type Rect } from '../../domain/layout'
import { headerRect, type HeaderTarget } from '../../domain/layoutGrid'
import { appStore, useAppStore } from '../../store'
import { useFollowViewport } from '../followViewport'
import { headerOnScreen } from './pinnedView'

/**
 * Keeps a DOM element over a header where the board shows it: in its own place, or on its copy
 * pinned to the board's edge (pinnedView.headerOnScreen), as the view moves. `offset` is the
 * element's top left corner from the header's own, in board px; `sized` also gives it the size
 * the header shows at. Returns the header's own rect (null once it is gone).
 */
export function useFollowHeader(ref: RefObject<HTMLElement | null>, target: HeaderTarget, width: number, height: number, offset: Point = { x: 0, y: 0 }, sized = false): Rect | null {
  const rect = useAppStore(useShallow((s) => (s.doc ? headerRect(gridLayout(s.doc), target) : null)))
  useFollowViewport(
    ref,
    (el, vp) => {
      const doc = appStore.getState().doc
      const shown = doc ? headerOnScreen(gridLayout(doc), target, vp, width, height) : null
      if (!shown) return
      el.style.left = `${shown.x + offset.x * vp.zoom}px`
      el.style.top = `${shown.y + offset.y * vp.zoom}px`
      if (!sized) return
      el.style.width = `${shown.width}px`
      el.style.height = `${shown.height}px`
    },
    [target, width, height, offset.x, offset.y, sized, rect?.x, rect?.y, rect?.width, rect?.height],
  )
  return rect
}
