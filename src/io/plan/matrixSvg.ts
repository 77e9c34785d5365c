import type { ActionStatus, Direction, Quadrant } from '../../domain'
import type { Rect } from '../../domain/layout'
import { formatNumber } from '../../i18n/format'
import { cssFont, escapeXml, n, SVG_FONT_FAMILY, textBox, type Measure, type TextBoxStyle } from '../export/svg/text'
import type { MatrixChip, MatrixLayout } from './matrixLayout'
import type { Translate } from './source'

/** Chip colours by status: a light fill to read the title on, a strong edge and stripe to tell them apart. */
export const STATUS_COLORS: Record<ActionStatus, { fill: string; edge: string; text: string }> = {
  idea: { fill: '#f4f4f5', edge: '#71717a', text: '#18181b' },
  planned: { fill: '#dbeafe', edge: '#2563eb', text: '#172554' },
  doing: { fill: '#fef3c7', edge: '#d97706', text: '#451a03' },
  done: { fill: '#dcfce7', edge: '#16a34a', text: '#052e16' },
  dropped: { fill: '#ffffff', edge: '#a1a1aa', text: '#71717a' },
}

const QUADRANT_FILL: Record<Quadrant, string> = { quickWin: '#f0fdf4', bigBet: '#eff6ff', fillIn: '#fafafa', thankless: '#fef2f2' }
const LINE = '#d4d4d8'
const AXIS = '#3f3f46'
const CHIP_FONT = 13
export const LEGEND_FONT = 13

export interface MatrixSvgInput {
  readonly layout: MatrixLayout
  readonly t: Translate
  /** Tick numbers in the language's digits. */
  readonly language: string
  /** The map's title, on top. */
  readonly title: string
  readonly measure: Measure
  /** @font-face rules (embeddedFontCss) so the picture looks the same without the fonts installed; left out for svg2pdf. */
  readonly fontCss?: string
  readonly transparent?: boolean
  /** Only this part (one PDF page). */
  readonly view?: Rect
}

function text(value: string, box: Rect, dir: Direction, style: Partial<TextBoxStyle>, measure: Measure): string {
  const full: TextBoxStyle = { fontSize: 14, fontWeight: 'normal', lineHeight: 1.3, fill: AXIS, padding: 0, align: 'start', verticalAlign: 'middle', wrap: false, ...style }
  return textBox(value, box, dir, full, measure)
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1)
  const head = 10
  const a = { x: x2 - head * Math.cos(angle - 0.45), y: y2 - head * Math.sin(angle - 0.45) }
  const b = { x: x2 - head * Math.cos(angle + 0.45), y: y2 - head * Math.sin(angle + 0.45) }
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2 - 4 * Math.cos(angle))}" y2="${n(y2 - 4 * Math.sin(angle))}" stroke="${AXIS}" stroke-width="2"/><polygon points="${n(x2)},${n(y2)} ${n(a.x)},${n(a.y)} ${n(b.x)},${n(b.y)}" fill="${AXIS}"/>`
}

function chipSvg(chip: MatrixChip, input: MatrixSvgInput, dir: Direction): string {
  const { action, rect: r } = chip
  const colors = STATUS_COLORS[action.status]
  const rtl = input.layout.rtl
  const dash = action.status === 'dropped' ? ' stroke-dasharray="5 4"' : ''
  const stripeX = rtl ? r.x + r.width - 8 : r.x + 4
  const box = { x: rtl ? r.x + 8 : r.x + 16, y: r.y + 4, width: r.width - 24, height: r.height - 8 }
  const title = action.title.trim() === '' ? input.t('plan.markdown.untitled') : action.title
  return [
    `<g class="chip" data-status="${action.status}">`,
    `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="8" fill="${colors.fill}" stroke="${colors.edge}" stroke-width="1.5"${dash}/>`,
    `<rect x="${n(stripeX)}" y="${n(r.y + 6)}" width="4" height="${n(r.height - 12)}" rx="2" fill="${colors.edge}"/>`,
    text(title, box, dir, { fontSize: CHIP_FONT, fill: colors.text, wrap: true, lineHeight: 1.25 }, input.measure),
    '</g>',
  ].join('')
}

/**
 * The effort / impact matrix as an SVG document, drawn from its layout: quadrant backgrounds and
 * names, the score grid with its numbers, the two axes as arrows, a chip per action coloured by
 * status, and a legend of the statuses. All text is real, escaped text in the board's fonts.
 */
export function buildMatrixSvg(input: MatrixSvgInput): string {
  const { layout: L, t, measure } = input
  const dir: Direction = L.rtl ? 'rtl' : 'ltr'
  const v = input.view ?? { x: 0, y: 0, width: L.width, height: L.height }
  const out: string[] = []
  if (!input.transparent) out.push(`<rect x="0" y="0" width="${n(L.width)}" height="${n(L.height)}" fill="#ffffff"/>`)
  out.push(text(input.title, L.title, dir, { fontSize: 22, fontWeight: '600', fill: '#18181b' }, measure))
  out.push(text(t('plan.matrix.title'), L.subtitle, dir, { fontSize: 15, fill: '#52525b' }, measure))
  for (const q of L.quadrants) {
    out.push(`<rect x="${n(q.rect.x)}" y="${n(q.rect.y)}" width="${n(q.rect.width)}" height="${n(q.rect.height)}" fill="${QUADRANT_FILL[q.quadrant]}"/>`)
  }
  const g = L.grid
  for (const c of L.columns) out.push(`<line x1="${n(c.rect.x)}" y1="${n(g.y)}" x2="${n(c.rect.x)}" y2="${n(g.y + g.height)}" stroke="${LINE}" stroke-width="1"/>`)
  for (const r of L.rows) out.push(`<line x1="${n(g.x)}" y1="${n(r.rect.y)}" x2="${n(g.x + g.width)}" y2="${n(r.rect.y)}" stroke="${LINE}" stroke-width="1"/>`)
  // The quadrants' borders, stronger than the score lines.
  const bigBet = L.quadrants.find((q) => q.quadrant === 'bigBet')?.rect
  const fillIn = L.quadrants.find((q) => q.quadrant === 'fillIn')?.rect
  if (bigBet && fillIn) {
    const splitX = L.rtl ? bigBet.x + bigBet.width : bigBet.x
    out.push(`<line x1="${n(splitX)}" y1="${n(g.y)}" x2="${n(splitX)}" y2="${n(g.y + g.height)}" stroke="#a1a1aa" stroke-width="2"/>`)
    out.push(`<line x1="${n(g.x)}" y1="${n(fillIn.y)}" x2="${n(g.x + g.width)}" y2="${n(fillIn.y)}" stroke="#a1a1aa" stroke-width="2"/>`)
  }
  out.push(`<rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" fill="none" stroke="#a1a1aa" stroke-width="1.5"/>`)
  for (const q of L.quadrants) out.push(text(t(`plan.quadrant.${q.quadrant}`), q.label, dir, { fontSize: 14, fontWeight: '600', fill: '#3f3f46' }, measure))
  const tick = (value: number, cx: number, cy: number) => text(formatNumber(value, input.language), { x: cx - 20, y: cy - 10, width: 40, height: 20 }, dir, { fontSize: 13, fill: '#52525b', align: 'center' }, measure)
  for (const c of L.columns) out.push(tick(c.score, c.rect.x + c.rect.width / 2, L.effortAxis.tickY))
  for (const r of L.rows) out.push(tick(r.score, L.impactAxis.tickX, r.rect.y + r.rect.height / 2))
  out.push(arrow(L.effortAxis.from, L.effortAxis.y, L.effortAxis.to, L.effortAxis.y))
  out.push(text(t('plan.matrix.effortAxis'), L.effortAxis.label, dir, { fontSize: 15, fontWeight: '600', align: 'center' }, measure))
  out.push(arrow(L.impactAxis.x, L.impactAxis.from, L.impactAxis.x, L.impactAxis.to))
  out.push(text(t('plan.matrix.impactAxis'), L.impactAxis.label, dir, { fontSize: 15, fontWeight: '600' }, measure))
  for (const chip of L.chips) out.push(chipSvg(chip, input, dir))
  if (L.chips.length === 0) out.push(text(t('plan.matrix.empty'), { x: g.x, y: g.y + g.height / 2 - 20, width: g.width, height: 40 }, dir, { fontSize: 16, fill: '#71717a', align: 'center' }, measure))
  for (const item of L.legend) {
    const colors = STATUS_COLORS[item.status]
    const s = item.swatch
    out.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" rx="3" fill="${colors.fill}" stroke="${colors.edge}" stroke-width="2"/>`)
    out.push(text(t(`plan.status.${item.status}`), item.label, dir, { fontSize: LEGEND_FONT, fill: '#3f3f46' }, measure))
  }
  const style = `${input.fontCss ?? ''}text{font-family:${SVG_FONT_FAMILY}}`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${n(v.x)} ${n(v.y)} ${n(v.width)} ${n(v.height)}" width="${n(v.width)}" height="${n(v.height)}" font-family="${SVG_FONT_FAMILY}"${L.rtl ? ' data-direction="rtl"' : ''}>`,
    `<title>${escapeXml(`${input.title} — ${t('plan.matrix.title')}`)}</title>`,
    // No <style> for svg2pdf (the page's CSP refuses it); the root's font-family says it all there.
    `<defs><style>${style}</style></defs>`,
    out.join(''),
    '</svg>\n',
  ].join('')
}

/** The legend labels' widths, for layoutMatrix. */
export function legendWidth(t: Translate, measure: Measure): (status: ActionStatus) => number {
  return (status) => measure(t(`plan.status.${status}`), cssFont({ fontSize: LEGEND_FONT, fontWeight: 'normal' }))
}
