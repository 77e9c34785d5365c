import vazirRegular from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url'
import vazirSemiBold from 'vazirmatn/fonts/ttf/Vazirmatn-SemiBold.ttf?url'
import type { Rect } from '../../domain/layout'
import { planPages, planSinglePage, type PaperSize } from './pages'
import { ExportCancelled, type ExportProgress } from './progress'

export interface PdfInput {
  readonly area: Rect
  readonly paper: PaperSize
  readonly rtl: boolean
  /** The picture's SVG for one part of it (a page), made for svg2pdf (see Measure.pdfText). */
  readonly svgFor: (view: Rect) => string
  /** Keep the picture whole on one page (scaled to the paper) instead of cutting it across pages as a map is. */
  readonly onePage?: boolean
}

async function fontBase64(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * A vector PDF with real, selectable text: the export SVG drawn by svg2pdf into jsPDF, one SVG per
 * page (cut to the page's part of the map). jsPDF embeds TrueType only, and the TTFs on npm are
 * Vazirmatn's: its Latin covers Turkish and Norwegian letters, so the PDF sets every text in it
 * (Latin looks a little different from the board's Inter). jsPDF shapes Arabic letters and runs
 * its bidi engine, which is what makes Persian joined and in order. Both libraries are loaded on
 * the first PDF export only.
 */
export async function renderPdf(input: PdfInput, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, regular, semibold] = await Promise.all([import('jspdf'), import('svg2pdf.js'), fontBase64(vazirRegular), fontBase64(vazirSemiBold)])
  const plan = input.onePage ? planSinglePage(input.area, input.paper) : planPages(input.area, input.paper, input.rtl)
  const orientation = plan.pageWidth >= plan.pageHeight ? 'landscape' : 'portrait'
  const pdf = new jsPDF({ unit: 'pt', format: [plan.pageWidth, plan.pageHeight], orientation, compress: true })
  pdf.addFileToVFS('Vazirmatn-Regular.ttf', regular)
  pdf.addFont('Vazirmatn-Regular.ttf', 'Vazirmatn', 'normal')
  pdf.addFileToVFS('Vazirmatn-SemiBold.ttf', semibold)
  // svg2pdf asks for weight 600 as the style "600normal".
  pdf.addFont('Vazirmatn-SemiBold.ttf', 'Vazirmatn', '600normal')
  pdf.addFont('Vazirmatn-SemiBold.ttf', 'Vazirmatn', 'bold')
  pdf.setFont('Vazirmatn', 'normal')
  const margin = input.paper === 'fit' ? 0 : (plan.pageWidth - Math.min(plan.pageWidth, (plan.pages[0]?.width ?? 0) * plan.scale)) / 2
  const parser = new DOMParser()
  const total = plan.pages.length
  onProgress({ done: 0, total })
  for (let i = 0; i < total; i++) {
    if (signal.aborted) throw new ExportCancelled()
    const view = plan.pages[i]
    if (!view) continue
    if (i > 0) pdf.addPage([plan.pageWidth, plan.pageHeight], orientation)
    const svg = parser.parseFromString(input.svgFor(view), 'image/svg+xml').documentElement
    if (svg.nodeName !== 'svg') throw new Error('the export SVG did not parse')
    const width = view.width * plan.scale
    const height = view.height * plan.scale
    const x = input.paper === 'fit' ? 0 : margin
    const y = input.paper === 'fit' ? 0 : (plan.pageHeight - height) / 2
    // The page shows its part only: what lies beyond is clipped, not drawn off the page.
    pdf.saveGraphicsState()
    pdf.rect(x, y, width, height, null)
    pdf.clip()
    pdf.discardPath()
    await svg2pdf(svg, pdf, { x, y, width, height })
    pdf.restoreGraphicsState()
    onProgress({ done: i + 1, total })
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return pdf.output('blob')
}
