import { useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { cardLayout } from '../../domain/layout'
import { appStore } from '../../store'
import { captureDrag } from '../pointerTracking'
import { visibleRect, type Viewport } from '../viewport'
import { scrollExtent, scrollThumb, thumbDragToBoard, trackClickToStart } from './navMath'
import { SCROLLBAR_CHROME } from './freeArea'

/** Screen pixels of room the scrollbars leave past the content, so its edge is never glued to the screen's. */
const MARGIN_PX = 48
const BAR = 12

type Axis = 'x' | 'y'

/** Thin overlay scrollbars for the board, one per axis. */
export function Scrollbars({ width, height }: { width: number; height: number }) {
  return (
    <>
      <Scrollbar axis="x" width={width} height={height} />
      <Scrollbar axis="y" width={width} height={height} />
    </>
  )
}

/**
 * One scrollbar. It follows the view by writing styles from a store subscription: a pan redraws
 * the canvas and moves the thumb, and React stays idle.
 */
function Scrollbar({ axis, width, height }: { axis: Axis; width: number; height: number }) {
  const { t } = useStableTranslation()
  const track = useRef<HTMLDivElement>(null)
  const thumb = useRef<HTMLDivElement>(null)
  const length = Math.max(0, (axis === 'x' ? width : height) - BAR - 4)

  useLayoutEffect(() => {
    const update = () => {
      const trackEl = track.current
      const thumbEl = thumb.current
      if (!trackEl || !thumbEl) return
      const geometry = measure(appStore.getState().viewport, axis, width, height, length)
      const shown = !!geometry?.thumb.needed
      trackEl.style.display = shown ? '' : 'none'
      if (!shown || !geometry) return
      thumbEl.style.transform = axis === 'x' ? `translateX(${geometry.thumb.offset}px)` : `translateY(${geometry.thumb.offset}px)`
      thumbEl.style.setProperty(axis === 'x' ? 'width' : 'height', `${geometry.thumb.size}px`)
    }
    update()
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport || s.doc !== prev.doc) update()
    })
  }, [axis, width, height, length])

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    e.stopPropagation()
    const viewport = appStore.getState().viewport
    // Measured once for the whole drag: the extent grows with the view, and a moving scale would make the thumb slip.
    const geometry = measure(viewport, axis, width, height, length)
    const trackEl = track.current
    if (e.button !== 0 || !geometry || !trackEl) return
    e.preventDefault()
    const { extent, thumb: size } = geometry
    const box = trackEl.getBoundingClientRect()
    const along = (ev: { clientX: number; clientY: number }) => (axis === 'x' ? ev.clientX - box.left : ev.clientY - box.top)
    const viewSize = (axis === 'x' ? width : height) / viewport.zoom
    const extentStart = axis === 'x' ? extent.x : extent.y
    const extentSize = axis === 'x' ? extent.width : extent.height
    let from = axis === 'x' ? viewport.x : viewport.y
    if (e.target !== thumb.current) {
      from = trackClickToStart(along(e), extentStart, extentSize, viewSize, length, size.size)
      appStore.getState().setViewport({ ...viewport, [axis]: from })
    }
    const startAt = along(e)
    const el = e.currentTarget
    captureDrag(el, e.pointerId, (ev) => {
      const delta = thumbDragToBoard(along(ev) - startAt, extentSize, viewSize, length, size.size)
      appStore.getState().setViewport({ ...appStore.getState().viewport, [axis]: from + delta })
    })
  }

  return (
    <div
      ref={track}
      className={`board-scrollbar board-scrollbar--${axis}`}
      data-board-chrome={SCROLLBAR_CHROME}
      style={axis === 'x' ? { width: length } : { height: length }}
      aria-hidden
      title={t('board.navigation.scrollbar')}
      onPointerDown={onPointerDown}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <div ref={thumb} className="board-scrollbar__thumb" />
    </div>
  )
}

function measure(viewport: Viewport, axis: Axis, width: number, height: number, track: number) {
  const doc = appStore.getState().doc
  if (!doc) return null
  const visible = visibleRect(viewport, width, height)
  const extent = scrollExtent(cardLayout(doc).bounds, visible, MARGIN_PX / viewport.zoom)
  const thumb =
    axis === 'x' ? scrollThumb(extent.x, extent.width, visible.x, visible.width, track) : scrollThumb(extent.y, extent.height, visible.y, visible.height, track)
  return { extent, thumb }
}
