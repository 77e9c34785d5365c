import type { JourneyDoc, PersonaId } from '../../../domain'
import { type Rect } from '../../../domain/layout'
import { intersects } from '../../../domain/cardHits'
import { LEGEND_FONT_SIZE, TITLE_FONT_SIZE, type ExportFrame, type HeaderLayout } from '../frame'
import { cardsSvg } from './cards'
import { emotionSvg } from './emotion'
import { gridSvg, type Translate } from './grid'
import { personaStripSvg } from './personas'
import { escapeXml, n, SVG_FONT_FAMILY, textBox, type Measure } from './text'

export interface SvgInput {
  readonly doc: JourneyDoc
  readonly frame: ExportFrame
  readonly header: HeaderLayout
  readonly t: Translate
  readonly measure: Measure
  readonly transparent: boolean
  /** Whose emotion curves lead (the board's chosen persona). */
  readonly chosenPersona: PersonaId | null
  /** @font-face rules with the fonts as data: URLs, so the file looks the same on a machine without them. */
  readonly fontCss?: string
  /** Shows only this part of the picture (one PDF page) and leaves out cards wholly outside it. */
  readonly view?: Rect
}

function headerSvg(header: HeaderLayout, measure: Measure): string {
  const out: string[] = []
  const dir = header.direction
  out.push(textBox(header.title.text, header.title, dir, { fontSize: TITLE_FONT_SIZE, fontWeight: '600', lineHeight: 1.4, fill: '#18181b', padding: 0, align: 'start', verticalAlign: 'middle', wrap: false }, measure))
  for (const item of header.items) {
    const s = item.swatch
    const midY = s.y + s.height / 2
    if (item.kind === 'chip') {
      out.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" rx="4" fill="${item.fill}" stroke="${item.edge}" stroke-width="1.5"/>`)
    } else {
      const dash = item.kind === 'intended' ? ' stroke-dasharray="8 5"' : ''
      out.push(`<line x1="${n(s.x)}" y1="${n(midY)}" x2="${n(s.x + s.width)}" y2="${n(midY)}" stroke="${item.edge}" stroke-width="3" stroke-linecap="round"${dash}/>`)
    }
    out.push(
      textBox(
        item.label,
        { x: item.labelX, y: header.legendY, width: item.labelWidth + 4, height: header.legendHeight },
        dir,
        { fontSize: LEGEND_FONT_SIZE, fontWeight: 'normal', lineHeight: 1.4, fill: '#3f3f46', padding: 0, align: 'start', verticalAlign: 'middle', wrap: false },
        measure,
      ),
    )
  }
  return `<g class="header">${out.join('')}</g>`
}

/**
 * The map as one SVG document: vector shapes and real text (selectable, searchable), laid out from
 * the same layout as the board. Every piece of map text is escaped: nothing in a card becomes markup.
 */
export function buildSvg(input: SvgInput): string {
  const { doc, frame, t, measure } = input
  const a = input.view ?? frame.area
  const rtl = doc.map.direction === 'rtl'
  // A PDF page's part of the map below the header band has no use for the strip (and no hidden text of it).
  const strip = input.header.strip && (!input.view || intersects(input.view, input.header.strip.box)) ? input.header.strip : null
  // Everything outside the picture is clipped, so a stage or selection export shows only its part.
  const style = `${input.fontCss ?? ''}text{font-family:${SVG_FONT_FAMILY}}`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${n(a.x)} ${n(a.y)} ${n(a.width)} ${n(a.height)}" width="${n(a.width)}" height="${n(a.height)}" font-family="${SVG_FONT_FAMILY}"${rtl ? ' data-direction="rtl"' : ''}>`,
    `<title>${escapeXml(input.header.title.text)}</title>`,
    // No <style> for svg2pdf: parsing one in the page trips the app's CSP (style-src 'self'), and the root's font-family says it all.
    `<defs><style>${style}</style><clipPath id="content"><rect x="${n(frame.content.x)}" y="${n(frame.content.y)}" width="${n(frame.content.width)}" height="${n(frame.content.height)}"/></clipPath></defs>`,
    input.transparent ? '' : `<rect x="${n(frame.area.x)}" y="${n(frame.area.y)}" width="${n(frame.area.width)}" height="${n(frame.area.height)}" fill="#ffffff"/>`,
    headerSvg(input.header, measure),
    strip ? personaStripSvg(strip, doc.map.direction) : '',
    '<g clip-path="url(#content)">',
    gridSvg(doc, t, measure, input.transparent, input.view),
    cardsSvg(doc, frame.only, t, measure, input.view),
    emotionSvg(doc, input.chosenPersona, { felt: t('board.emotion.felt'), intended: t('board.emotion.intended') }, measure),
    '</g>',
    '</svg>\n',
  ].join('')
}
