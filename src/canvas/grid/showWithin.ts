import type Konva from 'konva'

/** Each child's extent along one axis in its group's units, measured once; a new map when the children change. */
export type Extents = WeakMap<Konva.Node, { readonly from: number; readonly to: number }>

/**
 * Shows the children of `group` that reach into [from, to] along `axis` (the group's own units)
 * and hides the rest: Konva draws every visible child at every draw, on screen or not, and the
 * pinned headers are built for the whole map and drawn at every frame of a pan. A child's
 * visibility is set only when it changes.
 */
export function showWithin(group: Konva.Group | null, axis: 'x' | 'y', from: number, to: number, extents: Extents): void {
  if (!group) return
  for (const child of group.getChildren()) {
    let extent = extents.get(child)
    if (!extent) {
      const box = child.getClientRect({ relativeTo: group, skipShadow: true })
      extent = axis === 'x' ? { from: box.x, to: box.x + box.width } : { from: box.y, to: box.y + box.height }
      extents.set(child, extent)
    }
    const shown = extent.to >= from && extent.from <= to
    if (child.visible() !== shown) child.visible(shown)
  }
}
