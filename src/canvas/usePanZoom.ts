import { useCallback, useEffect, type RefObject } from 'react'
import { cardLayout } from '../domain/layout'
import { appStore } from '../store'
import { fitViewport, panBy, wheelPixels, wheelZoomFactor, zoomAround } from './viewport'

export interface PanZoom {
  /** Multiplies the zoom, keeping the centre of the screen still. */
  zoomBy: (factor: number) => void
  zoomReset: () => void
  zoomToFit: () => void
}

/**
 * Wheel and trackpad: scrolling pans, Ctrl/Cmd+wheel and pinch zoom around the pointer. The
 * listener is attached by hand because React's wheel listeners are passive and cannot stop the
 * page (or Electron's own zoom) from acting on the same event.
 */
export function usePanZoom(target: RefObject<HTMLElement | null>, width: number, height: number): PanZoom {
  useEffect(() => {
    const el = target.current
    if (!el) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const { viewport, setViewport } = appStore.getState()
      if (e.ctrlKey || e.metaKey) {
        const box = el.getBoundingClientRect()
        const pointer = { x: e.clientX - box.left, y: e.clientY - box.top }
        setViewport(zoomAround(viewport, pointer, viewport.zoom * wheelZoomFactor(e.deltaY)))
      } else {
        const d = wheelPixels(e, el.clientHeight)
        setViewport(panBy(viewport, d.x, d.y))
      }
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [target])

  const zoomBy = useCallback(
    (factor: number) => {
      const { viewport, setViewport } = appStore.getState()
      setViewport(zoomAround(viewport, { x: width / 2, y: height / 2 }, viewport.zoom * factor))
    },
    [width, height],
  )
  const zoomReset = useCallback(() => {
    const { viewport, setViewport } = appStore.getState()
    setViewport(zoomAround(viewport, { x: width / 2, y: height / 2 }, 1))
  }, [width, height])
  const zoomToFit = useCallback(() => {
    const { doc, setViewport } = appStore.getState()
    if (doc) setViewport(fitViewport(cardLayout(doc).bounds, width, height))
  }, [width, height])
  return { zoomBy, zoomReset, zoomToFit }
}
