import type { VisualExportKind } from '../../../electron/shared/ipc'
import { SENTIMENTS, type JourneyDoc, type PersonaId } from '../../domain'
import type { Rect } from '../../domain/layout'
import { exportFrame, HEADER_HEIGHT, headerLayout, LEGEND_FONT_SIZE, type ExportFrame, type ExportScope, type HeaderLayout, type HeaderWords } from './frame'
import { canvasMeasure } from './measure'
import { planMapPages, type PaperSize } from './pages'
import { renderPdf } from './pdf'
import { personaStripLayout, personaStripSource, type PersonaStripSource } from './personaStrip'
import { mapSheet } from './sheet'
import type { ExportProgress } from './progress'
import { buildSvg, type SvgInput } from './svg/document'
import type { Translate } from './svg/grid'
import { SVG_FONT_FAMILY, type Measure } from './svg/text'
import { embeddedFontCss } from './svgFonts'

export interface VisualExportOptions {
  readonly kind: VisualExportKind
  readonly scope: ExportScope
  readonly scale: 1 | 2 | 3
  readonly transparent: boolean
  readonly paper: PaperSize
  /** A strip of the map's personas (photo, name, role, quote) under the title; nothing when the map shows none. */
  readonly personas: boolean
}

export interface VisualExportContext {
  readonly t: Translate
  /** Whose emotion curves lead, as on the board. */
  readonly chosenPersona: PersonaId | null
  /** Draws the PNG from the board's own layers (src/canvas/export): io does not import the board. */
  readonly renderPng: PngRenderer
}

export type PngRenderer = (frame: ExportFrame, header: HeaderLayout, options: { scale: 1 | 2 | 3; transparent: boolean }, onProgress: (p: ExportProgress) => void, signal: AbortSignal) => Promise<Blob>

function words(doc: JourneyDoc, t: Translate): HeaderWords {
  const sentiments = Object.fromEntries(SENTIMENTS.map((s) => [s, t(`board.cards.sentiments.${s}`)])) as HeaderWords['sentiments']
  return { title: doc.map.title, sentiments, felt: t('board.emotion.felt'), intended: t('board.emotion.intended') }
}

const legendMeasure = (measure: Measure) => (text: string) => measure(text, `400 ${LEGEND_FONT_SIZE}px ${SVG_FONT_FAMILY}`)

type Prepared = Omit<SvgInput, 'measure'> & { readonly personas: PersonaStripSource | null }

/**
 * What the SVG drawing needs for these options, the same for the export and its preview in the
 * dialog (so an option added here shows in the preview too), with the persona strip's source for
 * the page plan; null when the scope shows nothing.
 */
export function svgInputFor(doc: JourneyDoc, options: Pick<VisualExportOptions, 'scope' | 'transparent' | 'personas'>, context: Pick<VisualExportContext, 't' | 'chosenPersona'>, measure: Measure): Prepared | null {
  const personas = personaStripSource(doc, options.personas, context.t('people.unnamed'), measure)
  const frame = exportFrame(doc, options.scope, personas)
  if (!frame) return null
  const header: HeaderLayout = { ...headerLayout(doc, frame.header, words(doc, context.t), legendMeasure(measure)), strip: frame.strip && personaStripLayout(personas, frame.strip) }
  return { doc, frame, header, personas, t: context.t, transparent: options.transparent, chosenPersona: context.chosenPersona }
}

/** Exports the open map (the store's doc: the PNG renders the board's own layers) as PNG, SVG or PDF. */
export async function runVisualExport(doc: JourneyDoc, options: VisualExportOptions, context: VisualExportContext, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<Blob> {
  const measure = canvasMeasure()
  const base = svgInputFor(doc, options, context, measure)
  if (!base) throw new Error('nothing to export')
  const { frame, header, personas } = base
  if (options.kind === 'png') return context.renderPng(frame, header, { scale: options.scale, transparent: options.transparent }, onProgress, signal)
  if (options.kind === 'svg') {
    onProgress({ done: 0, total: 1 })
    const svg = buildSvg({ ...base, measure, fontCss: await embeddedFontCss() })
    onProgress({ done: 1, total: 1 })
    return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
  }
  const headerWords = words(doc, context.t)
  // A page's title, legend and persona band is laid out again across that page, so none is cut at its edge.
  const svgFor = (view: Rect, withHeader: boolean) => {
    const pageHeader = withHeader ? { ...headerLayout(doc, view, headerWords, legendMeasure(measure)), strip: personaStripLayout(personas, { x: view.x, y: view.y + HEADER_HEIGHT, width: view.width }) } : header
    return buildSvg({ ...base, header: pageHeader, measure, view })
  }
  return renderPdf(
    { plan: planMapPages(mapSheet(doc, frame, { measure, untitled: context.t('board.untitledStage') }, personas), options.paper), svgFor, rtl: doc.map.direction === 'rtl', pageLabel: (page, total) => context.t('export.pageOf', { page, total }) },
    onProgress,
    signal,
  )
}
