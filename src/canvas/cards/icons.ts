const path2dCache = new Map<string, Path2D>()

/** Parsing an SVG path costs more than stroking it, and a pan remounts cards: parse each drawing once. */
export function iconPath2D(data: string): Path2D {
  let path = path2dCache.get(data)
  if (!path) path2dCache.set(data, (path = new Path2D(data)))
  return path
}
