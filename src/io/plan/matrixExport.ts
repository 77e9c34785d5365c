import type { Action } from '../../domain'
import { canvasMeasure } from '../export/measure'
import type { Measure } from '../export/svg/text'
import { planSinglePage, type PaperSize } from '../export/pages'
import { renderPdf } from '../export/pdf'
import type { ExportProgress } from '../export/progress'
import { embeddedFontCss } from '../export/svgFonts'
import { writeTiledPng } from '../export/tiledPng'
import { planTiles, type Tile } from '../export/tiles'
import { layoutMatrix, type MatrixLayout } from './matrixLayout'
import { buildMatrixSvg, legendWidth } from './matrixSvg'
import type { Translate } from './source'

export interface MatrixExportInput {
  readonly actions: readonly Action[]
  readonly t: Translate
  /** The interface language (tick numbers in its digits). */
  readonly language: string
  /** The map's title, drawn on top. */
  readonly title: string
  /** The map's direction: right to left mirrors the effort axis, as the map runs from the right. */
  readonly rtl: boolean
}

export interface MatrixExportOptions {
  readonly kind: 'png' | 'svg' | 'pdf'
  /** PNG pixels per CSS pixel. */
  readonly scale?: 1 | 2 | 3
  readonly transparent?: boolean
  /** PDF paper; "fit" makes one page the size of the matrix. */
  readonly paper?: PaperSize
}

function prepare(input: MatrixExportInput, measure: Measure): MatrixLayout {
  return layoutMatrix(input.actions, legendWidth(input.t, measure), input.rtl)
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the matrix picture did not load'))
    image.src = url
  })
}

/**
 * The SVG (fonts embedded, as the map's SVG) drawn by the browser into the tiles of the streaming
 * PNG writer, so the PNG shows exactly what the SVG does and a very tall matrix never needs one huge canvas.
 */
async function renderPng(svg: string, layout: MatrixLayout, scale: number, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = await loadImage(url)
    const drawTile = (tile: Tile): ImageData => {
      const canvas = document.createElement('canvas')
      canvas.width = tile.px.width
      canvas.height = tile.px.height
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D canvas for the matrix PNG')
      context.setTransform(scale, 0, 0, scale, -tile.px.x, -tile.px.y)
      context.drawImage(image, 0, 0, layout.width, layout.height)
      return context.getImageData(0, 0, tile.px.width, tile.px.height)
    }
    return await writeTiledPng(planTiles({ x: 0, y: 0, width: layout.width, height: layout.height }, scale), drawTile, onProgress, signal)
  } finally {
    URL.revokeObjectURL(url)
  }
}

/**
 * The effort / impact matrix as a PNG, SVG or PDF file. The SVG carries the board's fonts (so the
 * PNG drawn from it looks the same on every machine); the PDF goes through the map's PDF path
 * (svg2pdf for the shapes, HarfBuzz-shaped text in Inter and Vazirmatn). Runs in the page (canvas, fonts by URL).
 */
export async function exportMatrix(input: MatrixExportInput, options: MatrixExportOptions, onProgress: (p: ExportProgress) => void = () => undefined, signal: AbortSignal = new AbortController().signal): Promise<Blob> {
  const measure = canvasMeasure()
  const layout = prepare(input, measure)
  const base = { layout, t: input.t, language: input.language, title: input.title, transparent: options.transparent ?? false }
  if (options.kind === 'pdf') {
    const plan = planSinglePage({ x: 0, y: 0, width: layout.width, height: layout.height }, options.paper ?? 'fit')
    return renderPdf({ plan, rtl: input.rtl, svgFor: (view) => buildMatrixSvg({ ...base, measure, view }) }, onProgress, signal)
  }
  const svg = buildMatrixSvg({ ...base, measure, fontCss: await embeddedFontCss() })
  if (options.kind === 'svg') return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
  return renderPng(svg, layout, options.scale ?? 2, onProgress, signal)
}
