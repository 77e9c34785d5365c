import Konva from 'konva'
import type { Text as TextComponent } from 'react-konva'
import { konvaLines, type KonvaLine } from '../../drawing/konvaLines'

interface TextInternals {
  textArr: KonvaLine[]
  textWidth: number
  textHeight: number
  _baselineShift: number
  _getContextFont(): string
}

interface Laid {
  readonly lines: readonly KonvaLine[]
  readonly width: number
}

/** Laid-out texts, by font, box and text: a card scrolled out of the built area and back, or built again for another pinch, is not wrapped again. */
const laidOut = new Map<string, Laid>()
const LAID_OUT_MAX = 20_000
/** Widths of words and of whole lines, by font. */
const widths = new Map<string, Map<string, number>>()
const WIDTHS_MAX = 200_000
let widthCount = 0
/** The baseline shift Konva derives from an "M" of the font. */
const shifts = new Map<string, number>()
let context: CanvasRenderingContext2D | null = null

function measurer(font: string): (s: string) => number {
  context ??= Konva.Util.createCanvasElement().getContext('2d')
  let known = widths.get(font)
  if (!known) widths.set(font, (known = new Map()))
  const cache = known
  return (s) => {
    let width = cache.get(s)
    if (width !== undefined) return width
    const c = context!
    if (c.font !== font) c.font = font
    // As Konva measures a line with no letter spacing.
    c.fontKerning = 'auto'
    width = c.measureText(s).width
    if (widthCount < WIDTHS_MAX) {
      cache.set(s, width)
      widthCount++
    }
    return width
  }
}

/**
 * The text of a card: a Konva Text whose lines are found with a measure per word rather than per
 * candidate line (drawing/konvaLines.ts), and remembered. Building the Text nodes of the cards a
 * pan or a pinch brings near the view spent most of its time in Konva's wrapping (98 of 123 ms
 * of node creation along the 2,000-card pan bench, profile); a map's first draw builds every card
 * in view. The lines are the ones Konva's own wrapping gives; text that only Konva's grapheme
 * search lays out (a word wider than the card, for one), and any option the cards do not use,
 * goes to Konva's own.
 */
class CardTextNode extends Konva.Text {
  override _setTextData(): void {
    const attrs = this.attrs as { width?: unknown; height?: unknown }
    const fixed = typeof attrs.width === 'number' && typeof attrs.height === 'number'
    if (!fixed || this.wrap() !== 'word' || this.letterSpacing() !== 0 || this.align() === 'justify' || this.charRenderFunc()) return super._setTextData()
    const self = this as unknown as TextInternals
    const font = self._getContextFont()
    const box = { width: this.width(), height: this.height(), padding: this.padding(), fontSize: this.fontSize(), lineHeight: this.lineHeight(), ellipsis: this.ellipsis() }
    const text = this.text()
    const key = `${font}|${box.width}|${box.height}|${box.padding}|${box.lineHeight}|${box.ellipsis ? 1 : 0}|${text}`
    let laid = laidOut.get(key)
    if (!laid) {
      const measure = measurer(font)
      const lines = konvaLines(text, box, measure, measure)
      if (!lines) return super._setTextData()
      laid = { lines, width: lines.reduce((w, l) => Math.max(w, l.width), 0) }
      if (laidOut.size >= LAID_OUT_MAX) laidOut.clear()
      laidOut.set(key, laid)
    }
    let shift = shifts.get(font)
    if (shift === undefined) {
      const m = this.measureSize('M')
      shifts.set(font, (shift = (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2))
    }
    // Konva only reads the lines once laid out, so nodes of the same text can share them.
    self.textArr = laid.lines as KonvaLine[]
    self.textWidth = laid.width
    self.textHeight = box.fontSize
    self._baselineShift = shift
  }
}

// react-konva creates a node by the name of its element's type, looked up on Konva.
;(Konva as unknown as Record<string, unknown>)['CardText'] = CardTextNode

/** A card's text element: a Konva Text (its class name stays "Text"), wrapped the fast way. */
export const CardText = 'CardText' as unknown as typeof TextComponent
