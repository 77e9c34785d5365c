import type { Rect } from '../../domain/layout'
import { balance, pack, partWidths, stageBreaks, type Span, type StageBreaks } from './pageBreaks'

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
/** The band under the picture that carries "page N of M". */
export const PAGE_FOOTER_PT = 16
/** Text stays readable on paper: below this the map is cut down the pages too rather than shrunk further. */
export const MIN_SCALE = 0.3
/** PDF viewers refuse pages larger than 14,400 pt (200 inches) a side. */
export const MAX_PAGE_PT = 14_400

/** A part of the picture (board pixels) and where its top left corner goes on the page (points). */
export interface PageSlice {
  readonly source: Rect
  readonly x: number
  readonly y: number
  /** The title and legend band: laid out again for this page's width, so it is never cut. */
  readonly header?: boolean
}

/** A stage's part of a page: as wide as the page shows of its band (board px), and whether its name shows whole there. */
export interface StagePart {
  readonly id: string
  readonly width: number
  readonly whole: boolean
}

export interface PlannedPage {
  readonly slices: readonly PageSlice[]
  /** The stages the page shows a part of, in reading order. */
  readonly stages: readonly StagePart[]
}

export interface PagePlan {
  readonly pageWidth: number
  readonly pageHeight: number
  /** Board pixels to points. */
  readonly scale: number
  /** In reading order (a right-to-left map's first stage on page 1). */
  readonly pages: readonly PlannedPage[]
  /** Pages carry "page N of M" under the picture (paper sizes; not the one big page). */
  readonly numbered: boolean
}

/** The title band stops short of the content's top, so the grid's top border (1.5 px, half above y = 0) never shows across it. */
const HEADER_EDGE = 2

/** What the page plan needs of a map's picture, in board pixels. */
export interface MapSheet {
  /** The whole picture (header, content, margins): the one big page. */
  readonly area: Rect
  /** The band above the content: title and legend, and the persona strip when shown. */
  readonly header: Rect
  /**
   * The band's height when laid out again across `width` (a page's): the persona strip takes more
   * rows on a narrower band. Without it the band is `header.height` at any width.
   */
  readonly headerAt?: (width: number) => number
  /** The content: grid and every card. */
  readonly content: Rect
  /** The lane title column when the content holds it: it goes on every page. */
  readonly laneTitles: { readonly x: number; readonly width: number } | null
  /** Step columns in reading order: a page never cuts one. */
  readonly columns: readonly { readonly x: number; readonly width: number }[]
  /** Bottom of the stage and step header rows: repeated on every page when the lanes run over several pages down. */
  readonly bodyTop: number
  /** Lane rows, top to bottom: pages cut down the map only between them. */
  readonly rows: readonly { readonly y: number; readonly height: number }[]
  /** Stage bands, left to right, each with whether a part of it this wide shows its name whole (see pageBreaks). */
  readonly stages: readonly SheetStage[]
  readonly rtl: boolean
}

export interface SheetStage {
  readonly id: string
  readonly x: number
  readonly width: number
  /** Whether a part of the band `width` board px wide shows the stage's name whole, as the export draws it. */
  readonly fits: (width: number) => boolean
}

/** One big page the size of the picture, scaled down past 200 inches: every stage's whole band on it. */
function fitPlan(area: Rect, stages: readonly SheetStage[]): PagePlan {
  const scale = Math.min(POINTS_PER_PX, MAX_PAGE_PT / area.width, MAX_PAGE_PT / area.height)
  const parts = stages.map((s) => ({ id: s.id, width: s.width, whole: s.fits(s.width) }))
  return { pageWidth: area.width * scale, pageHeight: area.height * scale, scale, pages: [{ slices: [{ source: area, x: 0, y: 0 }], stages: parts }], numbered: false }
}

/** The stage band a piece of the width lies in, if any. */
function stageAt(stages: readonly SheetStage[], start: number, size: number): number | undefined {
  const i = stages.findIndex((s) => start >= s.x - 0.5 && start + size <= s.x + s.width + 0.5)
  return i < 0 ? undefined : i
}

/** The content's width cut into spans at step edges; what lies beyond the steps (free cards) in page-wide pieces. Reading order. */
function columnSpans(sheet: MapSheet, room: number): Span[] {
  const { content } = sheet
  const end = content.x + content.width
  const steps = sheet.columns.filter((c) => c.x + c.width > content.x && c.x < end).map((c) => ({ start: c.x, size: c.width, step: true }))
  const titles = sheet.laneTitles ? [{ start: sheet.laneTitles.x, size: sheet.laneTitles.width, step: false }] : []
  const spans: Span[] = []
  const add = (start: number, size: number) => spans.push({ start, size, stage: stageAt(sheet.stages, start, size) })
  let x = content.x
  for (const c of [...steps, ...titles].sort((p, q) => p.start - q.start)) {
    for (let s = x; s < c.start - 0.5; s += room) add(s, Math.min(room, c.start - s))
    if (c.step) add(c.start, c.size)
    x = Math.max(x, c.start + c.size)
  }
  for (let s = x; s < end - 0.5; s += room) add(s, Math.min(room, end - s))
  // Screen order is left to right; a right-to-left map is read from its right end.
  return sheet.rtl ? spans.reverse() : spans
}

/** The lanes below the header rows packed into bands that fit `room` (whatever lies below the last lane goes last). */
function laneBands(sheet: MapSheet, room: number): Span[] {
  const spans = sheet.rows.map((r) => ({ start: r.y, size: r.height }))
  const last = spans.at(-1)
  const end = last ? last.start + last.size : sheet.bodyTop
  const bottom = sheet.content.y + sheet.content.height
  if (bottom > end) spans.push({ start: end, size: bottom - end })
  return pack(spans, room).map((band) => ({ start: band[0]?.start ?? end, size: band.reduce((sum, b) => sum + b.size, 0) }))
}

/** A page's steps fill at least this share of its printable width, where the steps' widths allow. */
export const MIN_FILL = 0.9
/** To fill a page's width, the map may print this much larger than 100% (when its height allows)… */
const MAX_ENLARGE = 1.25
/** …or this much smaller than the largest size its height allows (fewer, fuller pages). */
const MAX_SHRINK = 0.8

const widthOf = (group: readonly Span[]) => (group.length === 0 ? 0 : Math.max(...group.map((s) => s.start + s.size)) - Math.min(...group.map((s) => s.start)))

/** The smallest share of the printable width a page's titles and steps take. */
const fillOf = (groups: readonly Span[][], titlesW: number, scale: number, printW: number) => Math.min(...groups.map((g) => ((titlesW + widthOf(g)) * scale) / printW))

/** Counts of pages past the most at the largest size, tried when fewer leave some stage's name cut. */
const EXTRA_PAGES = 3

/**
 * How many pages and at what size: the fewest, fullest pages at the largest size the height allows,
 * ending only where every stage's part on a page shows its name whole (see pageBreaks).
 * Each candidate count of pages gets its steps spread evenly and the size that makes its widest page
 * fill the printable width (within `least`..`most`). Fewest cut names first: a name shown whole
 * beats a fuller page. Then, of those whose every page is at least MIN_FILL full, the largest size
 * wins; if none is, the one that fills best.
 */
function fillPages(spans: readonly Span[], titlesW: number, printW: number, least: number, most: number, breaks: StageBreaks): { scale: number; groups: Span[][] } {
  const { ok } = breaks
  const room = (scale: number) => Math.max(1, printW / scale - titlesW)
  const fewest = pack(spans, room(least), ok).length
  const last = Math.max(fewest, pack(spans, room(most), ok).length)
  let best: { scale: number; groups: Span[][]; fill: number; cut: number } | null = null
  for (let count = fewest; count <= Math.min(spans.length, last + EXTRA_PAGES); count++) {
    if (count > last && best && best.cut === 0) break
    const groups = balance(spans, count, ok)
    const widest = Math.max(0, ...groups.map(widthOf))
    const scale = Math.min(most, printW / Math.max(1, titlesW + widest))
    if (scale < least - 1e-9) continue
    const cut = breaks.cutParts(groups)
    const fill = fillOf(groups, titlesW, scale, printW)
    const full = fill >= MIN_FILL - 1e-9
    const fuller = !best || (full && (best.fill < MIN_FILL - 1e-9 || scale > best.scale + 1e-9)) || (!full && best.fill < MIN_FILL - 1e-9 && fill > best.fill + 1e-9)
    if (!best || cut < best.cut || (cut === best.cut && fuller)) best = { scale, groups, fill, cut }
  }
  return best ?? { scale: least, groups: pack(spans, room(least), ok) }
}

/** The stages a page's spans show a part of, in reading order, each with the part's width. */
function stageParts(group: readonly Span[], stages: readonly SheetStage[]): StagePart[] {
  return [...partWidths(group)].flatMap(([i, width]) => {
    const stage = stages[i]
    return stage ? [{ id: stage.id, width, whole: stage.fits(width) }] : []
  })
}

/**
 * Paper: every page has the title and legend on top (laid out for the page), the lane titles at the
 * reading start, whole step columns beside them and "page N of M" under them. The map is scaled so
 * its height fits a page (not far past 100%, never below a readable size: then it is also cut down
 * the pages, between lanes, with the stage and step headers repeated), and so each page's steps
 * fill its width (see fillPages). No step is on two pages.
 */
export function planMapPages(sheet: MapSheet, paper: PaperSize): PagePlan {
  if (paper === 'fit') return fitPlan(sheet.area, sheet.stages)
  const page = PAPER_POINTS[paper]
  const printW = page.width - 2 * PAGE_MARGIN_PT
  const printH = page.height - 2 * PAGE_MARGIN_PT - PAGE_FOOTER_PT
  const { content } = sheet
  // A page is never narrower than the printable width at 100% (the scale never passes it), and the
  // band is never taller across a wider page, so this height holds the band on every page. The
  // persona strip goes on every page, like the title: a page taped to a wall still says whose
  // journey it is, and every page keeps the same scale.
  const headerH = sheet.headerAt ? Math.ceil(sheet.headerAt(printW / POINTS_PER_PX)) : sheet.header.height
  const titlesW = sheet.laneTitles?.width ?? 0
  const widest = Math.max(0, ...sheet.columns.map((c) => c.width))
  const fitHeight = printH / (headerH + content.height)
  const readable = Math.max(fitHeight, Math.min(MIN_SCALE, POINTS_PER_PX))
  // A step is never cut: the widest one with the lane titles fits across a page even below the readable size.
  const across = Math.min(widest > 0 ? printW / (titlesW + widest) : Infinity, printW / Math.max(1, titlesW + 1))
  const natural = Math.min(POINTS_PER_PX, readable, across)
  const most = Math.min(POINTS_PER_PX * MAX_ENLARGE, readable, across)
  const least = Math.min(natural, Math.max(natural * MAX_SHRINK, Math.min(MIN_SCALE, POINTS_PER_PX)))
  const spans = columnSpans(sheet, Math.max(1, printW / natural - titlesW))
  // A page ends inside a stage only where both parts show its name whole, when some break allows it.
  const breaks = stageBreaks(spans, sheet.stages)
  const { scale, groups } = spans.length > 0 ? fillPages(spans, titlesW, printW, least, most, breaks) : { scale: natural, groups: [] }
  const roomH = printH / scale - headerH

  // Down the page: the whole content, or bands of lanes under the repeated header rows.
  const top = { start: content.y, size: Math.max(0, sheet.bodyTop - content.y) }
  const bands: Span[][] = content.height <= roomH + 1e-6 ? [[{ start: content.y, size: content.height }]] : laneBands(sheet, roomH - top.size).map((band) => [top, band])

  const pages: PlannedPage[] = []
  const headerY = PAGE_MARGIN_PT
  const bodyY = PAGE_MARGIN_PT + headerH * scale
  for (const band of bands) {
    for (const group of groups) {
      const from = Math.min(...group.map((s) => s.start))
      const groupW = widthOf(group)
      // The lane titles sit at the reading start: left in a left-to-right map, right in a right-to-left one.
      const titlesX = sheet.rtl ? PAGE_MARGIN_PT + printW - titlesW * scale : PAGE_MARGIN_PT
      const bodyX = sheet.rtl ? titlesX - groupW * scale : PAGE_MARGIN_PT + titlesW * scale
      const slices: PageSlice[] = [{ source: { x: sheet.rtl ? content.x + content.width - printW / scale : content.x, y: content.y - headerH, width: printW / scale, height: headerH - HEADER_EDGE }, x: PAGE_MARGIN_PT, y: headerY, header: true }]
      let y = bodyY
      for (const part of band) {
        if (part.size <= 0) continue
        if (sheet.laneTitles) slices.push({ source: { x: sheet.laneTitles.x, y: part.start, width: titlesW, height: part.size }, x: titlesX, y })
        slices.push({ source: { x: from, y: part.start, width: groupW, height: part.size }, x: bodyX, y })
        y += part.size * scale
      }
      pages.push({ slices, stages: stageParts(group, sheet.stages) })
    }
  }
  return { pageWidth: page.width, pageHeight: page.height, scale, pages, numbered: true }
}

/**
 * One page for a picture that must not be cut (the action plan's matrix): scaled down to fit the
 * paper's printable area whole, never enlarged past 100%; "fit" is the picture's own size.
 */
export function planSinglePage(area: Rect, paper: PaperSize): PagePlan {
  if (paper === 'fit') return fitPlan(area, [])
  const page = PAPER_POINTS[paper]
  const scale = Math.min(POINTS_PER_PX, (page.width - 2 * PAGE_MARGIN_PT) / area.width, (page.height - 2 * PAGE_MARGIN_PT) / area.height)
  const x = (page.width - area.width * scale) / 2
  const y = (page.height - area.height * scale) / 2
  return { pageWidth: page.width, pageHeight: page.height, scale, pages: [{ slices: [{ source: area, x, y }], stages: [] }], numbered: false }
}
