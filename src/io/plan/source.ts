import type { Action, CardId, JourneyDoc } from '../../domain'
import type { Translate } from '../export/svg/grid'

export type { Translate }

/**
 * What the plan's exports read from the map besides the actions: card texts and the stages the
 * cards sit in. A JourneyDoc is one; so is any part of it with these three tables.
 */
export type PlanSource = Pick<JourneyDoc, 'cards' | 'steps' | 'stages'>

/** The ids of an action's cards that still exist, in the action's order, without repeats. */
export function liveCardIds(action: Pick<Action, 'cardIds'>, source: PlanSource): CardId[] {
  return [...new Set(action.cardIds)].filter((id) => source.cards[id] !== undefined)
}

/** An action's source cards as one-line texts (a card's line breaks become spaces). */
export function cardTexts(action: Pick<Action, 'cardIds'>, source: PlanSource): string[] {
  return liveCardIds(action, source).map((id) => oneLine(source.cards[id]?.text ?? ''))
}

/** The titles of the stages the action's cards sit in, each once, in the order the cards name them; free cards have none. */
export function stageTitles(action: Pick<Action, 'cardIds'>, source: PlanSource): string[] {
  const titles: string[] = []
  const seen = new Set<string>()
  for (const id of liveCardIds(action, source)) {
    const place = source.cards[id]?.place
    if (place?.kind !== 'cell') continue
    const step = source.steps[place.stepId]
    const stage = step ? source.stages[step.stageId] : undefined
    if (!stage || seen.has(stage.id)) continue
    seen.add(stage.id)
    titles.push(oneLine(stage.title))
  }
  return titles
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Actions in the plan's default order: oldest first, ties by id so every export lists them alike. */
export function planOrder<A extends Pick<Action, 'createdAt' | 'id'>>(actions: readonly A[]): A[] {
  return [...actions].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
