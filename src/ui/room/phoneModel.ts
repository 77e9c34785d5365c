import type { Card, JourneyDoc, LaneId, Stage, Step, StepId } from '../../domain'

/** A step with the stage it belongs to and its place in the journey. */
export interface StepEntry {
  readonly step: Step
  readonly stage: Stage
  readonly index: number
}

/** Every step of the map in journey order (stage by stage), skipping ids whose record is gone. */
export function journeySteps(doc: JourneyDoc): StepEntry[] {
  const out: StepEntry[] = []
  for (const stageId of doc.map.stageIds) {
    const stage = doc.stages[stageId]
    if (!stage) continue
    for (const stepId of stage.stepIds) {
      const step = doc.steps[stepId]
      if (step) out.push({ step, stage, index: out.length })
    }
  }
  return out
}

/**
 * The cards a lane shows at one step, top of the stack first: those placed there, and those placed
 * at an earlier step that stretch across it (the board draws one card over several columns; a
 * phone shows one column at a time, so the card appears in each).
 */
export function cardsAtStep(doc: JourneyDoc, steps: readonly StepEntry[], laneId: LaneId, stepId: StepId): Card[] {
  const position = new Map(steps.map((e) => [e.step.id as string, e.index]))
  const here = position.get(stepId)
  if (here === undefined) return []
  const found: Card[] = []
  for (const card of Object.values(doc.cards)) {
    const place = card.place
    if (place.kind !== 'cell' || place.laneId !== laneId) continue
    const start = position.get(place.stepId)
    if (start !== undefined && start <= here && here < start + place.span) found.push(card)
  }
  // Rank orders a cell's own stack; a card stretching in from an earlier step goes above it, keeping one order per step.
  return found.sort((a, b) => startOf(a, position) - startOf(b, position) || rankOf(a) - rankOf(b) || (a.id < b.id ? -1 : 1))
}

function startOf(card: Card, position: ReadonlyMap<string, number>): number {
  return card.place.kind === 'cell' ? (position.get(card.place.stepId) ?? 0) : 0
}

function rankOf(card: Card): number {
  return card.place.kind === 'cell' ? card.place.rank : 0
}
