import { textDirection } from '../../../drawing/cardStyle'
import type { Direction } from '../../../domain'
import type { Rect } from '../../../domain/layout'
import { wrapText } from '../../../drawing/textWrap'

/** Gives a string's width in board pixels in a CSS font ("600 15px Inter, Vazirmatn, sans-serif"). */
export type Measure = (text: string, font: string) => number

/** Card text is untrusted: it only ever enters the SVG as escaped character data or attribute values. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F) are dropped.
  // eslint-disable-next-line no-control-regex -- these are exactly what must not reach the file
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** A number for an attribute: short, and never "NaN" or exponent notation. */
export function n(value: number): string {
  if (!Number.isFinite(value)) return '0'
  return String(Math.round(value * 100) / 100)
}

export { wrapText } from '../../../drawing/textWrap'

export interface TextBoxStyle {
  readonly fontSize: number
  readonly fontWeight: 'normal' | '600'
  readonly lineHeight: number
  readonly fill: string
  readonly padding: number
  readonly align: 'start' | 'center'
  readonly verticalAlign: 'top' | 'middle'
  /** One line with an ellipsis (titles), or word-wrapped lines (cards). */
  readonly wrap: boolean
  readonly opacity?: number
}

export const SVG_FONT_FAMILY = 'Inter, Vazirmatn, sans-serif'

export function cssFont(style: Pick<TextBoxStyle, 'fontSize' | 'fontWeight'>): string {
  return `${style.fontWeight === '600' ? '600' : '400'} ${style.fontSize}px ${SVG_FONT_FAMILY}`
}

/**
 * A text box as SVG <text> with one <tspan> per line, placed where Konva puts its lines (each line's
 * middle at padding + (i + ½)·lineHeight). Right-to-left text says `direction="rtl"` so a viewer
 * orders mixed Persian and Latin as HTML does, and is anchored at the box's right edge.
 */
export function textBox(text: string, box: Rect, mapDirection: Direction, style: TextBoxStyle, measure: Measure): string {
  if (text.trim() === '') return ''
  const font = cssFont(style)
  const lineHeight = style.fontSize * style.lineHeight
  const innerWidth = box.width - 2 * style.padding
  const maxLines = style.wrap ? Math.max(1, Math.floor((box.height - 2 * style.padding) / lineHeight + 0.01)) : 1
  const lines = wrapText(style.wrap ? text : text.replace(/\s*\n\s*/g, ' '), innerWidth, maxLines, (s) => measure(s, font))
  return textLinesSvg(text, lines, box, mapDirection, style)
}

/** Lines already wrapped (`text` is the whole text, for its direction), placed in the box as textBox places its own. */
export function textLinesSvg(text: string, lines: readonly string[], box: Rect, mapDirection: Direction, style: Omit<TextBoxStyle, 'wrap'>): string {
  if (lines.length === 0) return ''
  const lineHeight = style.fontSize * style.lineHeight
  const { direction, align: side } = textDirection(text, mapDirection)
  const rtl = direction === 'rtl'
  const blockHeight = lines.length * lineHeight
  const top = style.verticalAlign === 'middle' ? box.y + (box.height - blockHeight) / 2 : box.y + style.padding
  const x = style.align === 'center' ? box.x + box.width / 2 : side === 'right' ? box.x + box.width - style.padding : box.x + style.padding
  // With direction rtl, "start" is the right end of each line: the box's right edge. Left-to-right
  // text on a right-to-left map is aligned right too, so it ends there.
  const anchor = style.align === 'center' ? 'middle' : rtl ? 'start' : side === 'right' ? 'end' : 'start'
  const attrs = [
    `x="${n(x)}"`,
    `font-size="${n(style.fontSize)}"`,
    style.fontWeight === '600' ? 'font-weight="600"' : '',
    `fill="${escapeXml(style.fill)}"`,
    `text-anchor="${anchor}"`,
    rtl ? 'direction="rtl" unicode-bidi="embed"' : '',
    style.opacity !== undefined && style.opacity < 1 ? `opacity="${n(style.opacity)}"` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const spans = lines.map((line, i) => `<tspan x="${n(x)}" y="${n(top + (i + 0.5) * lineHeight)}">${escapeXml(line)}</tspan>`).join('')
  return `<text ${attrs} dominant-baseline="central" xml:space="preserve">${spans}</text>`
}
