/** A string's width in board pixels in a CSS font ("600 15px Inter, Vazirmatn, sans-serif"). */
export type TextWidth = (text: string, font: string) => number

/**
 * Text widths from one canvas 2D context, in the board's own fonts (loaded before the first draw),
 * so wrapping computed here matches what Konva and the exports draw. Widths are remembered: a map
 * repeats its words. Without a DOM (Node tests) widths are estimated from the font size.
 */
export function createCanvasTextWidth(): TextWidth {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  // One map per font, so a lookup builds no key: a 10,000-card layout asks for ~100,000 widths.
  const caches = new Map<string, Map<string, number>>()
  let size = 0
  return (text, font) => {
    let cache = caches.get(font)
    if (!cache) caches.set(font, (cache = new Map()))
    let width = cache.get(text)
    if (width === undefined) {
      if (context) {
        if (context.font !== font) context.font = font
        width = context.measureText(text).width
      } else {
        width = estimateTextWidth(text, font)
      }
      if (size < 200_000) {
        cache.set(text, width)
        size++
      }
    }
    return width
  }
}

/** About how wide text is in a font, from its size alone: for tests and a browser without canvas. */
export function estimateTextWidth(text: string, font: string): number {
  const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '15')
  return [...text].length * size * 0.55
}
