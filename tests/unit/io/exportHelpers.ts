import { createLane, createMap, createStage, createStep, emptyDoc, newId, type Direction, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { headerTitleFit } from '../../../src/drawing/headerTitle'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import type { StageNames } from '../../../src/io/export/sheet'

export function setMapDirectionForTest(doc: JourneyDoc, direction: Direction): JourneyDoc {
  return { ...doc, map: { ...doc.map, direction } }
}

/** Stage names fitted with widths estimated from the font size (no canvas in Node), the word an untitled stage shows. */
export const TEST_STAGE_NAMES: StageNames = { measure: estimateTextWidth, untitled: 'Untitled stage' }

/**
 * One stage of two 2000 px steps and a 120 px one, wider than an A4 page at any size the PDF prints
 * at, whose name needs more than 2000 px of band (estimated) but fits the whole band: some page
 * must show a part of it that cuts the name.
 */
export function oneHugeStage(): { doc: JourneyDoc; name: string } {
  const map = createMap(newId<WorkshopId>(), 'Huge')
  const word = 'Onboarding '
  let name = word
  while (headerTitleFit('stage', name + word, 2000, estimateTextWidth).whole) name += word
  name = (name + word).trim()
  const stage = createStage(map.id, name)
  const steps = [2000, 2000, 120].map((w, i) => createStep(map.id, stage.id, `Step ${i + 1}`, w))
  const lane = createLane(map.id, 'actions', 'Actions', 160)
  const doc = { ...emptyDoc({ ...map, stageIds: [stage.id], laneIds: [lane.id] }), stages: { [stage.id]: { ...stage, stepIds: steps.map((s) => s.id) } }, steps: Object.fromEntries(steps.map((s) => [s.id, s])), lanes: { [lane.id]: lane } }
  return { doc: doc as JourneyDoc, name }
}
