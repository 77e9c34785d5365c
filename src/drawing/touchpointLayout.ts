import type { Card, Direction } from '../domain'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_TEXT_PADDING } from './cardStyle'

/** On-card icon size at 100% zoom: as large as the standard card height allows under two lines of text. */
export const TOUCHPOINT_ICON_SIZE = 14
export const TOUCHPOINT_TEAM_FONT_SIZE = 12
const ICON_GAP = 6
const FOOTER_BOTTOM = 4
/** Text keeps this much room above the footer: two lines when the card is the standard height. */
const TEXT_TOP = 4
/**
 * Konva adds a line's height (15 × 1.4 = 21.000000000000004) line by line and drops a line that
 * would pass the box's height; a box exactly three lines tall (3 × 15 × 1.4 = 62.99999999999999)
 * came out a hair short and its last line gave way to "…" on a card grown to show it. Half a pixel
 * more holds every line it should and never one more.
 */
const LINE_SLACK = 0.5

export interface TextBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly padding: number
}

export interface TouchpointFooterLayout {
  /** Top-left of each icon, in card coordinates, in the order given. */
  readonly icons: readonly { readonly x: number; readonly y: number }[]
  readonly team: { readonly x: number; readonly y: number; readonly width: number } | null
}

export function hasTouchpointDetails(card: Pick<Card, 'channel' | 'device' | 'team'>): boolean {
  return card.channel !== null || card.device !== null || card.team.trim() !== ''
}

/**
 * The text area of a card. A touchpoint card gives up its text padding above and below so that
 * two lines still fit over the icon row; a plain card keeps the whole card.
 */
export function cardTextBox(card: Pick<Card, 'channel' | 'device' | 'team'>, width: number, height: number): TextBox {
  if (!hasTouchpointDetails(card)) return { x: 0, y: 0, width, height, padding: CARD_TEXT_PADDING }
  const footer = TOUCHPOINT_ICON_SIZE + FOOTER_BOTTOM
  const lines = Math.max(1, Math.floor((height - TEXT_TOP - footer) / (CARD_FONT_SIZE * CARD_LINE_HEIGHT)))
  return {
    x: CARD_TEXT_PADDING,
    y: TEXT_TOP,
    width: Math.max(0, width - 2 * CARD_TEXT_PADDING),
    height: lines * CARD_FONT_SIZE * CARD_LINE_HEIGHT + LINE_SLACK,
    padding: 0,
  }
}

/**
 * How tall a card must be for `lines` lines of text: the inverse of cardTextBox, so a card grown
 * to this height gets exactly that many lines from it (and Konva draws them all).
 */
export function cardHeightForLines(card: Pick<Card, 'channel' | 'device' | 'team'>, lines: number): number {
  const text = lines * CARD_FONT_SIZE * CARD_LINE_HEIGHT
  if (!hasTouchpointDetails(card)) return text + 2 * CARD_TEXT_PADDING
  return TEXT_TOP + text + TOUCHPOINT_ICON_SIZE + FOOTER_BOTTOM
}

/** Icons from the card's leading edge (the right one in a right-to-left map), then the team name. */
export function touchpointFooterLayout(iconCount: number, hasTeam: boolean, width: number, height: number, direction: Direction): TouchpointFooterLayout {
  const size = TOUCHPOINT_ICON_SIZE
  const y = height - FOOTER_BOTTOM - size
  const rtl = direction === 'rtl'
  const icons = Array.from({ length: iconCount }, (_, i) => {
    const offset = CARD_TEXT_PADDING + i * (size + ICON_GAP)
    return { x: rtl ? width - offset - size : offset, y }
  })
  if (!hasTeam) return { icons, team: null }
  const used = CARD_TEXT_PADDING + iconCount * (size + ICON_GAP)
  const teamWidth = Math.max(0, width - used - CARD_TEXT_PADDING)
  const teamY = y + (size - TOUCHPOINT_TEAM_FONT_SIZE * 1.2) / 2
  return { icons, team: { x: rtl ? CARD_TEXT_PADDING : used, y: teamY, width: teamWidth } }
}
