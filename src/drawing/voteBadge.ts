import type { Direction } from '../domain'

/** A vote badge at 100% zoom: a round dot for one or two digits, a pill for more. */
export const VOTE_BADGE_HEIGHT = 24
export const VOTE_BADGE_FONT_SIZE = 13
export const VOTE_BADGE_FILL = '#1d4ed8'
export const VOTE_BADGE_TEXT = '#ffffff'
export const VOTE_BADGE_EDGE = '#ffffff'
/** A digit of the badge's bold 13 px text is about this wide (Latin and Persian digits alike). */
const DIGIT_WIDTH = 8
const SIDE_PADDING = 4
/** The badge sits over the card's top corner, this far outside it, like a dot stuck on the note. */
const OVERHANG = 6
/** Zoomed out, the badge grows up to this much so the dots still read on an overview of the map. */
const MAX_GROWTH = 3

export interface VoteBadgeLayout {
  /** Top-left of the badge in the card's coordinates. */
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly cornerRadius: number
  readonly fontSize: number
}

/**
 * Where a card's vote badge goes: on the card's top trailing corner (the top-left one on a
 * right-to-left map, so it never sits where the reader starts), wide enough for its label, and
 * grown when zoomed out so the count stays readable, but never wider than the card.
 */
export function voteBadgeLayout(label: string, card: { readonly width: number; readonly height: number }, direction: Direction, zoom = 1): VoteBadgeLayout {
  const growth = Math.min(MAX_GROWTH, Math.max(1, Number.isFinite(zoom) && zoom > 0 ? 1 / zoom : 1))
  const height = Math.min(VOTE_BADGE_HEIGHT * growth, Math.max(12, card.height))
  const scale = height / VOTE_BADGE_HEIGHT
  const natural = Math.max(VOTE_BADGE_HEIGHT, [...label].length * DIGIT_WIDTH + 2 * SIDE_PADDING) * scale
  const width = Math.min(natural, Math.max(height, card.width))
  const overhang = OVERHANG * scale
  return {
    x: direction === 'rtl' ? -overhang : card.width - width + overhang,
    y: -overhang,
    width,
    height,
    cornerRadius: height / 2,
    fontSize: VOTE_BADGE_FONT_SIZE * scale,
  }
}
