import type { Card } from '../domain'
import type { CardHeightRule } from '../domain/cardFit'
import { CANVAS_FONT_FAMILY, CARD_FONT_SIZE, CARD_TEXT_PADDING } from './cardStyle'
import type { TextWidth } from './textMeasure'
import { lineCountWidth, wrapText } from './textWrap'
import { cardHeightForLines } from './touchpointLayout'

export const CARD_FONT = `400 ${CARD_FONT_SIZE}px ${CANVAS_FONT_FAMILY}`

/** How many lines a card's text takes at a card width, wrapped as the board and the exports wrap it. */
export function cardTextLines(text: string, cardWidth: number, width: TextWidth): number {
  if (text.trim() === '') return 0
  const room = lineCountWidth(cardWidth - 2 * CARD_TEXT_PADDING, CARD_FONT, width)
  const measure = (s: string) => width(s, CARD_FONT)
  return wrapText(text, room, Number.POSITIVE_INFINITY, measure, measure).length
}

/**
 * The height rule the layout grows cards by (src/domain/cardFit.ts). Each card is measured once
 * per width: records are immutable, so an edited card is a new object and the old entry goes with
 * the old card.
 */
export function createCardHeightRule(width: TextWidth): CardHeightRule {
  const cache = new WeakMap<Card, { readonly width: number; readonly height: number }>()
  return (card, cardWidth) => {
    const hit = cache.get(card)
    if (hit && hit.width === cardWidth) return hit.height
    const height = cardHeightForLines(card, cardTextLines(card.text, cardWidth, width))
    cache.set(card, { width: cardWidth, height })
    return height
  }
}

/** Whether a card of this size cuts its text short (a compact map ends it with "…"). */
export function cutsText(card: Card, rect: { readonly width: number; readonly height: number }, width: TextWidth): boolean {
  return cardHeightForLines(card, cardTextLines(card.text, rect.width, width)) > rect.height + 0.5
}
