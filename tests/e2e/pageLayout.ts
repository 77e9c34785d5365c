import type { Page } from 'playwright-core'
import type { JourneyDoc } from '../../src/domain'
import { setCardHeightRule } from '../../src/domain/cardFit'
import { cardLayout, type CardLayout } from '../../src/domain/layout'
import { createCardHeightRule } from '../../src/drawing/cardFit'
import { estimateTextWidth, type TextWidth } from '../../src/drawing/textMeasure'

type Measure = readonly [text: string, font: string]

/** Widths of texts in the page's canvas, in the fonts the board loaded, as src/drawing/textMeasure.ts measures them. */
async function measureInPage(page: Page, texts: readonly Measure[]): Promise<number[]> {
  return page.evaluate((list) => {
    const doc = (globalThis as unknown as { document: { createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } | null } } }).document
    const context = doc.createElement('canvas').getContext('2d')
    if (!context) throw new Error('the page has no 2D canvas')
    return list.map(([text, font]) => {
      if (context.font !== font) context.font = font
      return context.measureText(text).width
    })
  }, texts)
}

/**
 * The map laid out as the page lays it out. A map that fits cards to their text grows each card by
 * the height rule the app registers once its fonts are loaded (src/main.tsx); Node has neither the
 * rule nor the fonts, and would lay every card out at the standard height. So this registers, in
 * the test process, the app's own rule (src/drawing/cardFit.ts) with widths measured by the page:
 * it lays the map out, asks the page for every width the wrapping asked for, and again until no
 * width is missing (each round settles at least one more line break of every card). Later
 * `cardLayout`/`gridLayout` calls in the test use the rule and the widths learnt so far.
 */
export async function pageLayout(page: Page, doc: JourneyDoc): Promise<CardLayout> {
  const known = new Map<string, number>()
  const key = (text: string, font: string) => `${font}\u0000${text}`
  for (let round = 0; round < 100; round++) {
    const missing = new Map<string, Measure>()
    const width: TextWidth = (text, font) => {
      const measured = known.get(key(text, font))
      if (measured !== undefined) return measured
      missing.set(key(text, font), [text, font])
      return estimateTextWidth(text, font)
    }
    setCardHeightRule(createCardHeightRule(width))
    const layout = cardLayout(doc)
    if (missing.size === 0) return layout
    const asked = [...missing.values()]
    const widths = await measureInPage(page, asked)
    asked.forEach(([text, font], i) => known.set(key(text, font), widths[i] ?? estimateTextWidth(text, font)))
  }
  throw new Error('measuring the card texts did not settle')
}
