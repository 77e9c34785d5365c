import type { JourneyDoc } from '../../domain'
import type { Rect } from '../../domain/layout'
import { canvasMeasure } from './measure'
import { planPages } from './pages'
import { buildSvg } from './svg/document'
import { embeddedFontCss } from './svgFonts'
import { svgInputFor, type VisualExportContext, type VisualExportOptions } from './visualExport'

export interface PicturePreview {
  /** The picture as an SVG document, sized to the preview (the browser rasterizes it no larger). */
  readonly svg: string
  /** The preview's size in CSS pixels. */
  readonly width: number
  readonly height: number
  /** PDF on paper: each page's part of the picture in preview pixels, in reading order. */
  readonly pages: readonly Rect[]
}

let fonts: Promise<string> | null = null

/**
 * A small picture of what the export will hold, for the export dialog: the same SVG drawing as the
 * export (so it shows the real scope, background and, for a PDF, where the pages cut), sized down
 * to fit `box`. The browser draws an SVG image at its displayed size, so a big map costs one SVG
 * build, never a full-size raster. Null when the scope shows nothing.
 */
export async function picturePreview(doc: JourneyDoc, options: VisualExportOptions, context: Pick<VisualExportContext, 't' | 'chosenPersona'>, box: { width: number; height: number }): Promise<PicturePreview | null> {
  const measure = canvasMeasure()
  const input = svgInputFor(doc, options, context, measure)
  if (!input) return null
  fonts ??= embeddedFontCss()
  const area = input.frame.area
  const factor = Math.min(box.width / area.width, box.height / area.height, 1)
  const width = Math.max(1, Math.round(area.width * factor))
  const height = Math.max(1, Math.round(area.height * factor))
  const full = buildSvg({ ...input, measure, fontCss: await fonts })
  const svg = full.replace(/(<svg\b[^>]*?) width="[^"]*" height="[^"]*"/, `$1 width="${width}" height="${height}"`)
  const pages =
    options.kind === 'pdf' && options.paper !== 'fit'
      ? planPages(area, options.paper, doc.map.direction === 'rtl').pages.map((p) => ({ x: (p.x - area.x) * factor, y: (p.y - area.y) * factor, width: p.width * factor, height: p.height * factor }))
      : []
  return { svg, width, height, pages }
}
