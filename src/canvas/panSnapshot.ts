import type Konva from 'konva'
import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { KonvaRenderer } from 'react-konva'
import { createStore, useStore, type StoreApi } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { appStore } from '../store'
import { CULL_MARGIN_PX, cullRect, DETAIL_ZOOM, type Viewport } from './viewport'
import { PanTiles } from './tiles/panTiles'
import { contains, screenArea, tileRect, tilesTouching, type TileRef } from './tiles/tileGrid'

/** A pan counts as over once the view has been still this long (a wheel has no "end" event). */
const SETTLE_MS = 100
/** Time a frame may spend drawing tiles ahead of the view; tiles in view are always drawn at once. */
const AHEAD_BUDGET_MS = 5
/** How far a zoom scales the tiles before they are drawn again at the new zoom (and its inverse). */
const MIN_TILE_SCALE = 0.5

/** The view the layers are built and drawn at: the store's view, except while a pan slides their tiles. */
export type DrawnView = StoreApi<{ readonly viewport: Viewport }>
type ViewSource = Pick<DrawnView, 'getState' | 'getInitialState' | 'subscribe'>

export const DrawnViewContext = createContext<DrawnView | null>(null)

/**
 * The board area the layers build: the drawn view plus the cull margin. Without a provider (a
 * layer rendered on its own) it follows the store's view.
 */
export function useDrawnArea(width: number, height: number): ReturnType<typeof cullRect> & { detail: boolean; zoom: number } {
  const drawn = useContext(DrawnViewContext)
  const source: ViewSource = drawn ?? appStore
  return useStore(source, useShallow((s) => ({ ...cullRect(s.viewport, width, height), detail: s.viewport.zoom >= DETAIL_ZOOM, zoom: s.viewport.zoom })))
}

/**
 * Keeps the stage on the store's view, and makes panning cheap. A pan (same zoom: wheel, space or
 * middle drag, scrollbars, minimap, keys) hides the layer canvases and shows pan tiles instead
 * (tiles/panTiles.ts), slid by one CSS transform. Only tiles coming into view are drawn, from the
 * layers' nodes: those in view at once, those within CULL_MARGIN_PX of it a few per frame ahead of
 * the view. The layers' nodes are built for the drawn view's cull rect; when the tiles ahead reach
 * past it, the drawn view moves to the store's view (one React commit of the strip that comes
 * near) while the layers stay hidden. Every draw the layers ask for goes through here: during a
 * pan it marks the tiles stale instead of drawing hidden canvases. When the view has been still
 * for SETTLE_MS the layers are drawn at the new view and replace the tiles; tiles at the same zoom
 * are kept for the next pan until the layers change. The store's view stays the truth throughout
 * (hit testing and the DOM overlays read it). A zoom draws the layers at once.
 */
export function usePanSnapshot(stageRef: RefObject<Konva.Stage | null>, width: number, height: number): DrawnView {
  const [drawn] = useState(() => createStore<{ viewport: Viewport }>(() => ({ viewport: appStore.getState().viewport })))

  useLayoutEffect(() => {
    const stage = stageRef.current
    if (!stage) return
    const tiles = new PanTiles(stage)
    let panning = false
    /** Our own move of the drawn view: the layer draws its commit asks for are not changes. */
    let moving = false
    /** The layers changed since the tiles were drawn. */
    let stale = true
    /** A draw the layers asked for while hidden, so their canvases are behind. */
    let behind = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let ahead = 0
    /** When the view last changed: a zoom soon after another change is a gesture (a pinch), drawn as tiles. */
    let lastChange = -Infinity

    const place = (vp: Viewport) => {
      stage.scale({ x: vp.zoom, y: vp.zoom })
      stage.position({ x: -vp.x * vp.zoom, y: -vp.y * vp.zoom })
    }
    const setLayersHidden = (hidden: boolean) => {
      for (const layer of stage.getLayers()) layer.getNativeCanvasElement().style.visibility = hidden ? 'hidden' : ''
    }
    /** Moves the drawn view (the layers' cull rect and the stage) to `vp`, committing React's nodes now. */
    const moveDrawn = (vp: Viewport) => {
      moving = true
      try {
        place(vp)
        // The layers belong to react-konva's own renderer: react-dom's flushSync alone would leave
        // their commit to a later task, after the tiles were drawn from the old nodes.
        flushSync(() => KonvaRenderer.flushSyncFromReconciler(() => drawn.setState({ viewport: vp })))
      } finally {
        moving = false
      }
    }

    // Every draw a layer asks for (a React commit, an attribute set) comes through here.
    const layers = stage.getLayers()
    for (const layer of layers) {
      const own = layer.batchDraw
      layer.batchDraw = function batchDraw(this: Konva.Layer) {
        if (moving) return this
        stale = true
        if (!panning) return own.call(this)
        behind = true
        scheduleAhead()
        return this
      }
    }

    /**
     * Draws the tiles in view now and, within the frame's budget, those near it; asks for another
     * frame if some are left. Tiles are drawn at the drawn view's zoom; during a zoom they are
     * scaled, until the view needs nodes that are not built or the picture would be too blurred
     * (more than twice or half its size): then the drawn view catches up and the tiles start over.
     */
    const drawTiles = (vp: Viewport, budgetMs: number) => {
      if (stale) {
        tiles.markStale()
        stale = false
      }
      let zoom = tiles.zoomLevel()
      let built = cullRect(drawn.getState().viewport, width, height)
      const inside = (t: TileRef) => contains(built, tileRect(t, zoom))
      const scale = vp.zoom / zoom
      let shown = tilesTouching(screenArea(vp, width, height), zoom)
      let wanted = tilesTouching(screenArea(vp, width, height, CULL_MARGIN_PX), zoom)
      if (scale < MIN_TILE_SCALE || scale > 1 / MIN_TILE_SCALE || !shown.every(inside) || (scale === 1 && !wanted.every(inside))) {
        moveDrawn(vp)
        tiles.show(vp)
        zoom = vp.zoom
        built = cullRect(vp, width, height)
        shown = tilesTouching(screenArea(vp, width, height), zoom)
        wanted = tilesTouching(screenArea(vp, width, height, CULL_MARGIN_PX), zoom)
      }
      tiles.drawAll(shown.filter((t) => !tiles.isFresh(t) && inside(t)))
      const start = performance.now()
      for (const t of wanted) {
        if (tiles.isFresh(t) || !inside(t)) continue
        if (performance.now() - start >= budgetMs) return scheduleAhead()
        tiles.draw(t)
      }
      tiles.keepOnly(new Set(wanted.map((t) => t.key)))
    }
    function scheduleAhead() {
      if (ahead) return
      ahead = requestAnimationFrame(() => {
        ahead = 0
        if (panning) drawTiles(appStore.getState().viewport, AHEAD_BUDGET_MS)
      })
    }

    /** Back to live layers at the store's view; `sync` draws them before returning, so no frame shows the old picture. */
    const settle = (sync: boolean) => {
      clearTimeout(timer)
      timer = undefined
      if (ahead) cancelAnimationFrame(ahead)
      ahead = 0
      const vp = appStore.getState().viewport
      // Panned back to where the layers were drawn (to a hundredth of a pixel): they are right as they are.
      const moved = !sameView(drawn.getState().viewport, vp)
      if (sync && moved) moveDrawn(vp)
      else {
        place(vp)
        drawn.setState({ viewport: vp })
      }
      if (!panning) return stage.batchDraw()
      panning = false
      if (sync && (moved || behind)) stage.draw()
      behind = false
      setLayersHidden(false)
      tiles.hide()
      if (!sync) stage.batchDraw()
    }

    const onViewport = (vp: Viewport) => {
      const now = performance.now()
      const gesture = panning || now - lastChange < SETTLE_MS
      lastChange = now
      if (!gesture && vp.zoom !== drawn.getState().viewport.zoom) {
        // One zoom on its own (a button, a key, zoom to fit): the layers are drawn at the new scale at once.
        moveDrawn(vp)
        stage.batchDraw()
        return
      }
      if (!panning) {
        panning = true
        // The tiles start at the zoom the layers' nodes are built for; a zoom scales them from there.
        tiles.show(drawn.getState().viewport)
        setLayersHidden(true)
      }
      drawTiles(vp, 0)
      tiles.slide(vp)
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
      if (panning) settle(false)
      clearTimeout(timer)
      for (const layer of layers) delete (layer as { batchDraw?: unknown }).batchDraw
      tiles.dispose()
    }
  }, [stageRef, drawn, width, height])

  return drawn
}

function sameView(a: Viewport, b: Viewport): boolean {
  return a.zoom === b.zoom && Math.abs(a.x - b.x) * a.zoom < 0.01 && Math.abs(a.y - b.y) * a.zoom < 0.01
}
