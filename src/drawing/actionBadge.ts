import { containsPoint } from '../domain/cardHits'

/** A card's action badge at 100% zoom: a pill with a tick and the number of actions made from the card. */
export const ACTION_BADGE_HEIGHT = 20
export const ACTION_BADGE_FONT_SIZE = 12
export const ACTION_BADGE_FILL = '#0f766e'
export const ACTION_BADGE_TEXT = '#ffffff'
export const ACTION_BADGE_EDGE = '#ffffff'
/** A digit of the bold 12 px text is about this wide (Latin and Persian digits alike). */
const DIGIT_WIDTH = 7
/** Room for the tick before the count. */
const TICK_WIDTH = 13
const SIDE_PADDING = 5
/** The badge sits over the card's top edge, this far above it: the vote dot and the lock take the corners. */
const OVERHANG = 7
/** Zoomed out, the badge grows up to this much so it still reads on an overview of the map. */
const MAX_GROWTH = 2

export interface ActionBadgeLayout {
  /** Top-left of the badge in the card's coordinates. */
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly fontSize: number
  /** How much the 20-unit drawing is scaled (the tick is drawn on that grid). */
  readonly scale: number
}

/**
 * Where a card's action badge goes: centred on the card's top edge, clear of the corners (the vote
 * dot at the trailing one, the lock at the leading one, a free item's resize handles at all four),
 * grown when zoomed out but never wider than the card. The same in both directions, so hit tests
 * need no language.
 */
export function actionBadgeLayout(label: string, card: { readonly width: number; readonly height: number }, zoom = 1): ActionBadgeLayout {
  const growth = Math.min(MAX_GROWTH, Math.max(1, Number.isFinite(zoom) && zoom > 0 ? 1 / zoom : 1))
  const height = Math.min(ACTION_BADGE_HEIGHT * growth, Math.max(10, card.height))
  const scale = height / ACTION_BADGE_HEIGHT
  const natural = (TICK_WIDTH + [...label].length * DIGIT_WIDTH + 2 * SIDE_PADDING) * scale
  const width = Math.min(natural, Math.max(height, card.width))
  return { x: (card.width - width) / 2, y: -OVERHANG * scale, width, height, fontSize: ACTION_BADGE_FONT_SIZE * scale, scale }
}

/** Whether a point, in the card's coordinates, is on its badge. */
export function onActionBadge(badge: ActionBadgeLayout, x: number, y: number): boolean {
  return containsPoint(badge, { x, y })
}
