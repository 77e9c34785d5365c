import type { Rect } from '../../domain/layout'

export type PaperSize = 'a4' | 'a3' | 'letter' | 'fit'

/** Landscape page sizes in PDF points (1/72 inch). */
export const PAPER_POINTS: Record<Exclude<PaperSize, 'fit'>, { width: number; height: number }> = {
  a4: { width: 841.89, height: 595.28 },
  a3: { width: 1190.55, height: 841.89 },
  letter: { width: 792, height: 612 },
}

/** Board pixels are CSS pixels: 96 per inch, so 0.75 pt each at 100%. */
export const POINTS_PER_PX = 0.75
export const PAGE_MARGIN_PT = 28
/** Neighbouring pages repeat this much of the map, so nothing is lost at a cut and pages line up when pasted. */
export const PAGE_OVERLAP_PT = 28
/** Text stays readable on paper: below this the map is tiled down the pages too rather than shrunk further. */
export const MIN_SCALE = 0.3
/** PDF viewers refuse pages larger than 14,400 pt (200 inches) a side. */
export const MAX_PAGE_PT = 14_400

export interface PagePlan {
  readonly pageWidth: number
  readonly pageHeight: number
  /** Board pixels to points. */
  readonly scale: number
  /** Each page's part of the picture, in board pixels, in reading order (right to left for an rtl map). */
  readonly pages: readonly Rect[]
}

/**
 * Paper: the map is scaled so its whole height fits a page (never enlarged past 100%), then cut
 * into pages across its width with a small overlap; a map too tall for that at a readable size is
 * also cut down the pages. "fit": one page the size of the map (scaled down past 200 inches).
 */
export function planPages(area: Rect, paper: PaperSize, rtl = false): PagePlan {
  if (paper === 'fit') {
    const scale = Math.min(POINTS_PER_PX, MAX_PAGE_PT / area.width, MAX_PAGE_PT / area.height)
    return { pageWidth: area.width * scale, pageHeight: area.height * scale, scale, pages: [area] }
  }
  const page = PAPER_POINTS[paper]
  const printW = page.width - 2 * PAGE_MARGIN_PT
  const printH = page.height - 2 * PAGE_MARGIN_PT
  const scale = Math.max(Math.min(POINTS_PER_PX, printH / area.height), Math.min(MIN_SCALE, POINTS_PER_PX))
  const sliceW = printW / scale
  const sliceH = printH / scale
  const overlap = PAGE_OVERLAP_PT / scale
  const count = (total: number, slice: number) => (total <= slice ? 1 : Math.ceil((total - overlap) / (slice - overlap)))
  const cols = count(area.width, sliceW)
  const rows = count(area.height, sliceH)
  const pages: Rect[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      // A right-to-left map starts on its right: page 1 holds the first stage.
      const k = rtl ? cols - 1 - c : c
      const x = cols === 1 ? area.x : area.x + Math.min(k * (sliceW - overlap), area.width - sliceW)
      const y = rows === 1 ? area.y : area.y + Math.min(r * (sliceH - overlap), area.height - sliceH)
      pages.push({ x, y, width: Math.min(sliceW, area.width), height: Math.min(sliceH, area.height) })
    }
  }
  return { pageWidth: page.width, pageHeight: page.height, scale, pages }
}

/**
 * One page for a picture that must not be cut (the action plan's matrix): scaled down to fit the
 * paper's printable area whole, never enlarged past 100%; "fit" is the picture's own size.
 */
export function planSinglePage(area: Rect, paper: PaperSize): PagePlan {
  if (paper === 'fit') return planPages(area, paper)
  const page = PAPER_POINTS[paper]
  const scale = Math.min(POINTS_PER_PX, (page.width - 2 * PAGE_MARGIN_PT) / area.width, (page.height - 2 * PAGE_MARGIN_PT) / area.height)
  return { pageWidth: page.width, pageHeight: page.height, scale, pages: [area] }
}
