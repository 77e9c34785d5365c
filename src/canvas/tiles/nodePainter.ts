import type Konva from 'konva'
import type { SceneCanvas } from 'konva/lib/Canvas'
import { type Rect } from '../../domain/layout'
import { intersects } from '../../domain/cardHits'
import { TILE_PX, tileRect, type TileBlock } from './tileGrid'

/**
 * Draws the stage's layers' nodes into the pan tiles' canvases, skipping the top-level nodes off
 * the tiles drawn. Each node's box is measured once per picture of the layers (forget()).
 */
export class NodePainter {
  private bounds = new WeakMap<Konva.Node, Rect | null>()

  constructor(private readonly stage: Konva.Stage) {}

  /** The layers changed: their nodes' boxes are measured again. */
  forget(): void {
    this.bounds = new WeakMap()
  }

  /**
   * Draws the nodes touching `block`'s tiles at `zoom` into `canvas`, its first tile's corner at
   * the origin, at `fill` of the canvas's resolution (a draft fills that part of it). A node with
   * no measurable box (a custom shape) is always drawn, clipped by the canvas's edge.
   */
  paint(canvas: SceneCanvas, { i, j, columns, rows }: TileBlock, zoom: number, fill: number): void {
    const context = canvas.getContext()
    const area = { ...tileRect({ i, j }, zoom) }
    area.width *= columns
    area.height *= rows
    // Only the part drawn into: the scratch canvas is the size of the view.
    context.clear({ x: 0, y: 0, width: columns * TILE_PX * fill, height: rows * TILE_PX * fill })
    context.save()
    context.scale(fill, fill)
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
