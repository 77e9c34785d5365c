import { textDirection } from '../../drawing/cardStyle'
import type { Rect } from '../../domain/layout'
import type { PagePlan } from './pages'
import { PAGE_MARGIN_PT } from './pages'
import { PdfTextWriter, type PdfLine } from './pdfText/draw'
import { base64, loadPdfFonts } from './pdfText/fonts'
import { takeSvgText, type SvgTextLine } from './pdfText/svgText'
import { ExportCancelled, type ExportProgress } from './progress'

export interface PdfInput {
  readonly plan: PagePlan
  /** The picture's SVG for one part of it; `header` asks for the title and legend laid out across that part. */
  readonly svgFor: (view: Rect, header: boolean) => string
  /** "Page N of M" in the interface language, under each page of a numbered plan. */
  readonly pageLabel?: (page: number, total: number) => string
  /** The picture's direction: the page label runs its own way when its words say so. */
  readonly rtl: boolean
}

const LABEL_SIZE = 9
const LABEL_FILL = '#52525b'

/** How far a line's glyphs reach above and below its middle, in font sizes (Inter's and Vazirmatn's ascent and descent, with room). */
const HALF_LINE = 0.6

/**
 * An SVG line in page points, or null when it lies wholly outside the part shown: the part is
 * clipped, so such a line is not seen, and its text must not be found there either (the title band
 * at a page's top, drawn from the same picture, would else put under it the stage names of the
 * map's first page, where pdftotext and a search find them).
 */
function toPage(line: SvgTextLine, view: Rect, at: { x: number; y: number }, scale: number, writer: PdfTextWriter): PdfLine | null {
  const middle = line.central ? line.y : line.y - line.fontSize * 0.35
  if (middle + line.fontSize * HALF_LINE <= view.y || middle - line.fontSize * HALF_LINE >= view.y + view.height) return null
  const width = writer.shape(line.text, line.direction, line.fontSize, line.weight).width
  const leftStart = (line.anchor === 'start') === (line.direction === 'ltr')
  const left = line.anchor === 'middle' ? line.x - width / 2 : leftStart ? line.x : line.x - width
  if (left > view.x + view.width || left + width < view.x) return null
  const baseline = line.central ? line.y + writer.centralToBaseline(line.fontSize, line.weight) : line.y
  return {
    text: line.text,
    x: at.x + (line.x - view.x) * scale,
    baseline: at.y + (baseline - view.y) * scale,
    anchor: line.anchor,
    direction: line.direction,
    fontSize: line.fontSize * scale,
    weight: line.weight,
    fill: line.fill,
    opacity: line.opacity,
  }
}

/**
 * A vector PDF: the export SVG's shapes drawn by svg2pdf into jsPDF, and its text set by our own
 * shaping path (bidi-js for order, HarfBuzz with the real Inter and Vazirmatn TTFs for the glyphs,
 * drawn as outlines, with an invisible text layer so the text can be selected and extracted).
 * Each page is put together from parts of the picture (see PagePlan). All of it loads on the first
 * PDF export only.
 */
export async function renderPdf(input: PdfInput, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, fonts] = await Promise.all([import('jspdf'), import('svg2pdf.js'), loadPdfFonts()])
  const { plan } = input
  const orientation = plan.pageWidth >= plan.pageHeight ? 'landscape' : 'portrait'
  const pdf = new jsPDF({ unit: 'pt', format: [plan.pageWidth, plan.pageHeight], orientation, compress: true })
  pdf.addFileToVFS('Vazirmatn-Regular.ttf', base64(fonts.layerTtf))
  pdf.addFont('Vazirmatn-Regular.ttf', 'Vazirmatn', 'normal')
  const writer = new PdfTextWriter(pdf, fonts.faces, { family: 'Vazirmatn', style: 'normal' })
  const parser = new DOMParser()
  const total = plan.pages.length
  onProgress({ done: 0, total })
  for (let i = 0; i < total; i++) {
    if (signal.aborted) throw new ExportCancelled()
    const page = plan.pages[i]
    if (!page) continue
    if (i > 0) pdf.addPage([plan.pageWidth, plan.pageHeight], orientation)
    for (const slice of page.slices) {
      // A parsed <style> is applied inline, which the app's CSP (style-src 'self') refuses; the root's font-family is enough.
      const source = input.svgFor(slice.source, slice.header === true).replace(/<style>[\s\S]*?<\/style>/g, '')
      const svg = parser.parseFromString(source, 'image/svg+xml').documentElement
      if (svg.nodeName !== 'svg') throw new Error('the export SVG did not parse')
      const lines = takeSvgText(svg)
      const width = slice.source.width * plan.scale
      const height = slice.source.height * plan.scale
      // The page shows its part only: what lies beyond is clipped, not drawn off the part.
      pdf.saveGraphicsState()
      pdf.rect(slice.x, slice.y, width, height, null)
      pdf.clip()
      pdf.discardPath()
      await svg2pdf(svg, pdf, { x: slice.x, y: slice.y, width, height })
      for (const line of lines) {
        const placed = toPage(line, slice.source, slice, plan.scale, writer)
        if (placed) writer.draw(placed)
      }
      pdf.restoreGraphicsState()
    }
    if (plan.numbered && input.pageLabel) {
      const label = input.pageLabel(i + 1, total)
      writer.draw({ text: label, x: plan.pageWidth / 2, baseline: plan.pageHeight - PAGE_MARGIN_PT - 4, anchor: 'middle', direction: textDirection(label, input.rtl ? 'rtl' : 'ltr').direction, fontSize: LABEL_SIZE, weight: 'normal', fill: LABEL_FILL })
    }
    onProgress({ done: i + 1, total })
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return pdf.output('blob')
}
