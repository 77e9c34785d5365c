import type Konva from 'konva'
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { createInteractionStore } from '../interaction'
import type { ExportView } from '../exportView'
import type { Rect } from '../../domain/layout'
import { ExportScene } from './ExportScene'
import { loadStripPhotos } from './stripPhotos'
import type { ExportFrame, HeaderLayout } from '../../io/export/frame'
import type { ExportProgress } from '../../io/export/progress'
import { writeTiledPng } from '../../io/export/tiledPng'
import { planTiles, type Tile } from '../../io/export/tiles'

export interface PngOptions {
  readonly scale: 1 | 2 | 3
  readonly transparent: boolean
}

/**
 * Renders the board's own layers tile by tile into an offscreen Konva stage and streams the pixel
 * rows into a PNG: no canvas larger than a tile ever exists, and a tile that failed to render (a
 * canvas past the browser's limit gives no pixels, silently) stops the export with an error rather
 * than leaving a blank patch. The layers draw the open map from the store, as the board does.
 */
export async function renderPng(frame: ExportFrame, header: HeaderLayout, options: PngOptions, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const host = document.createElement('div')
  const root = createRoot(host)
  const interaction = createInteractionStore()
  let stage: Konva.Stage | null = null
  const stageRef = (s: Konva.Stage | null) => {
    stage = s
  }
  try {
    const photos = await loadStripPhotos(header.strip)
    return await writeTiledPng(planTiles(frame.area, options.scale), (tile) => renderTile(root, () => stage, stageRef, tile, { frame, header, photos }, options, interaction), onProgress, signal)
  } finally {
    root.unmount()
  }
}

function renderTile(
  root: ReturnType<typeof createRoot>,
  getStage: () => Konva.Stage | null,
  stageRef: (s: Konva.Stage | null) => void,
  tile: Tile,
  { frame, header, photos }: { frame: ExportFrame; header: HeaderLayout; photos: ReadonlyMap<string, HTMLImageElement> },
  options: PngOptions,
  interaction: ReturnType<typeof createInteractionStore>,
): ImageData {
  // The tile itself is the cull rect: everything touching it is built, nothing else.
  const view: ExportView = { area: { ...tile.board, detail: true, zoom: options.scale }, only: frame.only, transparent: options.transparent }
  flushSync(() => root.render(createElement(ExportScene, { stageRef, tile: tile.board, view, interaction, area: frame.area, header, photos })))
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
