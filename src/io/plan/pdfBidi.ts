import type { Rect } from '../../domain/layout'
import { escapeXml, n, wrapText, type Measure } from '../export/svg/text'

// jsPDF's bidi step (svg2pdf hands it each <text>) orders a line of one script right, but puts the
// words of a line mixing Persian and Latin ("کوچ به CRM تازه") in the wrong order. So for the PDF
// such a line is cut into runs of one direction, placed here as the Unicode bidi algorithm would
// (one level of embedding: enough for words and names), and each run is its own <text>.

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/

/** True when a line holds both right-to-left and left-to-right letters. */
export function mixesDirections(text: string): boolean {
  return RTL.test(text) && LTR.test(text)
}

export interface Run {
  readonly text: string
  readonly rtl: boolean
}

/**
 * The line's words grouped into runs of one direction, in visual order from left to right. A word
 * with a right-to-left letter is right to left; one with a Latin letter is left to right; a word
 * of neither (digits, punctuation) goes with its neighbours when they agree, else with the line.
 */
export function visualRuns(line: string): Run[] {
  const words = line.split(' ').filter((w) => w !== '')
  const strong = words.map((w) => (RTL.test(w) ? 'r' : LTR.test(w) ? 'l' : null))
  const first = strong.find((s) => s !== null) ?? 'r'
  const dirs = strong.map((s, i) => {
    if (s) return s
    const before = strong.slice(0, i).reverse().find((d) => d !== null) ?? first
    const after = strong.slice(i + 1).find((d) => d !== null) ?? first
    return before === after ? before : first
  })
  const runs: { words: string[]; rtl: boolean }[] = []
  words.forEach((word, i) => {
    const rtl = dirs[i] === 'r'
    const last = runs[runs.length - 1]
    if (last && last.rtl === rtl) last.words.push(word)
    else runs.push({ words: [word], rtl })
  })
  const logical = runs.map((r) => ({ text: r.words.join(' '), rtl: r.rtl }))
  return first === 'r' ? logical.reverse() : logical
}

export interface PdfTextStyle {
  readonly fontSize: number
  readonly fontWeight: 'normal' | '600'
  readonly lineHeight: number
  readonly fill: string
  readonly wrap: boolean
}

/**
 * A text box for the PDF whose lines may mix directions, aligned to the box's right edge (a right-to-left
 * map). Widths are measured in Vazirmatn, the one face the PDF sets every letter in.
 */
export function pdfMixedTextBox(text: string, box: Rect, style: PdfTextStyle, measure: Measure): string {
  const font = `${style.fontWeight === '600' ? '600' : '400'} ${style.fontSize}px Vazirmatn`
  const lineHeight = style.fontSize * style.lineHeight
  const maxLines = style.wrap ? Math.max(1, Math.floor(box.height / lineHeight + 0.01)) : 1
  const lines = wrapText(style.wrap ? text : text.replace(/\s*\n\s*/g, ' '), box.width, maxLines, (s) => measure(s, font))
  const top = box.y + (box.height - lines.length * lineHeight) / 2
  const space = measure(' ', font)
  const weight = style.fontWeight === '600' ? ' font-weight="600"' : ''
  const out: string[] = []
  lines.forEach((line, i) => {
    const y = top + (i + 0.5) * lineHeight
    const runs = visualRuns(line)
    const widths = runs.map((r) => measure(r.text, font))
    let x = box.x + box.width - (widths.reduce((sum, w) => sum + w, 0) + space * Math.max(0, runs.length - 1))
    runs.forEach((run, k) => {
      out.push(`<text x="${n(x)}" y="${n(y)}" font-size="${n(style.fontSize)}"${weight} fill="${escapeXml(style.fill)}" text-anchor="start" dominant-baseline="central" xml:space="preserve">${escapeXml(run.text)}</text>`)
      x += (widths[k] ?? 0) + space
    })
  })
  return out.join('')
}
