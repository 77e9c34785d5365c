import type { ActionPatch } from '../commands'
import { isSafeId, type CardId } from '../ids'
import { LIMITS } from '../limits'
import { cleanLine, cleanParagraph } from '../text'
import type { JourneyDoc } from '../types'
import { ACTION_STATUSES, AUTOMATION_LEVELS, SCORE_MAX, SCORE_MIN, type Action } from './types'

/** The most dots an action can carry: far above any vote (a room of 500 with 20 dots each). */
export const MAX_ACTION_VOTES = 1_000_000
/** The most cards one action can come from, like any other list of references in a record. */
export const MAX_ACTION_CARDS = LIMITS.listItems
export const DEFAULT_SCORE = 3

const DUE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "YYYY-MM-DD" naming a real day of the Gregorian calendar (no 31 April, 29 February only in leap years). */
export function isDueDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DUE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A whole score from 1 to 5; a number that is not finite gives the default. */
export function boundScore(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_SCORE
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value)))
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value)
}

/** Ids of cards on this map, each once, in the order given, within the list limit. */
export function boundActionCards(doc: JourneyDoc, cardIds: readonly CardId[]): CardId[] {
  const out = new Set<CardId>()
  for (const id of cardIds) {
    if (out.size >= MAX_ACTION_CARDS) break
    if (isSafeId(id) && Object.prototype.hasOwnProperty.call(doc.cards, id)) out.add(id)
  }
  return [...out]
}

/**
 * The fields of an action patch, each within bounds; a field that cannot be used (a status not in
 * the list, a due date of "tomorrow", a score of NaN) is left out, so the action keeps its value.
 */
export function boundActionPatch(doc: JourneyDoc, patch: ActionPatch): ActionPatch {
  const out: Record<string, unknown> = {}
  const { title, deliverable, owner, automationNote, due, status, automation, impact, effort, votes, cardIds, createdAt } = patch
  if (typeof title === 'string') out.title = cleanLine(title)
  if (typeof deliverable === 'string') out.deliverable = cleanParagraph(deliverable)
  if (typeof owner === 'string') out.owner = cleanLine(owner)
  if (typeof automationNote === 'string') out.automationNote = cleanParagraph(automationNote)
  if (due === '' || isDueDate(due)) out.due = due
  if (oneOf(ACTION_STATUSES, status)) out.status = status
  if (oneOf(AUTOMATION_LEVELS, automation)) out.automation = automation
  if (typeof impact === 'number' && Number.isFinite(impact)) out.impact = boundScore(impact)
  if (typeof effort === 'number' && Number.isFinite(effort)) out.effort = boundScore(effort)
  if (typeof votes === 'number' && Number.isFinite(votes)) out.votes = Math.min(MAX_ACTION_VOTES, Math.max(0, Math.round(votes)))
  if (Array.isArray(cardIds)) out.cardIds = boundActionCards(doc, cardIds)
  if (typeof createdAt === 'number' && Number.isFinite(createdAt)) out.createdAt = Math.min(8.64e15, Math.max(0, createdAt))
  return out as ActionPatch
}

/** An empty action of this map: what every field falls back to. */
export function blankAction(doc: JourneyDoc, id: Action['id']): Action {
  return {
    id,
    mapId: doc.map.id,
    title: '',
    deliverable: '',
    cardIds: [],
    owner: '',
    due: '',
    status: 'idea',
    impact: DEFAULT_SCORE,
    effort: DEFAULT_SCORE,
    automation: 'no',
    automationNote: '',
    votes: 0,
    createdAt: 0,
  }
}

/** A new action within bounds and on this map, or null when its id cannot be used. */
export function boundAction(doc: JourneyDoc, action: Action): Action | null {
  if (!isSafeId(action.id)) return null
  // Only the fields this format knows: an action from a paste or another device cannot smuggle in more.
  return { ...blankAction(doc, action.id), ...boundActionPatch(doc, action) }
}
