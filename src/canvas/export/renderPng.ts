import type Konva from 'konva'
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { createInteractionStore } from '../interaction'
import type { ExportView } from '../exportView'
import type { Rect } from '../../domain/layout'
import { ExportScene } from './ExportScene'
import type { ExportFrame, HeaderLayout } from '../../io/export/frame'
import { createPngWriter } from '../../io/export/png'
import { ExportCancelled, type ExportProgress } from '../../io/export/progress'
import { planTiles, type Tile } from '../../io/export/tiles'

export interface PngOptions {
  readonly scale: 1 | 2 | 3
  readonly transparent: boolean
}

/** Lets the page paint the progress dialog and take a Cancel click between tiles. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Renders the board's own layers tile by tile into an offscreen Konva stage and streams the pixel
 * rows into a PNG: no canvas larger than a tile ever exists, and a tile that failed to render (a
 * canvas past the browser's limit gives no pixels, silently) stops the export with an error rather
 * than leaving a blank patch. The layers draw the open map from the store, as the board does.
 */
export async function renderPng(frame: ExportFrame, header: HeaderLayout, options: PngOptions, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const plan = planTiles(frame.area, options.scale)
  const total = plan.bands.reduce((n, band) => n + band.length, 0)
  const png = createPngWriter(plan.width, plan.height)
  const host = document.createElement('div')
  const root = createRoot(host)
  const interaction = createInteractionStore()
  let stage: Konva.Stage | null = null
  const stageRef = (s: Konva.Stage | null) => {
    stage = s
  }
  let done = 0
  try {
    onProgress({ done, total })
    for (const band of plan.bands) {
      const height = band[0]?.px.height ?? 0
      const rows = new Uint8ClampedArray(plan.width * height * 4)
      for (const tile of band) {
        if (signal.aborted) throw new ExportCancelled()
        const pixels = renderTile(root, () => stage, stageRef, tile, frame, header, options, interaction)
        copyInto(rows, plan.width, pixels, tile)
        done++
        onProgress({ done, total })
        await nextTask()
      }
      if (signal.aborted) throw new ExportCancelled()
      await png.writeRows(rows, height)
    }
    return await png.finish()
  } catch (error) {
    png.abort()
    throw error
  } finally {
    root.unmount()
  }
}

function renderTile(
  root: ReturnType<typeof createRoot>,
  getStage: () => Konva.Stage | null,
  stageRef: (s: Konva.Stage | null) => void,
  tile: Tile,
  frame: ExportFrame,
  header: HeaderLayout,
  options: PngOptions,
  interaction: ReturnType<typeof createInteractionStore>,
): ImageData {
  // The tile itself is the cull rect: everything touching it is built, nothing else.
  const view: ExportView = { area: { ...tile.board, detail: true }, only: frame.only, transparent: options.transparent }
  flushSync(() => root.render(createElement(ExportScene, { stageRef, tile: tile.board, view, interaction, area: frame.area, header })))
  const stage = getStage()
  if (!stage) throw new Error('the export stage did not mount')
  const canvas = stage.toCanvas({ pixelRatio: options.scale })
  return checkedPixels(canvas, tile.px)
}

/** The tile's pixels, or an error when the canvas is not the size asked for (the browser refused it). */
export function checkedPixels(canvas: HTMLCanvasElement, px: Rect): ImageData {
  if (canvas.width !== px.width || canvas.height !== px.height) {
    throw new Error(`a tile rendered at ${canvas.width}×${canvas.height} px instead of ${px.width}×${px.height}`)
  }
  const context = canvas.getContext('2d')
  const data = context?.getImageData(0, 0, px.width, px.height)
  if (!data || data.width !== px.width || data.height !== px.height) throw new Error('a tile gave no pixels')
  // Release the tile's backing store now rather than at the next garbage collection.
  canvas.width = 0
  canvas.height = 0
  return data
}

function copyInto(rows: Uint8ClampedArray, imageWidth: number, pixels: ImageData, tile: Tile): void {
  const rowBytes = tile.px.width * 4
  for (let y = 0; y < tile.px.height; y++) {
    const from = y * rowBytes
    rows.set(pixels.data.subarray(from, from + rowBytes), (y * imageWidth + tile.px.x) * 4)
  }
}
