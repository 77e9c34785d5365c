import type Konva from 'konva'
import { startTransition, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { KonvaRenderer } from 'react-konva'
import { appStore } from '../store'
import { createDrawnView, type DrawnView } from './drawnArea'
import { CULL_MARGIN_PX, cullRect, stagePlacement, type Viewport } from './viewport'
import { PanTiles } from './tiles/panTiles'
import { contains, screenArea, TILE_PX, tileRect, tilesTouching, type TileRef } from './tiles/tileGrid'
import { AHEAD_BUDGET_MS, MIN_TILE_SCALE, NO_FRAME_MS, PAN_MARGIN_PX, REBUILD_AT_PX, SETTLE_MS, STARVED_MS, STILL_MS } from './panTiming'

/** Focus is in a text field: the person is typing. */
function isTyping(): boolean {
  const el = document.activeElement
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || (el instanceof HTMLElement && el.isContentEditable)
}

/** Whether a store change touched anything but the view (which the tiles follow by sliding). */
function besidesView(s: object, prev: object): boolean {
  for (const key in s) if (key !== 'viewport' && key !== 'viewJumps' && s[key as keyof typeof s] !== prev[key as keyof typeof prev]) return true
  return false
}

/**
 * Keeps the stage on the store's view, and makes panning and pinching cheap. A gesture (a pan at
 * one zoom: wheel, space or middle drag, scrollbars, minimap, keys; or zoom events in quick
 * succession: a pinch) hides the layer canvases and shows pan tiles instead (tiles/panTiles.ts),
 * copied, and scaled during a zoom, into one board canvas. Only tiles coming into view are drawn, from the layers'
 * nodes: those in view at once, those within CULL_MARGIN_PX of it a few per frame ahead of the
 * view. The nodes are built for the drawn view (drawnArea.ts); it follows the store's view in a
 * transition, and at once only when a tile in view would need nodes that are not built. Every
 * draw the layers ask for goes through here: during a gesture it marks the tiles stale instead of
 * drawing hidden canvases. When the view has been still for SETTLE_MS (and a frame) the layers are
 * drawn at the new view and replace the tiles; the tiles are kept for the next gesture, and drawn
 * again only if something besides the view changed meanwhile.
 * The store's view stays the truth throughout (hit testing and the DOM overlays read it).
 */
export function usePanSnapshot(stageRef: RefObject<Konva.Stage | null>, width: number, height: number): DrawnView {
  const [drawn] = useState(() => createDrawnView(appStore.getState().viewport))

  useLayoutEffect(() => {
    const stage = stageRef.current
    if (!stage) return
    const tiles = new PanTiles(stage, width, height, () => drawn.overlay)
    let panning = false
    /** Our own synchronous move of the drawn view: the layer draws its commit asks for are not changes. */
    let moving = false
    /** A move of the drawn view is being built in a transition; the layer draws of its commit are not changes either. */
    let pending = false
    /** When that transition was asked for. */
    let pendingSince = 0
    /** The layers changed since the tiles were drawn. */
    let stale = true
    let timer: ReturnType<typeof setTimeout> | undefined
    /** The frame that settles a gesture once its view has stayed still (settleIfStill), and its fallback. */
    let still = 0
    let stillTimer: ReturnType<typeof setTimeout> | undefined
    let ahead = 0
    /** When the view last changed: a zoom soon after another change is a gesture (a pinch), drawn as tiles. */
    let lastChange = -Infinity
    /**
     * Something besides the view changed in the store during the gesture. A layer draw asked for
     * while a transition was being built is taken for the transition's commit, so this is what
     * tells the tiles apart from a change that came with it.
     */
    let changedWhilePanning = false
    /** When a layer last asked to be drawn outside a gesture (an edit, a selection, a new map). */
    let layersChangedAt = performance.now()

    /** Puts the stage at `vp`; the redraw that asks for is ours to make, not a change of the layers. */
    const place = (vp: Viewport) => {
      const was = moving
      moving = true
      try {
        const { scale, x, y } = stagePlacement(vp)
        stage.setAttrs({ scaleX: scale, scaleY: scale, x, y })
      } finally {
        moving = was
      }
    }
    const setLayersHidden = (hidden: boolean) => {
      for (const layer of stage.getLayers()) layer.getNativeCanvasElement().style.visibility = hidden ? 'hidden' : ''
    }
    /** Moves the drawn view (the nodes and the stage) to `vp` now, committing React's nodes before it returns. */
    const moveDrawn = (vp: Viewport, margin = CULL_MARGIN_PX, coarse = false) => {
      moving = true
      try {
        place(vp)
        // The layers belong to react-konva's own renderer: react-dom's flushSync alone would leave
        // their commit to a later task, after the tiles were drawn from the old nodes.
        flushSync(() => KonvaRenderer.flushSyncFromReconciler(() => drawn.store.setState({ viewport: vp, margin, coarse })))
      } finally {
        moving = false
        pending = false
      }
    }
    /** Asks for the nodes of `vp` in a transition; the stage stays put, so tiles keep drawing from the nodes there are. */
    const buildAhead = (vp: Viewport, margin: number, coarse: boolean) => {
      if (pending) return
      pending = true
      pendingSince = performance.now()
      startTransition(() => drawn.store.setState({ viewport: vp, margin, coarse }))
    }
    // During a gesture the overlay is drawn into the tiles' board canvas, composed again for a change of it.
    const drawOverlay = drawn.drawOverlay
    drawn.drawOverlay = () => {
      if (!panning) drawn.overlay?.layer.batchDraw()
      else if (tiles.overlayChanged()) scheduleAhead()
    }
    drawn.onCommit = () => {
      if (drawn.committed !== drawn.store.getState()) return
      pending = false
      if (panning) scheduleAhead()
    }

    // Every draw a layer asks for (a React commit, an attribute set) comes through here.
    const layers = stage.getLayers()
    for (const layer of layers) {
      const own = layer.batchDraw
      layer.batchDraw = function batchDraw(this: Konva.Layer) {
        if (moving) return this
        if (!pending) stale = true
        if (!panning) {
          layersChangedAt = performance.now()
          scheduleWarm(STILL_MS)
          return own.call(this)
        }
        if (!pending) scheduleAhead()
        return this
      }
    }

    /** The layers changed since the tiles were drawn: every tile must be drawn again before it is trusted. */
    const freshen = () => {
      if (!stale) return
      tiles.markStale()
      stale = false
    }
    /**
     * Draws the tiles in view now and, within the frame's budget, those near it; asks for another
     * frame if some are left. Tiles are drawn at the zoom the nodes are built for; during a zoom
     * they are scaled, and the nodes for the new zoom are built in a transition once the picture
     * would be too blurred (more than twice or half its size) or shows an edge with nothing built.
     */
    const drawTiles = (vp: Viewport, budgetMs: number) => {
      freshen()
      let built = drawn.committed
      // The nodes were built at another zoom (a transition committed): the tiles start over there.
      if (built.viewport.zoom !== tiles.zoomLevel()) {
        // The nodes draw with the stage's scale, which a transition leaves where it was.
        place(built.viewport)
        tiles.show(built.viewport)
      }
      let area = cullRect(built.viewport, width, height, built.margin)
      const zoom = built.viewport.zoom
      const inside = (t: TileRef) => contains(area, tileRect(t, zoom))
      const near = (px: number) => tilesTouching(screenArea(vp, width, height, px), zoom)
      const shown = near(0)
      const scale = vp.zoom / zoom
      // During a zoom only the tiles in view are kept: those ahead would be dropped at the next build.
      const wanted = scale === 1 ? near(CULL_MARGIN_PX) : shown
      if (scale === 1) {
        if (!shown.every(inside)) {
          // Faster than the transitions could follow: the nodes in view are built now.
          moveDrawn(vp, PAN_MARGIN_PX, built.coarse)
          built = drawn.committed
          area = cullRect(built.viewport, width, height, built.margin)
        } else if (!near(REBUILD_AT_PX).every(inside)) buildAhead(vp, PAN_MARGIN_PX, built.coarse === true)
      } else if (scale < MIN_TILE_SCALE || scale > 1 / MIN_TILE_SCALE || !shown.every(inside)) {
        // A pinch: blocks, which cost little to build, reaching far enough for the zoom to drop to a
        // fifth before the next build, so the edges a pinch out uncovers are built already.
        const margin = CULL_MARGIN_PX + 2 * Math.max(width, height)
        // A build that has not committed for STARVED_MS while the view shows board without nodes is
        // made now: one long frame rather than a blank board. At 10,000 cards the transition could
        // wait many frames, and the bench's pixel check saw a pinch out halfway blank but for the
        // first view's picture.
        if (pending && performance.now() - pendingSince > STARVED_MS && !shown.every(inside)) {
          moveDrawn(vp, margin, true)
          return drawTiles(vp, budgetMs)
        }
        buildAhead(vp, margin, true)
      }
      tiles.drafting(scale < 1)
      // Every built tile in view is drawn before the frame, but where the last zoom's picture stands
      // in: a pinch that leaves edges blank for a frame is seen. Those it covers are drawn within
      // the frames' budget, with the tiles ahead.
      tiles.drawAll(shown.filter((t) => !tiles.isFresh(t) && inside(t) && !tiles.standsIn(t, vp)))
      const start = performance.now()
      let done = true
      for (const t of wanted) {
        if (tiles.isFresh(t) || !inside(t)) continue
        if (performance.now() - start >= budgetMs) {
          done = false
          break
        }
        tiles.draw(t)
      }
      if (shown.every((t) => tiles.isFresh(t) || !inside(t))) tiles.dropStandIn()
      tiles.slide(vp)
      if (done) tiles.keepOnly(new Set(wanted.map((t) => t.key)))
      else scheduleAhead()
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
      cancelStill()
      const vp = appStore.getState().viewport
      if (sync) moveDrawn(vp)
      else {
        place(vp)
        drawn.store.setState({ viewport: vp, margin: CULL_MARGIN_PX })
      }
      if (!panning) return stage.batchDraw()
      panning = false
      // The tiles are kept for the next gesture, which then draws only the tiles it uncovers (a
      // profile: redrawing the dozen tiles in view made each later gesture's first frame 50-70 ms,
      // the bitmaps' upload alone ~2.5 ms a tile). Not when the nodes stood for a pinch's blocks or
      // something besides the view changed during the gesture (see the subscription below).
      if (drawn.committed.coarse || changedWhilePanning) stale = true
      changedWhilePanning = false
      // The hidden canvases still show the view the gesture began at.
      if (sync) stage.draw()
      setLayersHidden(false)
      tiles.hide()
      if (!sync) stage.batchDraw()
      // The drawn view moved: its tiles may not be drawn yet.
      scheduleWarm(STILL_MS)
    }

    const onViewport = (vp: Viewport, jump: boolean) => {
      const now = performance.now()
      const gesture = !jump && (panning || now - lastChange < SETTLE_MS)
      lastChange = jump ? -Infinity : now
      if (jump) {
        // Another map's view (a map that opens on a board mounted while it loaded): no tile
        // would be reused, so the layers are drawn there at once.
        if (panning) settle(false)
        moveDrawn(vp)
        stage.batchDraw()
        return
      }
      if (!gesture && vp.zoom !== drawn.committed.viewport.zoom) {
        // One zoom on its own (a button, a key, zoom to fit): the layers are drawn at the new scale at once.
        moveDrawn(vp)
        stage.batchDraw()
        return
      }
      if (!panning) {
        panning = true
        // The tiles start at the zoom the layers' nodes are built for; a zoom scales them from there.
        tiles.show(drawn.committed.viewport)
        freshen()
        const built = drawn.committed
        if (built === drawn.store.getState()) tiles.standInLayers(built.viewport, cullRect(built.viewport, width, height, built.margin))
        setLayersHidden(true)
      }
      drawTiles(vp, 0)
      clearTimeout(timer)
      timer = setTimeout(settleIfStill, SETTLE_MS)
    }
    /**
     * A view still for SETTLE_MS may only be a slow frame in the middle of a gesture (a pinch's
     * frames took up to 120 ms in a profile, and settling between them redrew the layers and then
     * every tile). The gesture is over once a frame has passed with no change: input comes before
     * the frame's callbacks.
     */
    function settleIfStill() {
      const at = lastChange
      const settleNow = () => {
        cancelStill()
        if (panning && lastChange === at) settle(true)
      }
      still = requestAnimationFrame(settleNow)
      // A page in the background gets no frames (a participant's board held to the facilitator's
      // view while another tab is in front): it settles anyway.
      stillTimer = setTimeout(settleNow, NO_FRAME_MS)
    }
    function cancelStill() {
      if (still) cancelAnimationFrame(still)
      clearTimeout(stillTimer)
      still = 0
      stillTimer = undefined
    }

    // The tiles' canvases are allocated while the page is idle, one per idle moment, so that no
    // gesture's frame pays for a new bitmap: as many as a pan keeps (the view and its margin) or a
    // pinch out (the view at half the tiles' size, before they are built again; a profile at
    // 10,000 cards: tiles allocated mid-pinch cost ~230 ms in all).
    const tilesFor = (w: number, h: number) => (Math.ceil(w / TILE_PX) + 1) * (Math.ceil(h / TILE_PX) + 1)
    const needed = Math.max(tilesFor(width + 2 * CULL_MARGIN_PX, height + 2 * CULL_MARGIN_PX), tilesFor(width / MIN_TILE_SCALE, height / MIN_TILE_SCALE))
    let warming = 0
    let warmTimer: ReturnType<typeof setTimeout> | undefined
    let allocated = false
    /** A pointer is down on the board (a drag, a selection box, a space-drag about to start). */
    let pressed = false
    /**
     * Then, once the board has been still for STILL_MS, the tiles of the view are drawn too, one per
     * idle moment, so that a gesture starts with its tiles drawn: the first pan after opening a map
     * or an edit used to draw a dozen tiles in its first frames (40-60 ms each, profile).
     */
    const warm = (deadline: IdleDeadline) => {
      warming = 0
      // Not while a map loads: its rows arrive in what looks like idle time.
      if (panning || appStore.getState().openingMapId !== null || !appStore.getState().doc) return
      while (!allocated && deadline.timeRemaining() > 8) allocated = !tiles.warmOne(needed)
      if (!allocated) return scheduleWarm(0)
      const wait = STILL_MS - (performance.now() - layersChangedAt)
      if (wait > 0) return scheduleWarm(wait)
      // Not while the person drags or types: a tile (up to ~15 ms at 10,000 cards) would cost their next frame.
      if (pressed || isTyping()) return scheduleWarm(STILL_MS)
      // The nodes must stand for the view the stage is placed at (a settle's move may not be committed yet).
      if (drawn.committed !== drawn.store.getState() || stage.scaleX() !== drawn.committed.viewport.zoom) return scheduleWarm(STILL_MS)
      if (!drawAhead(deadline)) scheduleWarm(0)
    }
    /** Draws the tiles of the view the layers stand at while the deadline allows; returns whether all are. */
    const drawAhead = (deadline: IdleDeadline): boolean => {
      freshen()
      const built = drawn.committed
      tiles.atZoom(built.viewport)
      const area = cullRect(built.viewport, width, height, built.margin)
      for (const t of tilesTouching(screenArea(built.viewport, width, height), built.viewport.zoom)) {
        if (tiles.isFresh(t) || !contains(area, tileRect(t, built.viewport.zoom))) continue
        if (deadline.timeRemaining() < 8) return false
        tiles.draw(t)
      }
      return true
    }
    function scheduleWarm(delayMs: number) {
      if (warming || warmTimer !== undefined || typeof requestIdleCallback !== 'function') return
      if (delayMs > 0) {
        warmTimer = setTimeout(() => {
          warmTimer = undefined
          scheduleWarm(0)
        }, delayMs)
      } else warming = requestIdleCallback(warm)
    }
    scheduleWarm(0)

    // A wheel or trackpad zoom is a gesture from its first event. Taken for a zoom on its own, it
    // drew the layers at the new zoom at once and then, as the next event followed, every tile: a
    // pinch's first two frames (a profile: 60-120 ms).
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) lastChange = performance.now()
    }
    stage.container().addEventListener('wheel', onWheel, { passive: true })
    const onPress = () => (pressed = true)
    const onRelease = () => (pressed = false)
    stage.container().addEventListener('pointerdown', onPress, { capture: true })
    window.addEventListener('pointerup', onRelease, { capture: true })
    window.addEventListener('pointercancel', onRelease, { capture: true })

    const start = appStore.getState().viewport
    place(start)
    drawn.store.setState({ viewport: start, margin: CULL_MARGIN_PX })
    stage.batchDraw()
    // The map whose view the stage shows: a view set for another one is a jump, not a pan, as is
    // one its setter calls a jump (a map's first fit, an agenda step's view).
    let viewOf = appStore.getState().doc?.map.id ?? null
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (panning && !changedWhilePanning) changedWhilePanning = besidesView(s, prev)
      if (s.viewport === prev.viewport) return
      const mapId = s.doc?.map.id ?? null
      onViewport(s.viewport, mapId !== viewOf || s.viewJumps !== prev.viewJumps)
      viewOf = mapId
    })
    return () => {
      unsubscribe()
      stage.container().removeEventListener('wheel', onWheel)
      stage.container().removeEventListener('pointerdown', onPress, { capture: true })
      window.removeEventListener('pointerup', onRelease, { capture: true })
      window.removeEventListener('pointercancel', onRelease, { capture: true })
      if (warming) cancelIdleCallback(warming)
      clearTimeout(warmTimer)
      if (panning) settle(false)
      clearTimeout(timer)
      cancelStill()
      drawn.onCommit = null
      drawn.drawOverlay = drawOverlay
      for (const layer of layers) delete (layer as { batchDraw?: unknown }).batchDraw
      tiles.dispose()
    }
  }, [stageRef, drawn, width, height])

  return drawn
}
