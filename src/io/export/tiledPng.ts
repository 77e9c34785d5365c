import { createPngWriter } from './png'
import { ExportCancelled, type ExportProgress } from './progress'
import type { Tile, TilePlan } from './tiles'

/** Lets the page paint the progress dialog and take a Cancel click between tiles. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function copyInto(rows: Uint8ClampedArray, imageWidth: number, pixels: ImageData, tile: Tile): void {
  const rowBytes = tile.px.width * 4
  for (let y = 0; y < tile.px.height; y++) {
    const from = y * rowBytes
    rows.set(pixels.data.subarray(from, from + rowBytes), (y * imageWidth + tile.px.x) * 4)
  }
}

/**
 * Streams a tiled picture into a PNG, one band of tiles at a time: `renderTile` draws one tile
 * (its pixels, exactly `tile.px` in size), so no canvas larger than a tile ever exists and at most
 * one band's rows are held. Used by the map's PNG and the action plan's matrix.
 */
export async function writeTiledPng(plan: TilePlan, renderTile: (tile: Tile) => ImageData, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const total = plan.bands.reduce((n, band) => n + band.length, 0)
  const png = createPngWriter(plan.width, plan.height)
  let done = 0
  try {
    onProgress({ done, total })
    for (const band of plan.bands) {
      const height = band[0]?.px.height ?? 0
      const rows = new Uint8ClampedArray(plan.width * height * 4)
      for (const tile of band) {
        if (signal.aborted) throw new ExportCancelled()
        copyInto(rows, plan.width, renderTile(tile), tile)
        onProgress({ done: ++done, total })
        await nextTask()
      }
      if (signal.aborted) throw new ExportCancelled()
      await png.writeRows(rows, height)
    }
    return await png.finish()
  } catch (error) {
    png.abort()
    throw error
  }
}
