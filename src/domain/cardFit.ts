import type { Card, CardTextMode, JourneyMap } from './types'

/** A map without a choice shows every card's whole text: nothing is hidden unless someone asks for it. */
export function cardTextMode(map: Pick<JourneyMap, 'cardText'>): CardTextMode {
  return map.cardText === 'compact' ? 'compact' : 'fit'
}

/**
 * How tall a grid card must be, at a given width, to show its whole text. Measuring text needs the
 * board's fonts, which the domain cannot reach, so the renderer registers the rule once its fonts
 * are loaded (src/drawing/cardFit.ts). Until then, and in tests that do not register one, cards
 * keep the standard height.
 */
export type CardHeightRule = (card: Card, width: number) => number

let rule: CardHeightRule | null = null
let generation = 0

export function setCardHeightRule(next: CardHeightRule | null): void {
  rule = next
  // Layout caches key on this, so cards measured with fallback fonts are measured again.
  generation++
}

export function cardHeightRule(): CardHeightRule | null {
  return rule
}

export function cardHeightGeneration(): number {
  return generation
}
