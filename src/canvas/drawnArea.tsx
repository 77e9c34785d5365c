import { createContext, useContext, useLayoutEffect, useState } from 'react'
import { createStore, type StoreApi } from 'zustand'
import { appStore } from '../store'
import type { PanOverlay } from './tiles/panOverlay'
import { CULL_MARGIN_PX, cullRect, DETAIL_ZOOM, type Viewport } from './viewport'

/** The view the layers' nodes are built for, and how far past the screen (CSS px) they reach. */
export interface DrawnState {
  readonly viewport: Viewport
  readonly margin: number
  /** During a pinch the cards are built as blocks, whatever the zoom: a text card per card would take frames to build. */
  readonly coarse?: boolean
}

/**
 * The view the layers are built and drawn at: the store's view, except while a pan slides their
 * tiles (panSnapshot.ts). A move of it may be rendered in a transition, a few milliseconds per
 * frame; `committed` is the state the layers' nodes stand for now, set when React commits it.
 */
export interface DrawnView {
  readonly store: StoreApi<DrawnState>
  committed: DrawnState
  /** Called right after a commit changed `committed`. */
  onCommit: (() => void) | null
  /** Records the state the layers' nodes were just committed with. */
  commit(state: DrawnState): void
  /** The layer over the board that a pan draws into its own picture (tiles/panOverlay.ts). */
  overlay: PanOverlay | null
  /** Sets the overlay; `null` takes it away only if it still draws `layer` (another may have replaced it). */
  setOverlay(overlay: PanOverlay | null, layer?: PanOverlay['layer']): void
  /** Draws the overlay after its nodes changed: its own layer, or during a pan, the pan's picture (set by panSnapshot.ts). */
  drawOverlay(): void
}

export function createDrawnView(viewport: Viewport): DrawnView {
  const first = { viewport, margin: CULL_MARGIN_PX }
  const view: DrawnView = {
    store: createStore<DrawnState>(() => first),
    committed: first,
    onCommit: null,
    commit(state) {
      view.committed = state
      view.onCommit?.()
    },
    overlay: null,
    setOverlay(overlay, layer) {
      if (overlay || view.overlay?.layer === layer) view.overlay = overlay
    },
    drawOverlay() {
      view.overlay?.layer.batchDraw()
    },
  }
  return view
}

export const DrawnViewContext = createContext<DrawnView | null>(null)

export type DrawnArea = ReturnType<typeof cullRect> & { readonly detail: boolean; readonly zoom: number }

function areaOf(s: { viewport: Viewport; margin?: number; coarse?: boolean }, width: number, height: number): DrawnArea {
  return { ...cullRect(s.viewport, width, height, s.margin ?? CULL_MARGIN_PX), ...scaleOf(s) }
}

const sameArea = (a: DrawnArea, b: DrawnArea) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.detail === b.detail && a.zoom === b.zoom

/**
 * Follows a store with React state rather than useSyncExternalStore: a store update made inside
 * startTransition then renders in a transition (useSyncExternalStore always renders at once). Each
 * update carries the value it was made with, so every component of one render sees the same one.
 */
function useFollow<S, T>(source: StoreApi<S>, pick: (s: S) => T, same: (a: T, b: T) => boolean, deps: readonly unknown[]): T {
  const [value, setValue] = useState(() => pick(source.getState()))
  useLayoutEffect(() => {
    const update = () => {
      const next = pick(source.getState())
      setValue((prev) => (same(prev, next) ? prev : next))
    }
    update()
    return source.subscribe(update)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, ...deps])
  return value
}

/**
 * The board area the layers build: the drawn view plus its margin. Without a provider (a layer
 * rendered on its own) it follows the store's view.
 */
export function useDrawnArea(width: number, height: number): DrawnArea {
  const drawn = useContext(DrawnViewContext)
  const source = (drawn?.store ?? appStore) as StoreApi<{ viewport: Viewport; margin?: number; coarse?: boolean }>
  return useFollow(source, (s) => areaOf(s, width, height), sameArea, [width, height])
}

/** How the layers are drawn, whatever part of the board they build: text or blocks, and the zoom. */
export interface DrawnScale {
  readonly detail: boolean
  readonly zoom: number
}

const scaleOf = (s: { viewport: Viewport; coarse?: boolean }): DrawnScale => ({ detail: !s.coarse && s.viewport.zoom >= DETAIL_ZOOM, zoom: s.viewport.zoom })
const sameScale = (a: DrawnScale, b: DrawnScale) => a.detail === b.detail && a.zoom === b.zoom

/** The detail and zoom the layers are built at, without following where a pan takes them. */
export function useDrawnScale(): DrawnScale {
  const drawn = useContext(DrawnViewContext)
  const source = (drawn?.store ?? appStore) as StoreApi<{ viewport: Viewport; coarse?: boolean }>
  return useFollow(source, scaleOf, sameScale, [])
}

/**
 * The zoom the layers are built at: what a mark kept the same size on screen (a badge, a handle, a
 * link's width) is sized for. It is the store's zoom except during a gesture, where the tiles drawn
 * at this zoom are scaled: following the live zoom there re-rendered those marks every frame of a
 * pinch, and each re-render made every tile stale (profile: a full redraw each frame).
 */
export function useDrawnZoom(): number {
  return useDrawnZoomStep(asIs)
}

const asIs = (zoom: number) => zoom

/**
 * Something that follows the zoom the layers are drawn at in steps (a header title's smallest
 * size, a whole px): the component re-renders when `pick` gives another value, not at every zoom
 * the layers are drawn at. `pick` must keep its identity (a module-level function).
 */
export function useDrawnZoomStep<T>(pick: (zoom: number) => T): T {
  const drawn = useContext(DrawnViewContext)
  const source = (drawn?.store ?? appStore) as StoreApi<{ viewport: Viewport }>
  return useFollow(source, (s) => pick(s.viewport.zoom), Object.is, [pick])
}

/**
 * Renders nothing; placed in the stage before the layers, it tells the drawn view which state the
 * layers' nodes were committed with (its layout effect runs after the commit's node changes).
 */
export function DrawnCommits({ drawn }: { drawn: DrawnView }) {
  const state = useFollow(drawn.store, (s) => s, Object.is, [])
  useLayoutEffect(() => drawn.commit(state), [drawn, state])
  return null
}
