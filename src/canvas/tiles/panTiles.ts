import type Konva from 'konva'
import { SceneCanvas } from 'konva/lib/Canvas'
import { intersects, type Rect } from '../../domain/layout'
import type { Viewport } from '../viewport'
import { TILE_PX, tileRect, type TileRef } from './tileGrid'

interface Tile {
  readonly canvas: SceneCanvas
  i: number
  j: number
  /** Drawn since the layers last changed; a stale tile keeps its picture until it is drawn again. */
  fresh: boolean
}

/**
 * The board's pan tiles: squares of TILE_PX CSS pixels drawn once from the layers' nodes and slid
 * together by one CSS transform while the view pans. A pan then costs the browser a composite of
 * a few bitmaps, and only tiles coming into view are drawn, one at a time. Canvases are pooled:
 * allocating a fresh bitmap cost more than drawing into it (profile, 2,000 cards).
 */
export class PanTiles {
  private readonly container: HTMLDivElement
  private readonly tiles = new Map<string, Tile>()
  private readonly pool: SceneCanvas[] = []
  /** Each top-level node's box in board units, measured once per picture of the layers. */
  private bounds = new WeakMap<Konva.Node, Rect | null>()
  private scratch: SceneCanvas | null = null
  private zoom = 0
  private ratio = 0
  /** Screen pixel (at this zoom) of the board that the container's top left corner stands for. */
  private origin = { x: 0, y: 0 }

  constructor(private readonly stage: Konva.Stage) {
    this.container = document.createElement('div')
    this.container.setAttribute('aria-hidden', 'true')
    this.container.dataset.panTiles = ''
    Object.assign(this.container.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', transformOrigin: '0 0', willChange: 'transform', pointerEvents: 'none' })
  }

  /** Puts the tiles on the board at `vp`; tiles of another zoom or pixel ratio are dropped. */
  show(vp: Viewport): void {
    const ratio = this.stage.getLayers()[0]?.getCanvas().getPixelRatio() ?? 1
    if (vp.zoom !== this.zoom || ratio !== this.ratio) {
      for (const key of [...this.tiles.keys()]) this.release(key)
      if (ratio !== this.ratio) this.pool.length = 0
      this.zoom = vp.zoom
      this.ratio = ratio
      this.origin = { x: Math.round(vp.x * vp.zoom), y: Math.round(vp.y * vp.zoom) }
    }
    if (!this.container.isConnected) this.stage.content.appendChild(this.container)
    this.slide(vp)
  }

  /** Moves (and, during a zoom, scales) the tiles so that each board point shows where `vp` puts it. */
  slide(vp: Viewport): void {
    const s = vp.zoom / this.zoom
    const x = this.origin.x * s - vp.x * vp.zoom
    const y = this.origin.y * s - vp.y * vp.zoom
    this.container.style.transform = s === 1 ? `translate(${x}px, ${y}px)` : `translate(${x}px, ${y}px) scale(${s})`
  }

  /** The zoom the tiles are drawn at. */
  zoomLevel(): number {
    return this.zoom
  }

  hide(): void {
    this.container.remove()
  }

  /** The layers changed: every tile must be drawn again before it can be trusted. */
  markStale(): void {
    for (const tile of this.tiles.values()) tile.fresh = false
    this.bounds = new WeakMap()
  }

  isFresh(ref: TileRef): boolean {
    return this.tiles.get(ref.key)?.fresh === true
  }

  /**
   * Allocates one more canvas ahead of a pan: the scratch canvas for a view of `width` x `height`
   * CSS pixels first, then pooled tiles up to `count`. A canvas's first bitmap cost 5-100 ms here
   * (a profile of the first pan after opening a map: ~100 ms in `scale` under `take`), which a pan
   * otherwise pays in its first frames. Returns whether more remain to allocate.
   */
  warmOne(count: number, width: number, height: number): boolean {
    const ratio = this.stage.getLayers()[0]?.getCanvas().getPixelRatio() ?? 1
    if (ratio !== this.ratio) {
      if (this.tiles.size > 0) return false
      this.pool.length = 0
      this.ratio = ratio
    }
    const columns = Math.ceil(width / TILE_PX) + 1
    const rows = Math.ceil(height / TILE_PX) + 1
    if (!this.scratch || this.scratch.width < columns * TILE_PX * ratio || this.scratch.height < rows * TILE_PX * ratio) {
      this.scratch ??= new SceneCanvas({ width: 0, height: 0, pixelRatio: ratio })
      this.scratch.setSize(columns * TILE_PX, rows * TILE_PX)
      return true
    }
    if (this.pool.length + this.tiles.size >= count) return false
    this.pool.push(new SceneCanvas({ width: TILE_PX, height: TILE_PX, pixelRatio: ratio }))
    return this.pool.length + this.tiles.size < count
  }

  /** Draws one tile from the layers' nodes as they stand. */
  draw(ref: TileRef): void {
    const tile = this.tiles.get(ref.key) ?? this.take(ref)
    this.paint(tile.canvas, ref.i, ref.j, 1, 1)
    tile.fresh = true
  }

  /**
   * Draws several tiles at once (the view at the start of a pan or after a zoom): the nodes are
   * drawn once over the tiles' bounding box into a scratch canvas, then copied into each tile. Drawn
   * one by one, a node that spans many tiles (the links, the emotion curve, a lane's line) would be
   * drawn once per tile.
   */
  drawAll(refs: readonly TileRef[]): void {
    if (refs.length <= 1) return refs.forEach((r) => this.draw(r))
    const i0 = Math.min(...refs.map((r) => r.i))
    const j0 = Math.min(...refs.map((r) => r.j))
    const columns = Math.max(...refs.map((r) => r.i)) - i0 + 1
    const rows = Math.max(...refs.map((r) => r.j)) - j0 + 1
    const scratch = (this.scratch ??= new SceneCanvas({ width: 0, height: 0, pixelRatio: this.ratio }))
    if (scratch.getPixelRatio() !== this.ratio) scratch.setPixelRatio(this.ratio)
    // Grows only: a new bitmap costs more than drawing into it.
    if (scratch.width < columns * TILE_PX * this.ratio || scratch.height < rows * TILE_PX * this.ratio) {
      scratch.setSize(Math.max(columns * TILE_PX, scratch.width / this.ratio), Math.max(rows * TILE_PX, scratch.height / this.ratio))
    }
    this.paint(scratch, i0, j0, columns, rows)
    const side = TILE_PX * this.ratio
    for (const ref of refs) {
      const tile = this.tiles.get(ref.key) ?? this.take(ref)
      const target = tile.canvas.getContext()._context
      target.save()
      target.setTransform(1, 0, 0, 1, 0, 0)
      target.clearRect(0, 0, side, side)
      target.drawImage(scratch._canvas, (ref.i - i0) * side, (ref.j - j0) * side, side, side, 0, 0, side, side)
      target.restore()
      tile.fresh = true
    }
  }

  /**
   * Draws the nodes touching `columns` x `rows` tiles from tile (i, j) into `canvas`, that tile's
   * corner at its origin. A node with no measurable box (a custom shape) is always drawn, clipped by
   * the canvas's edge.
   */
  private paint(canvas: SceneCanvas, i: number, j: number, columns: number, rows: number): void {
    const context = canvas.getContext()
    const area = { ...tileRect({ i, j }, this.zoom) }
    area.width *= columns
    area.height *= rows
    context.clear()
    context.save()
    // Nodes draw at the stage's position (-drawn view x zoom); this takes it back out and puts the
    // tile's corner, on the one grid of screen pixels, at the canvas origin.
    context.translate(-this.stage.x() - i * TILE_PX, -this.stage.y() - j * TILE_PX)
    for (const layer of this.stage.getLayers()) {
      if (!layer.isVisible()) continue
      for (const node of layer.getChildren()) {
        const box = this.boxOf(node, layer)
        if (box && !intersects(box, area)) continue
        node.drawScene(canvas)
      }
    }
    context.restore()
  }

  /** Frees the tiles no longer near the view, so the pool stays the size of what the view needs. */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of [...this.tiles.keys()]) if (!keys.has(key)) this.release(key)
  }

  dispose(): void {
    this.hide()
    for (const key of [...this.tiles.keys()]) this.release(key)
    for (const canvas of this.pool) canvas.setSize(0, 0)
    this.pool.length = 0
    this.scratch?.setSize(0, 0)
    this.scratch = null
  }

  private take(ref: TileRef): Tile {
    const canvas = this.pool.pop() ?? new SceneCanvas({ width: TILE_PX, height: TILE_PX, pixelRatio: this.ratio })
    const el = canvas._canvas
    Object.assign(el.style, { left: `${ref.i * TILE_PX - this.origin.x}px`, top: `${ref.j * TILE_PX - this.origin.y}px`, width: `${TILE_PX}px`, height: `${TILE_PX}px` })
    this.container.appendChild(el)
    const tile: Tile = { canvas, i: ref.i, j: ref.j, fresh: false }
    this.tiles.set(ref.key, tile)
    return tile
  }

  private release(key: string): void {
    const tile = this.tiles.get(key)
    if (!tile) return
    tile.canvas._canvas.remove()
    this.tiles.delete(key)
    this.pool.push(tile.canvas)
  }

  private boxOf(node: Konva.Node, layer: Konva.Layer): Rect | null {
    let box = this.bounds.get(node)
    if (box === undefined) {
      const r = node.getClientRect({ relativeTo: layer, skipShadow: true })
      box = r.width > 0 || r.height > 0 ? r : null
      this.bounds.set(node, box)
    }
    return box
  }
}
