import type Konva from 'konva'
import { SceneCanvas } from 'konva/lib/Canvas'
import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { createStore, useStore, type StoreApi } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { appStore } from '../store'
import { CULL_MARGIN_PX, cullRect, DETAIL_ZOOM, type Viewport } from './viewport'

/**
 * How far past each edge of the board (CSS px) the pan snapshot is drawn, so sliding it never
 * shows an empty strip; past this the snapshot is taken again. It equals the cull margin, so the
 * mounted nodes always fill it.
 */
const SNAPSHOT_MARGIN_PX = CULL_MARGIN_PX
/** A pan counts as over once the view has been still this long (a wheel has no "end" event). */
const SETTLE_MS = 100

/** The view the layers are built and drawn at: the store's view, except while a pan slides their snapshot. */
export type DrawnView = StoreApi<{ readonly viewport: Viewport }>
type ViewSource = Pick<DrawnView, 'getState' | 'getInitialState' | 'subscribe'>

export const DrawnViewContext = createContext<DrawnView | null>(null)

/**
 * The board area the layers build: the drawn view plus the cull margin. Without a provider (a
 * layer rendered on its own) it follows the store's view.
 */
export function useDrawnArea(width: number, height: number): ReturnType<typeof cullRect> & { detail: boolean } {
  const drawn = useContext(DrawnViewContext)
  const source: ViewSource = drawn ?? appStore
  return useStore(source, useShallow((s) => ({ ...cullRect(s.viewport, width, height), detail: s.viewport.zoom >= DETAIL_ZOOM })))
}

/**
 * Keeps the stage on the store's view, and makes panning cheap. Drawing the layers costs the
 * browser about as much to composite as to paint (four full-size canvases, software canvas), so a
 * pan (same zoom: wheel, space or middle drag, scrollbars, minimap, keys) draws everything once
 * into one snapshot canvas reaching SNAPSHOT_MARGIN_PX past the edges, hides the layer canvases
 * and only slides the snapshot with a CSS transform. When the view has been still for SETTLE_MS
 * the layers are drawn at the new view and replace it. The store's view stays the truth
 * throughout (hit testing and the DOM overlays read it); only the layers lag behind, unseen.
 * A zoom redraws at once, as before.
 */
export function usePanSnapshot(stageRef: RefObject<Konva.Stage | null>, width: number, height: number): DrawnView {
  const [drawn] = useState(() => createStore<{ viewport: Viewport }>(() => ({ viewport: appStore.getState().viewport })))

  useLayoutEffect(() => {
    const stage = stageRef.current
    if (!stage) return
    const margin = SNAPSHOT_MARGIN_PX
    let snap: HTMLCanvasElement | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let capturing = false
    let refresh = 0

    const place = (vp: Viewport) => {
      stage.scale({ x: vp.zoom, y: vp.zoom })
      stage.position({ x: -vp.x * vp.zoom, y: -vp.y * vp.zoom })
    }
    const setLayersHidden = (hidden: boolean) => {
      for (const layer of stage.getLayers()) layer.getNativeCanvasElement().style.visibility = hidden ? 'hidden' : ''
    }

    /** Draws every layer's nodes, at the stage's (drawn) view, into one canvas with a margin all round. */
    const capture = () => {
      const ratio = stage.getLayers()[0]?.getCanvas().getPixelRatio() ?? 1
      const canvas = new SceneCanvas({ width: width + 2 * margin, height: height + 2 * margin, pixelRatio: ratio })
      const context = canvas.getContext()
      context.translate(margin, margin)
      capturing = true
      try {
        for (const layer of stage.getLayers()) {
          if (!layer.isVisible()) continue
          for (const node of layer.getChildren()) node.drawScene(canvas)
        }
      } finally {
        capturing = false
      }
      const el = canvas._canvas
      Object.assign(el.style, { position: 'absolute', left: '0', top: '0', width: `${width + 2 * margin}px`, height: `${height + 2 * margin}px`, willChange: 'transform' })
      el.setAttribute('aria-hidden', 'true')
      if (snap) snap.replaceWith(el)
      else stage.content.appendChild(el)
      snap = el
      setLayersHidden(true)
    }

    const slide = (vp: Viewport) => {
      if (!snap) return
      const d = drawn.getState().viewport
      snap.style.transform = `translate(${(d.x - vp.x) * vp.zoom - margin}px, ${(d.y - vp.y) * vp.zoom - margin}px)`
    }

    // A layer redrawn mid-pan (a hover, an edit, an autosave's re-render) makes the snapshot stale.
    const onLayerDraw = () => {
      if (!snap || capturing || refresh) return
      refresh = requestAnimationFrame(() => {
        refresh = 0
        if (snap) capture()
      })
    }
    const listen = (on: boolean) => {
      for (const layer of stage.getLayers()) {
        if (on) layer.on('draw.panSnapshot', onLayerDraw)
        else layer.off('draw.panSnapshot')
      }
    }

    /** Back to live layers at the store's view; `sync` draws them before returning, so no frame shows the old picture. */
    const settle = (sync: boolean) => {
      clearTimeout(timer)
      timer = undefined
      if (refresh) cancelAnimationFrame(refresh)
      refresh = 0
      const vp = appStore.getState().viewport
      // Panned back to where the layers were drawn (to a hundredth of a pixel): they are right as they are.
      const moved = !sameView(drawn.getState().viewport, vp)
      place(vp)
      if (sync && moved) flushSync(() => drawn.setState({ viewport: vp }))
      else drawn.setState({ viewport: vp })
      if (!snap) return stage.batchDraw()
      listen(false)
      if (sync && moved) stage.draw()
      setLayersHidden(false)
      snap.remove()
      // Free the bitmap now rather than at the next collection.
      snap.width = snap.height = 0
      snap = null
      if (!sync) stage.batchDraw()
    }

    const onViewport = (vp: Viewport) => {
      const d = drawn.getState().viewport
      const dx = Math.abs(d.x - vp.x) * vp.zoom
      const dy = Math.abs(d.y - vp.y) * vp.zoom
      const beyond = dx > margin || dy > margin
      if (vp.zoom !== d.zoom || (!snap && beyond)) {
        // A zoom, or a jump too far for a snapshot (zoom to a stage, reveal a card): draw it now.
        if (snap) settle(false)
        else {
          place(vp)
          drawn.setState({ viewport: vp })
          stage.batchDraw()
        }
        return
      }
      if (!snap) {
        capture()
        listen(true)
      } else if (beyond) {
        // Panned past the snapshot's margin: the layers catch up with the view, and a new snapshot is taken there.
        place(vp)
        flushSync(() => drawn.setState({ viewport: vp }))
        capture()
      }
      slide(vp)
      clearTimeout(timer)
      timer = setTimeout(() => settle(true), SETTLE_MS)
    }

    const start = appStore.getState().viewport
    place(start)
    drawn.setState({ viewport: start })
    stage.batchDraw()
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) onViewport(s.viewport)
    })
    return () => {
      unsubscribe()
      if (snap) settle(false)
      clearTimeout(timer)
    }
  }, [stageRef, drawn, width, height])

  return drawn
}

function sameView(a: Viewport, b: Viewport): boolean {
  return a.zoom === b.zoom && Math.abs(a.x - b.x) * a.zoom < 0.01 && Math.abs(a.y - b.y) * a.zoom < 0.01
}
