import type { Card, Direction, Sentiment } from '../domain'

export const CANVAS_FONT_FAMILY = 'Inter, Vazirmatn, sans-serif'
/** At 100% zoom; projected in a room this is the smallest size people at the back can still read. */
export const CARD_FONT_SIZE = 15
export const CARD_LINE_HEIGHT = 1.4
export const CARD_TEXT_PADDING = 10
export const CARD_RADIUS = 8
/** Text items are headings and labels on the board: larger than card text so they read from the back of the room. */
export const TEXT_ITEM_FONT_SIZE = 22
/**
 * What the person has in hand on the board: hover and selection outlines, the card being edited,
 * the marquee, drag ghosts and drop targets, grips and resize handles, selected links. One colour,
 * so all of them read as the same thing, and one that no sentiment or grid line uses.
 */
export const ACCENT = '#2563eb'

const FILL: Record<Sentiment, string> = {
  positive: '#bbf7d0',
  friction: '#fecaca',
  decision: '#fde68a',
  neutral: '#e5e7eb',
}

const EDGE: Record<Sentiment, string> = {
  positive: '#15803d',
  friction: '#b91c1c',
  decision: '#b45309',
  neutral: '#6b7280',
}

export interface CardColors {
  readonly fill: string
  /** The border keeps showing the sentiment when a custom colour replaces the fill. */
  readonly edge: string
  readonly text: string
}

export function cardColors(card: Pick<Card, 'sentiment' | 'color'>): CardColors {
  const fill = card.color ?? FILL[card.sentiment] ?? FILL.neutral
  return { fill, edge: EDGE[card.sentiment] ?? EDGE.neutral, text: isDark(fill) ? '#ffffff' : '#111827' }
}

// Zoomed out, every visible card asks for its colours on every frame of a pan: a map holds a
// handful of distinct fills, so the answer is remembered per colour.
const darkness = new Map<string, boolean>()

function isDark(hex: string): boolean {
  let dark = darkness.get(hex)
  if (dark === undefined) {
    const m = /^#([0-9a-f]{6})$/i.exec(hex)
    const n = m ? parseInt(m[1] ?? '', 16) : 0xffffff
    dark = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255) < 140
    if (darkness.size < 256) darkness.set(hex, dark)
  }
  return dark
}

// Hebrew, Arabic (with Persian and Urdu letters), Syriac, Thaana, NKo and the Arabic presentation forms.
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/

export function hasRtlScript(text: string): boolean {
  return RTL_SCRIPT.test(text)
}

// Letters of scripts written left to right: Latin (with Turkish and Norwegian letters), Greek, Cyrillic.
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/

/** The text's own direction, as HTML's dir="auto" decides it: from its first letter of a directional script. */
export function baseDirection(text: string): Direction | null {
  for (const ch of text) {
    if (RTL_SCRIPT.test(ch)) return 'rtl'
    if (LTR_LETTER.test(ch)) return 'ltr'
  }
  return null
}

/**
 * Konva orders mixed Persian and Latin text correctly only when told the direction, and otherwise
 * inherits it from the page, which follows the interface language: so always say it. The text's
 * first letter sets its direction (an English note on a right-to-left map still reads left to
 * right, punctuation included); the map sets the side it is aligned to.
 */
export function textDirection(text: string, mapDirection: Direction): { direction: Direction; align: 'left' | 'right' } {
  const direction = baseDirection(text) ?? mapDirection
  return { direction, align: direction === 'rtl' || mapDirection === 'rtl' ? 'right' : 'left' }
}
