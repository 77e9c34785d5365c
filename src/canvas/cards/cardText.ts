import Konva from 'konva'
import type { Text as TextComponent } from 'react-konva'
import { konvaLines, type KonvaLine } from '../../drawing/konvaLines'
import { createCanvasTextWidth, type TextWidth } from '../../drawing/textMeasure'
import { konvaElement } from '../konvaElement'

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
/** The baseline shift Konva derives from an "M" of the font. */
const shifts = new Map<string, number>()
/** Widths of words and of whole lines, remembered by font; made at the first card, after the fonts loaded. */
let textWidth: TextWidth | null = null

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
      const widthIn = (textWidth ??= createCanvasTextWidth())
      const measure = (s: string) => widthIn(s, font)
      const lines = konvaLines(text, box, measure)
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

/** A card's text element: a Konva Text (its class name stays "Text"), wrapped the fast way. */
export const CardText = konvaElement<typeof TextComponent>('CardText', CardTextNode)
