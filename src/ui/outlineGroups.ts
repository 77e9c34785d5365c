import type { Card, JourneyDoc, LaneId, StepId } from '../domain'
import { gridLayout } from '../domain/layout'

export interface StepGroup {
  readonly stepId: StepId
  readonly cards: readonly Card[]
}

/** The cards of one lane, grouped by the step they start in, steps in time order and cards in stack order. */
export function laneCardGroups(doc: JourneyDoc, laneId: LaneId): StepGroup[] {
  const grid = gridLayout(doc)
  const byStep = new Map<StepId, Card[]>()
  for (const card of Object.values(doc.cards)) {
    const p = card.place
    if (p.kind !== 'cell' || p.laneId !== laneId || !grid.columnByStep.has(p.stepId)) continue
    let list = byStep.get(p.stepId)
    if (!list) byStep.set(p.stepId, (list = []))
    list.push(card)
  }
  const rank = (c: Card) => (c.place.kind === 'cell' ? c.place.rank : 0)
  return grid.columns.flatMap((column) => {
    const cards = byStep.get(column.stepId)
    if (!cards) return []
    cards.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return [{ stepId: column.stepId, cards }]
  })
}

/** Free notes in reading order: top to bottom, then along the line. */
export function freeCards(doc: JourneyDoc): Card[] {
  const rtl = doc.map.direction === 'rtl'
  return Object.values(doc.cards)
    .filter((c) => c.place.kind === 'free')
    .sort((a, b) => {
      const pa = a.place
      const pb = b.place
      if (pa.kind !== 'free' || pb.kind !== 'free') return 0
      return pa.y - pb.y || (rtl ? pb.x - pa.x : pa.x - pb.x)
    })
}

/** Cards the outline renders per group before "show more": enough to work with, few enough for a 10,000-card map. */
export const OUTLINE_PAGE = 50

/** Cuts groups to the first `limit` cards overall, keeping group boundaries. */
export function firstCards(groups: readonly StepGroup[], limit: number): { groups: StepGroup[]; hidden: number } {
  let left = limit
  let hidden = 0
  const out: StepGroup[] = []
  for (const g of groups) {
    if (left <= 0) {
      hidden += g.cards.length
      continue
    }
    const shown = g.cards.slice(0, left)
    hidden += g.cards.length - shown.length
    left -= shown.length
    out.push({ stepId: g.stepId, cards: shown })
  }
  return { groups: out, hidden }
}
