import { cardColors } from '../../drawing/cardStyle'
import { SENTIMENTS, type CardId, type Direction, type JourneyDoc, type StageId } from '../../domain'
import { cardLayout, gridLayout, LAYOUT, type Rect } from '../../domain/layout'
import { stripHeightAt, type PersonaStripLayout, type PersonaStripSource } from './personaStrip'

export type ExportScope = { readonly kind: 'map' } | { readonly kind: 'selection'; readonly ids: readonly CardId[] } | { readonly kind: 'stage'; readonly stageId: StageId }

/** Space around the picture, and the band above it for the title and the legend, in board pixels. */
export const MARGIN = 32
export const HEADER_HEIGHT = 96
const MIN_WIDTH = 720
const SELECTION_PAD = 16
export const TITLE_FONT_SIZE = 28
export const LEGEND_FONT_SIZE = 15

export interface ExportFrame {
  /** The whole picture in board pixels: header, content and margins. */
  readonly area: Rect
  /** The part of the board shown. */
  readonly content: Rect
  /** The band above the content: the title and legend (HEADER_HEIGHT), then the persona strip when there is one. */
  readonly header: Rect
  /** The persona strip's part of the header band (with the gap under it), or null without one. */
  readonly strip: Rect | null
  /** Only these cards are drawn (a selection export); null for all. */
  readonly only: ReadonlySet<CardId> | null
}

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y }
}

/** The board part an export shows: everything, the selected cards, or one stage with the lane titles beside it. */
export function scopeContent(doc: JourneyDoc, scope: ExportScope): { content: Rect; only: ReadonlySet<CardId> | null } | null {
  const layout = cardLayout(doc)
  if (scope.kind === 'map') return { content: layout.bounds, only: null }
  if (scope.kind === 'selection') {
    const rects = scope.ids.map((id) => layout.rects.get(id)).filter((r): r is Rect => r !== undefined)
    const box = union(rects)
    if (!box) return null
    return { content: { x: box.x - SELECTION_PAD, y: box.y - SELECTION_PAD, width: box.width + 2 * SELECTION_PAD, height: box.height + 2 * SELECTION_PAD }, only: new Set(scope.ids) }
  }
  const grid = gridLayout(doc)
  const band = grid.stages.find((b) => b.stageId === scope.stageId)
  if (!band) return null
  // As "zoom to stage" does: the stage beside the lane titles brings them along.
  const titles = { x: grid.laneTitleX, y: 0, width: LAYOUT.laneTitleWidth, height: grid.height }
  const beside = band.x === titles.x + titles.width || band.x + band.width === titles.x
  const box = union(beside ? [{ ...band, y: 0, height: grid.height }, titles] : [{ ...band, y: 0, height: grid.height }])
  return box ? { content: box, only: null } : null
}

/**
 * Integer board rects (so output pixels are exact at every scale) around the content, header on
 * top; with `personas`, the header band grows by the persona strip laid out across its width.
 */
export function exportFrame(doc: JourneyDoc, scope: ExportScope, personas: PersonaStripSource | null = null): ExportFrame | null {
  const picked = scopeContent(doc, scope)
  if (!picked) return null
  const c = picked.content
  const x0 = Math.floor(c.x)
  const content = { x: x0, y: Math.floor(c.y), width: Math.ceil(c.x + c.width) - x0, height: Math.ceil(c.y + c.height) - Math.floor(c.y) }
  const width = Math.max(MIN_WIDTH, content.width + 2 * MARGIN)
  const x = content.x - Math.floor((width - content.width) / 2)
  const stripHeight = Math.ceil(stripHeightAt(personas, width - 2 * MARGIN))
  const headerHeight = HEADER_HEIGHT + stripHeight
  const header = { x: x + MARGIN, y: content.y - headerHeight, width: width - 2 * MARGIN, height: headerHeight }
  const strip = stripHeight > 0 ? { x: header.x, y: header.y + HEADER_HEIGHT, width: header.width, height: stripHeight } : null
  const area = { x, y: header.y - MARGIN, width, height: content.height + headerHeight + 2 * MARGIN }
  return { area, content, header, strip, only: picked.only }
}

export interface LegendItem {
  readonly kind: 'chip' | 'felt' | 'intended'
  readonly label: string
  readonly fill: string
  readonly edge: string
  /** Swatch box and the label's start, in board pixels. */
  readonly swatch: Rect
  readonly labelX: number
  readonly labelWidth: number
}

export interface HeaderLayout {
  readonly direction: Direction
  readonly title: { readonly text: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  readonly legendY: number
  readonly legendHeight: number
  readonly items: readonly LegendItem[]
  /** The persona strip under the legend, when the person chose it and the map shows personas. */
  readonly strip?: PersonaStripLayout | null
}

/** Words the header needs, in the interface language. */
export interface HeaderWords {
  readonly title: string
  readonly sentiments: Readonly<Record<(typeof SENTIMENTS)[number], string>>
  readonly felt: string
  readonly intended: string
}

export const CURVE_COLOR = '#6d28d9'
const SWATCH = 18
const ITEM_GAP = 22

/**
 * The title, and one legend row: what the card colours mean, plus felt and intended when the map
 * has an emotions lane. Runs from the right in a right-to-left map. `measure` gives a label's width.
 */
export function headerLayout(doc: JourneyDoc, header: Rect, words: HeaderWords, measure: (text: string) => number): HeaderLayout {
  const direction = doc.map.direction
  const rtl = direction === 'rtl'
  const title = { text: words.title, x: header.x, y: header.y + 8, width: header.width, height: TITLE_FONT_SIZE * 1.4 }
  const legendY = header.y + 8 + TITLE_FONT_SIZE * 1.4 + 10
  const legendHeight = LEGEND_FONT_SIZE * 1.4
  const entries: { kind: LegendItem['kind']; label: string; fill: string; edge: string }[] = SENTIMENTS.map((s) => {
    const colors = cardColors({ sentiment: s, color: null })
    return { kind: 'chip', label: words.sentiments[s], fill: colors.fill, edge: colors.edge }
  })
  const hasEmotions = Object.values(doc.lanes).some((l) => l.kind === 'emotions')
  if (hasEmotions) entries.push({ kind: 'felt', label: words.felt, fill: CURVE_COLOR, edge: CURVE_COLOR }, { kind: 'intended', label: words.intended, fill: CURVE_COLOR, edge: CURVE_COLOR })
  const items: LegendItem[] = []
  let offset = 0
  for (const e of entries) {
    const swatchW = e.kind === 'chip' ? SWATCH : 30
    const labelWidth = Math.ceil(measure(e.label)) + 2
    const itemWidth = swatchW + 8 + labelWidth
    if (offset + itemWidth > header.width) break
    const start = rtl ? header.x + header.width - offset - itemWidth : header.x + offset
    const swatchX = rtl ? start + itemWidth - swatchW : start
    const labelX = rtl ? start : start + swatchW + 8
    items.push({ ...e, swatch: { x: swatchX, y: legendY + (legendHeight - SWATCH) / 2, width: swatchW, height: SWATCH }, labelX, labelWidth })
    offset += itemWidth + ITEM_GAP
  }
  return { direction, title, legendY, legendHeight, items }
}
