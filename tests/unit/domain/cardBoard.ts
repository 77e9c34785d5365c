import { applyCommand, createMap, createStarterDoc, newId, type Card, type CardPlace, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'

/** Two stages of two steps (four columns) and three lanes. */
export function board(direction: 'ltr' | 'rtl' = 'ltr') {
  const map = { ...createMap(newId<WorkshopId>(), 'Cards'), direction }
  const doc = createStarterDoc(map, {
    stages: ['Before', 'After'],
    step: (n) => `Step ${n}`,
    lanes: [
      ['touchpoints', 'Touchpoints'],
      ['actions', 'Actions'],
      ['painPoints', 'Pain points'],
    ],
  })
  const grid = gridLayout(doc)
  const steps = grid.columns.map((c) => c.stepId)
  const lanes = grid.rows.map((r) => r.laneId)
  return { doc, grid, steps, lanes }
}

export function cell(b: ReturnType<typeof board>, lane: number, step: number, span = 1, rank = 0): CardPlace {
  return { kind: 'cell', laneId: b.lanes[lane]!, stepId: b.steps[step]!, span, rank }
}

export function withCards(doc: JourneyDoc, cards: Card[]): JourneyDoc {
  return applyCommand(doc, { type: 'addCards', cards })
}
