import type { JourneyDoc } from '../../domain'
import type { Rect } from '../../domain/layout'
import { canvasMeasure } from './measure'
import { planMapPages, type PlannedPage, type MapSheet } from './pages'
import { mapSheet } from './sheet'
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
  const sheet = mapSheet(doc, input.frame, { measure, untitled: context.t('board.untitledStage') }, input.personas)
  const pages =
    options.kind === 'pdf' && options.paper !== 'fit'
      ? planMapPages(sheet, options.paper).pages.map((p) => {
          const r = pagePart(p, sheet)
          return { x: (r.x - area.x) * factor, y: (r.y - area.y) * factor, width: r.width * factor, height: r.height * factor }
        })
      : []
  return { svg, width, height, pages }
}

/** The part of the map a page shows, without the title band and the lane titles every page repeats. */
function pagePart(page: PlannedPage, sheet: MapSheet): Rect {
  const titles = sheet.laneTitles
  const own = page.slices.filter((s) => !s.header && !(titles && s.source.x === titles.x && s.source.width === titles.width)).map((s) => s.source)
  const x = Math.min(...own.map((r) => r.x))
  const y = Math.min(...own.map((r) => r.y))
  return { x, y, width: Math.max(...own.map((r) => r.x + r.width)) - x, height: Math.max(...own.map((r) => r.y + r.height)) - y }
}
