import type { Measure } from './svg/text'

/**
 * Text widths from a canvas 2D context in the board's own fonts (loaded before the first draw), so
 * the SVG wraps card text where the board does. Widths are remembered: a map repeats its words.
 */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')
  const cache = new Map<string, number>()
  return (text, font) => {
    const key = `${font}\u0000${text}`
    let width = cache.get(key)
    if (width === undefined) {
      if (!context) return text.length * 8
      if (context.font !== font) context.font = font
      width = context.measureText(text).width
      if (cache.size < 200_000) cache.set(key, width)
    }
    return width
  }
}
