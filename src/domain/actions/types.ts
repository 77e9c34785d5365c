import type { ActionId, CardId, MapId } from '../ids'

/** Where an action stands; "dropped" keeps a decided-against idea visible instead of deleting it. */
export const ACTION_STATUSES = ['idea', 'planned', 'doing', 'done', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Step 5 of the method: can software do this (fully), help with it (partly), or not at all. */
export const AUTOMATION_LEVELS = ['no', 'partly', 'fully'] as const
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number]

/** Impact and effort run from 1 (least) to 5 (most). */
export const SCORE_MIN = 1
export const SCORE_MAX = 5

/**
 * One task of the action plan (steps 3 to 5 of the method): what will be done, by whom and when,
 * traced back to the cards of the journey it came from. Part of the map's document, so it is
 * undone, saved, shared in a room and written to the .journey file with the cards.
 */
export interface Action {
  readonly id: ActionId
  readonly mapId: MapId
  readonly title: string
  /** The concrete result that shows it is done ("a one-page returns form"). */
  readonly deliverable: string
  /** The cards it came from, in the order they were chosen; ids of deleted cards are dropped. */
  readonly cardIds: readonly CardId[]
  /** A team of the map (a card's `team`) or a person's name; "" when nobody owns it yet. */
  readonly owner: string
  /** "YYYY-MM-DD" (Gregorian, as stored; shown in the locale's calendar), or "" when not set. */
  readonly due: string
  readonly status: ActionStatus
  readonly impact: number
  readonly effort: number
  readonly automation: AutomationLevel
  /** How software could do it or help ("auto-reply with the tracking link"). */
  readonly automationNote: string
  /** Dots its cards got in the vote it was made from (0 when not made from a vote). */
  readonly votes: number
  /** Epoch milliseconds; orders the list by default. */
  readonly createdAt: number
}

/** The effort / impact matrix's four quadrants: high impact is the top row, low effort the left column. */
export const QUADRANTS = ['quickWin', 'bigBet', 'fillIn', 'thankless'] as const
export type Quadrant = (typeof QUADRANTS)[number]

/** Scores of 3 and below count as low, 4 and 5 as high: the middle of 1 to 5 leans towards "not yet worth it". */
export function quadrantOf(action: Pick<Action, 'impact' | 'effort'>): Quadrant {
  const highImpact = action.impact > 3
  const highEffort = action.effort > 3
  if (highImpact) return highEffort ? 'bigBet' : 'quickWin'
  return highEffort ? 'thankless' : 'fillIn'
}
