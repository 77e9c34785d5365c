import { useRef } from 'react'
import { gridLayout } from '../../domain/layout'
import { headerRect, type HeaderTarget } from '../../domain/layoutGrid'
import { appStore, useAppStore } from '../../store'
import { useFollowViewport } from '../followViewport'
import { boardToScreen } from '../viewport'

/**
 * The ring around the header the keyboard is on. DOM over the canvas, like the rename field, so
 * the grid layer (cached and redrawn for pans) does not change for it; it follows pans by style
 * writes and re-renders only for a zoom or a change of the map.
 */
export function HeaderFocusRing({ target }: { target: HeaderTarget }) {
  const ref = useRef<HTMLDivElement>(null)
  const doc = useAppStore((s) => s.doc)
  const zoom = useAppStore((s) => s.viewport.zoom)
  const rect = doc ? headerRect(gridLayout(doc), target) : null
  useFollowViewport(
    ref,
    (el, vp) => {
      const now = appStore.getState().doc
      const r = now ? headerRect(gridLayout(now), target) : null
      if (!r) return
      const at = boardToScreen(vp, r)
      el.style.left = `${at.x}px`
      el.style.top = `${at.y}px`
    },
    [target, rect?.x, rect?.y],
  )
  if (!rect) return null
  return <div ref={ref} className="grid-focus-ring" aria-hidden style={{ width: rect.width * zoom, height: rect.height * zoom }} />
}
