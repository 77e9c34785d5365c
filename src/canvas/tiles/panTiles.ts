import type Konva from 'konva'
import { SceneCanvas } from 'konva/lib/Canvas'
import type { Rect } from '../../domain/layout'
import { stagePlacement, type Viewport } from '../viewport'
import { drawOverlayInto, showOwnCanvas, type PanOverlay } from './panOverlay'
import { NodePainter } from './nodePainter'
import { rasterise } from './rasterise'
import { enclosing, StandIn } from './standIn'
import { contains, screenArea, splitBlock, TILE_PX, tileAt, tileBlocks, tileRect, tilesTouching, type TileBlock, type TileRef } from './tileGrid'

interface Tile {
  readonly canvas: SceneCanvas
  i: number
  j: number
  /** Drawn since the layers last changed; a stale tile keeps its picture until it is drawn again. */
  fresh: boolean
  /** The part of the canvas's side its picture fills: 1, or DRAFT for a tile drawn during a zoom out. */
  fill: number
}

/**
 * A tile drawn during a zoom out is drawn at this fraction of the resolution, into the corner of
 * its canvas: the software canvas's cost of drawing is mostly in filling pixels, and a pinch out
 * uncovers a ring of tiles, or every tile in view at each new zoom, in one frame (profile of the
 * pinch bench at 2,000 cards: 4 to 12 tiles, 8-30 ms, most of it rasterising). Such a tile is
 * only seen moving and shrinking, each of its pixels at most two on screen; it is dropped once the
 * gesture ends. Not zooming in: a tile grows there, and the bench's pixel check saw the blur.
 */
const DRAFT = 0.5

/**
 * The board's pan tiles: squares of TILE_PX CSS pixels drawn once from the layers' nodes, kept off
 * the page, and copied (scaled during a zoom) into one canvas the size of the board at each step
 * of a pan. Only tiles coming into view are drawn from the nodes, one at a time. Canvases are
 * pooled: allocating a fresh bitmap cost more than drawing into it (profile, 2,000 cards).
 *
 * One canvas on the page, not a canvas per tile: a trace of the pan bench showed Chromium handing
 * every tile canvas that is drawn, and every one under a changing scale, to the compositor anew
 * (~2.5 ms each, software): a pinch with 12 to 57 tiles in view spent 30-150 ms a frame on it.
 */
export class PanTiles {
  private readonly container: HTMLDivElement
  /** What the board shows during a gesture: the tiles in view, copied at the view, and the overlay. */
  private readonly viewScene = new SceneCanvas({ width: 0, height: 0, pixelRatio: 1 })
  private readonly view = this.viewScene._canvas
  /** The board canvas shows the overlay over the tiles (a zoom's stand-in must be copied without it). */
  private overlaid = false
  /** The overlay is being placed for the board canvas: the draw that asks for is this one. */
  private composing = false
  private readonly tiles = new Map<string, Tile>()
  private readonly pool: SceneCanvas[] = []
  private readonly painter: NodePainter
  private scratch: SceneCanvas | null = null
  private zoom = 0
  private ratio = 0
  /** The view the board canvas was last copied at; null once a tile changed since. */
  private shownAt: Viewport | null = null
  /** The view the board canvas's picture is at, whatever changed since. */
  private pictureAt: Viewport | null = null
  /** The last zoom's picture, shown under the tiles in view not drawn at this zoom yet. */
  private readonly standIn = new StandIn()
  /** The part of their canvas the tiles drawn from now fill (DRAFT during a zoom out). */
  private fill = 1

  constructor(
    private readonly stage: Konva.Stage,
    private readonly width: number,
    private readonly height: number,
    private readonly overlay: () => PanOverlay | null,
  ) {
    this.painter = new NodePainter(stage)
    this.container = document.createElement('div')
    this.container.setAttribute('aria-hidden', 'true')
    this.container.dataset.panTiles = ''
    Object.assign(this.container.style, { position: 'absolute', left: '0', top: '0', width: `${width}px`, height: `${height}px`, pointerEvents: 'none' })
    Object.assign(this.view.style, { position: 'absolute', left: '0', top: '0', width: `${width}px`, height: `${height}px` })
    this.container.appendChild(this.view)
  }

  /** Shows the tiles, drawn at `vp`'s zoom, on the board (slide places them). */
  show(vp: Viewport): void {
    this.atZoom(vp)
    this.sizeView()
    if (!this.container.isConnected) this.stage.content.appendChild(this.container)
    this.container.style.visibility = ''
    showOwnCanvas(this.overlay(), false)
  }

  /**
   * Keeps tiles drawn at `vp`'s zoom and the layers' pixel ratio: those of another are dropped.
   * When the board shows them (a zoom in mid-gesture), the picture they make stands in for the
   * tiles of the new zoom until those are drawn.
   */
  atZoom(vp: Viewport): void {
    const ratio = this.stage.getLayers()[0]?.getCanvas().getPixelRatio() ?? 1
    if (vp.zoom === this.zoom && ratio === this.ratio) return
    // Only a zoom in: the picture then covers the whole view as it grows. Zooming out, it shrinks
    // away from the view's edges, whose tiles must be drawn at once all the same, and scaling it
    // cost up to 15 ms a frame (profile, 10,000 cards).
    const valid = ratio === this.ratio && vp.zoom > this.zoom ? this.pictured() : null
    if (valid && this.pictureAt) {
      if (this.overlaid) this.copyTiles(this.pictureAt)
      this.standIn.capture([this.view], this.pictureAt, valid)
    } else this.dropStandIn()
    for (const key of [...this.tiles.keys()]) this.release(key)
    if (ratio !== this.ratio) this.pool.length = 0
    this.zoom = vp.zoom
    this.ratio = ratio
  }

  /**
   * Shows the board at `vp`: each tile in view is copied to where `vp` puts its board rect, scaled
   * during a zoom. Nothing is copied when neither the view nor a tile changed since the last time.
   */
  slide(vp: Viewport): void {
    const at = this.shownAt
    if (at && at.x === vp.x && at.y === vp.y && at.zoom === vp.zoom) return
    this.shownAt = vp
    this.pictureAt = vp
    this.copyTiles(vp)
    const overlay = this.overlay()
    if (!overlay) return
    this.composing = true
    try {
      overlay.place(vp)
    } finally {
      this.composing = false
    }
    drawOverlayInto(overlay, this.viewScene, this.ratio)
    this.overlaid = true
  }

  /** The overlay's nodes changed: returns whether the board canvas must be composed again for it. */
  overlayChanged(): boolean {
    if (this.composing) return false
    this.shownAt = null
    return true
  }

  /** Clears the board canvas and copies the tiles (and the stand-in under them) to where `vp` shows them. */
  private copyTiles(vp: Viewport): void {
    this.overlaid = false
    const context = this.view.getContext('2d')!
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, this.view.width, this.view.height)
    // Scaled copies (a zoom) take the nearest pixel: filtered, the software canvas spent 6-9 ms of
    // each pinch frame rasterising them as the canvas was handed to the compositor (trace, 2,000
    // cards), 3 ms unscaled; a pinch's p95 went from 37 to 29 ms back to back. The picture is a
    // little rougher while it moves and is drawn crisp from the nodes once the zoom settles.
    // Unscaled copies are the same either way.
    context.imageSmoothingEnabled = false
    this.standIn.drawInto(context, vp, this.ratio)
    const side = TILE_PX * this.ratio
    for (const tile of this.tiles.values()) {
      const box = this.onView(tile, vp)
      if (box) context.drawImage(tile.canvas._canvas, 0, 0, side * tile.fill, side * tile.fill, box.x, box.y, box.width, box.height)
    }
    // The overlay's shapes are drawn over the copies as they draw on their own canvas.
    context.imageSmoothingEnabled = true
  }

  /** Where tile (i, j) shows on the board canvas at `vp`, in device pixels; null when off it. */
  private onView({ i, j }: { i: number; j: number }, vp: Viewport): Rect | null {
    const r = this.ratio
    const s = vp.zoom / this.zoom
    // Whole device pixels, so neighbouring tiles meet without a seam at any scale.
    const edge = (n: number) => Math.round(n * TILE_PX * s * r)
    const left = Math.round(vp.x * vp.zoom * r)
    const top = Math.round(vp.y * vp.zoom * r)
    const x = edge(i) - left
    const y = edge(j) - top
    const width = edge(i + 1) - left - x
    const height = edge(j + 1) - top - y
    return x + width <= 0 || y + height <= 0 || x >= this.view.width || y >= this.view.height ? null : { x, y, width, height }
  }

  /**
   * The part of the board canvas with a picture on it, in its device pixels: the drawn tiles and
   * the stand-in under them. Null when the board does not show the tiles.
   */
  private pictured(): Rect | null {
    const at = this.pictureAt
    if (!at || !this.container.isConnected || this.container.style.visibility === 'hidden') return null
    const boxes = [...this.tiles.values()].filter((t) => t.fresh).map((t) => this.onView(t, at))
    return enclosing([...boxes, this.standIn.placedOn(at, this.ratio)], this.view.width, this.view.height)
  }

  /**
   * A gesture starts at `at`, the view the layers are drawn at, and not every tile of it is drawn
   * (the layers changed since, or the last gesture ended at another zoom): the picture the layers
   * show stands in for those tiles, and they are drawn within the frames' budget. Drawn at once, a
   * pinch back in from a fitted 10,000-card map began with a frame of 100-150 ms (bench).
   * `built` is the board area the layers' nodes are built for (a tile reaching past it is drawn later
   * anyway). Nothing is copied when the layers' canvases may not show `at` (a draw of theirs waiting).
   */
  standInLayers(at: Viewport, built: Rect): void {
    const layers = this.stage.getLayers().filter((layer) => layer.isVisible())
    const stands = stagePlacement(at)
    const placed = this.stage.scaleX() === stands.scale && this.stage.x() === stands.x && this.stage.y() === stands.y
    // Konva's own flag for a batchDraw that has not drawn yet (Layer.batchDraw).
    const waiting = layers.some((layer) => (layer as unknown as { _waitingForDraw?: boolean })._waitingForDraw)
    const drawn = tilesTouching(screenArea(at, this.width, this.height), at.zoom).every((t) => this.isFresh(t) || !contains(built, tileRect(t, at.zoom)))
    if (!placed || waiting || drawn) return
    this.sizeView()
    this.standIn.capture(
      layers.map((layer) => layer.getNativeCanvasElement()),
      at,
      { x: 0, y: 0, width: this.view.width, height: this.view.height },
    )
    this.shownAt = null
  }

  /** Whether the last zoom's picture covers tile `ref`'s part of the board at `vp`. */
  standsIn(ref: TileRef, vp: Viewport): boolean {
    const box = this.onView(ref, vp)
    return !!box && this.standIn.covers(box, vp, this.ratio, this.view.width, this.view.height)
  }

  /** The tiles in view are drawn at this zoom: the last zoom's picture is no longer shown. */
  dropStandIn(): void {
    if (!this.standIn.active()) return
    this.standIn.drop()
    this.shownAt = null
  }

  /** A tile was drawn or dropped: the board canvas must be copied again if it shows there. */
  private changed(tile: { i: number; j: number }): void {
    if (this.shownAt && this.onView(tile, this.shownAt)) this.shownAt = null
  }

  /** The zoom the tiles are drawn at. */
  zoomLevel(): number {
    return this.zoom
  }

  /** The gesture is over: the board shows its layers again, and the gesture's drafts are dropped. */
  hide(): void {
    showOwnCanvas(this.overlay(), true)
    this.container.style.visibility = 'hidden'
    this.dropStandIn()
    this.fill = 1
    for (const [key, tile] of [...this.tiles]) if (tile.fill !== 1) this.release(key)
  }

  /** Sizes the board canvas for the board and pixel ratio; returns whether it had to. */
  private sizeView(): boolean {
    const scene = this.viewScene
    if (scene.getPixelRatio() === this.ratio && scene.getWidth() === Math.floor(this.width * this.ratio) && scene.getHeight() === Math.floor(this.height * this.ratio)) return false
    // Sized through Konva, which the overlay's shapes read the canvas's size from (its buffer for a see-through shape).
    scene.pixelRatio = this.ratio
    scene.setSize(this.width, this.height)
    this.shownAt = null
    this.pictureAt = null
    return true
  }

  /** The layers changed: every tile must be drawn again before it can be trusted. */
  markStale(): void {
    this.dropStandIn()
    for (const tile of this.tiles.values()) tile.fresh = false
    this.painter.forget()
  }

  isFresh(ref: TileRef): boolean {
    return this.tiles.get(ref.key)?.fresh === true
  }

  /**
   * Allocates one more canvas ahead of a pan: the board canvas and the scratch canvas first, then
   * pooled tiles up to `count`. A canvas's first bitmap cost 5-100 ms here
   * (a profile of the first pan after opening a map: ~100 ms in `scale` under `take`), which a pan
   * otherwise pays in its first frames. Returns whether more remain to allocate.
   */
  warmOne(count: number): boolean {
    const ratio = this.stage.getLayers()[0]?.getCanvas().getPixelRatio() ?? 1
    if (ratio !== this.ratio) {
      if (this.tiles.size > 0) return false
      this.pool.length = 0
      this.ratio = ratio
    }
    if (this.sizeView()) {
      // A canvas gets its bitmap on its first drawing.
      this.view.getContext('2d')!.clearRect(0, 0, 1, 1)
      return true
    }
    if (this.standIn.warm(this.view.width, this.view.height)) return true
    const { columns, rows } = this.scratchTiles()
    if (!this.scratch || this.scratch.width < columns * TILE_PX * ratio || this.scratch.height < rows * TILE_PX * ratio) {
      this.scratch ??= new SceneCanvas({ width: 0, height: 0, pixelRatio: ratio })
      this.scratch.setSize(columns * TILE_PX, rows * TILE_PX)
      return true
    }
    if (this.pool.length + this.tiles.size >= count) return false
    this.pool.push(new SceneCanvas({ width: TILE_PX, height: TILE_PX, pixelRatio: ratio }))
    return this.pool.length + this.tiles.size < count
  }

  /** Tiles drawn from now on in this gesture are drafts (during a zoom out) or not. */
  drafting(on: boolean): void {
    this.fill = on ? DRAFT : 1
  }

  /** Draws one tile from the layers' nodes as they stand. */
  draw(ref: TileRef): void {
    const tile = this.tiles.get(ref.key) ?? this.take(ref)
    this.painter.paint(tile.canvas, { i: ref.i, j: ref.j, columns: 1, rows: 1 }, this.zoom, this.fill)
    this.drawn(tile)
  }

  /** `tile` was just drawn from the nodes as they stand, at the resolution tiles are drawn at now. */
  private drawn(tile: Tile): void {
    rasterise(tile.canvas._canvas)
    tile.fresh = true
    tile.fill = this.fill
    this.changed(tile)
  }

  /**
   * Draws several tiles at once (the view at the start of a pan or after a zoom): the nodes are
   * drawn once over each rectangle of the tiles (tileBlocks) into a scratch canvas, then copied
   * into each tile. Drawn one by one, a node that spans many tiles (the links, the emotion curve, a
   * lane's line) would be drawn once per tile.
   */
  drawAll(refs: readonly TileRef[]): void {
    const most = this.scratchTiles()
    for (const block of tileBlocks(refs).flatMap((b) => splitBlock(b, most.columns, most.rows))) {
      if (block.columns * block.rows === 1) this.draw(tileAt(block.i, block.j))
      else this.drawBlock(block)
    }
  }

  /** The scratch canvas's size in tiles: the view's at the tiles' own size. */
  private scratchTiles(): { columns: number; rows: number } {
    return { columns: Math.ceil(this.width / TILE_PX) + 1, rows: Math.ceil(this.height / TILE_PX) + 1 }
  }

  private drawBlock({ i: i0, j: j0, columns, rows }: TileBlock): void {
    const scratch = (this.scratch ??= new SceneCanvas({ width: 0, height: 0, pixelRatio: this.ratio }))
    if (scratch.getPixelRatio() !== this.ratio) scratch.setPixelRatio(this.ratio)
    // Grows only: a new bitmap costs more than drawing into it.
    if (scratch.width < columns * TILE_PX * this.ratio || scratch.height < rows * TILE_PX * this.ratio) {
      scratch.setSize(Math.max(columns * TILE_PX, scratch.width / this.ratio), Math.max(rows * TILE_PX, scratch.height / this.ratio))
    }
    this.painter.paint(scratch, { i: i0, j: j0, columns, rows }, this.zoom, this.fill)
    const side = TILE_PX * this.ratio * this.fill
    for (let i = i0; i < i0 + columns; i++) {
      for (let j = j0; j < j0 + rows; j++) {
        const ref = tileAt(i, j)
        const tile = this.tiles.get(ref.key) ?? this.take(ref)
        const target = tile.canvas.getContext()._context
        target.save()
        target.setTransform(1, 0, 0, 1, 0, 0)
        target.clearRect(0, 0, TILE_PX * this.ratio, TILE_PX * this.ratio)
        target.drawImage(scratch._canvas, (i - i0) * side, (j - j0) * side, side, side, 0, 0, side, side)
        target.restore()
        this.drawn(tile)
      }
    }
  }

  /** Frees the tiles no longer near the view, so the pool stays the size of what the view needs. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of [...this.tiles.keys()]) if (!keys.has(key)) this.release(key)
  }

  dispose(): void {
    this.container.remove()
    for (const key of [...this.tiles.keys()]) this.release(key)
    for (const canvas of this.pool) canvas.setSize(0, 0)
    this.pool.length = 0
    this.scratch?.setSize(0, 0)
    this.scratch = null
    this.standIn.dispose()
    this.viewScene.setSize(0, 0)
  }

  private take(ref: TileRef): Tile {
    const canvas = this.pool.pop() ?? new SceneCanvas({ width: TILE_PX, height: TILE_PX, pixelRatio: this.ratio })
    const tile: Tile = { canvas, i: ref.i, j: ref.j, fresh: false, fill: 1 }
    this.tiles.set(ref.key, tile)
    return tile
  }

  private release(key: string): void {
    const tile = this.tiles.get(key)
    if (!tile) return
    this.tiles.delete(key)
    this.pool.push(tile.canvas)
    this.changed(tile)
  }
}
