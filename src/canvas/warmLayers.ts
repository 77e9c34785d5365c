import Konva from 'konva'
import { SceneCanvas } from 'konva/lib/Canvas'
import type { Layer as LayerComponent } from 'react-konva'
import { rememberedBoardSize } from './boardSizeMemory'
import { konvaElement } from './konvaElement'

/**
 * The board's layers' canvases, allocated while a map is read from the database: without a GPU a
 * board-sized canvas takes this Chromium 15-24 ms to allocate at its first use (a bare page, and
 * Stage.add in a profile of opening a 2,000-card map: 107 ms for the board's five), time the page
 * otherwise spends idle waiting for IndexedDB. A canvas keeps its bitmap when it is given the size
 * it has, so a layer whose stage is the size warmed for pays nothing; another size costs what it
 * did before. Only layers made as BoardLayer take them, and only while the board is built: one
 * made later (an export's) finds none left.
 */
let pool: { readonly width: number; readonly height: number; readonly canvases: SceneCanvas[] } | null = null
let timer: ReturnType<typeof setTimeout> | null = null

/** How many canvases the board's stages hold: grid, cards, emotion lanes, overlay; the pinned headers. */
const BOARD_LAYERS = 5

/**
 * Allocates the board's canvases while its map is read, one a task so what the page awaits is not
 * held up: for the board size remembered for this window, else for `area`, the board's area now.
 */
export function warmLayerCanvases(area: { width: number; height: number }): void {
  const { width, height } = rememberedBoardSize() ?? area
  if (width <= 0 || height <= 0) return
  if (!pool || pool.width !== width || pool.height !== height) {
    pool = { width, height, canvases: [] }
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const warming = pool
  const next = () => {
    timer = null
    if (pool !== warming || warming.canvases.length >= BOARD_LAYERS) return
    warming.canvases.push(new SceneCanvas({ width, height }))
    timer = setTimeout(next, 0)
  }
  if (timer === null) timer = setTimeout(next, 0)
}

/**
 * The board is being built (its stages' layers are made in one task): no more are warmed, and
 * those its layers did not take are let go after it, rather than held for a board of that size.
 */
function settle(): void {
  if (timer !== null) clearTimeout(timer)
  timer = null
  const built = pool
  queueMicrotask(() => {
    if (pool === built) pool = null
  })
}

/** A Konva layer that draws into a warmed canvas when one is ready. */
class WarmLayer extends Konva.Layer {
  constructor(config?: Konva.LayerConfig) {
    super(config)
    if (pool) settle()
    const warm = pool?.canvases.pop()
    if (!warm) return
    // The canvas the layer made for itself is still 0 x 0: nothing to release.
    this.canvas = warm
    const internals = this as unknown as { _checkVisibility(): void; _setSmoothEnabled(): void }
    internals._checkVisibility()
    internals._setSmoothEnabled()
  }

  /**
   * Stage.add draws a layer at once, before putting its canvas on the page, when the commit that
   * adds it has already asked for it to be drawn in the next frame: the board's first picture was
   * drawn twice (profile of opening a 2,000-card map: 42 ms in Stage.add, 52 ms in the frame). A
   * layer whose canvas is not on the page yet and that is drawn before the next paint anyway waits.
   */
  override draw(): this {
    const waiting = (this as unknown as { _waitingForDraw?: boolean })._waitingForDraw
    if (waiting && !this.canvas._canvas.isConnected) return this
    return super.draw()
  }
}

/** The board's layer element: a Layer, on a warmed canvas when there is one. */
export const BoardLayer = konvaElement<typeof LayerComponent>('BoardLayer', WarmLayer)
