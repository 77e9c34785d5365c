import { newId, type ActionId, type MapId } from '../ids'
import { cleanLine } from '../text'
import type { Card } from '../types'
import { DEFAULT_SCORE, MAX_ACTION_CARDS, MAX_ACTION_VOTES } from './bounds'
import type { Action } from './types'

/** A title made from a card is its first line, cut at a word near this many characters. */
export const ACTION_TITLE_CHARS = 80

/**
 * A new action made from one or more cards (step 4 of the method): titled after the first card,
 * owned by the cards' team when they all share one, and otherwise at the defaults (an idea of
 * middling impact and effort, not automated). `votes` is the dots its cards got, when it comes from a vote.
 */
export function newAction(mapId: MapId, cards: readonly Card[], now: number, votes = 0): Action {
  const unique = [...new Map(cards.map((c) => [c.id, c])).values()].slice(0, MAX_ACTION_CARDS)
  return {
    id: newId<ActionId>(),
    mapId,
    title: titleFrom(unique[0]?.text ?? ''),
    deliverable: '',
    cardIds: unique.map((c) => c.id),
    owner: commonTeam(unique),
    due: '',
    status: 'idea',
    impact: DEFAULT_SCORE,
    effort: DEFAULT_SCORE,
    automation: 'no',
    automationNote: '',
    votes: Number.isFinite(votes) ? Math.min(MAX_ACTION_VOTES, Math.max(0, Math.round(votes))) : 0,
    createdAt: now,
  }
}

/** The first non-empty line of a card's text, cleaned, with spaces collapsed and cut at a word boundary. */
export function titleFrom(text: string): string {
  const line = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => cleanLine(l).replace(/\s+/g, ' ').trim())
    .find((l) => l !== '')
  if (!line) return ''
  const chars = [...line]
  if (chars.length <= ACTION_TITLE_CHARS) return line
  const head = chars.slice(0, ACTION_TITLE_CHARS).join('')
  const space = head.lastIndexOf(' ')
  // Cut at the last word when that keeps most of the line; a long word (or a script without spaces) is cut where it reaches the limit.
  return `${(space > ACTION_TITLE_CHARS / 2 ? head.slice(0, space) : head).trimEnd()}…`
}

/** The team every card names, or "" when they differ or one names none. */
function commonTeam(cards: readonly Card[]): string {
  const teams = new Set(cards.map((c) => cleanLine(c.team).trim()))
  const [team] = teams
  return teams.size === 1 && team !== undefined ? team : ''
}
