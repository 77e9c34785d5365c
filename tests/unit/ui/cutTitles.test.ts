import { describe, expect, it } from 'vitest'
import { applyCommand, createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { countCutTitles } from '../../../src/ui/files/cutCards'

const words = { stage: 'Untitled stage', step: 'Untitled step', laneKind: (kind: string) => (kind === 'actions' ? 'Customer actions' : kind) }
const LONG = 'A title that somebody kept on typing because the workshop went on and on and never really stopped '.repeat(3).trim()

function starter(stages: readonly string[], step: (n: number) => string, lane = 'Actions'): JourneyDoc {
  return createStarterDoc(createMap(newId<WorkshopId>(), 'Cut titles'), { stages, step, lanes: [['actions', lane]] })
}

describe('the export dialog counts the stage, step and lane titles it would cut', () => {
  it('counts none when every title fits, shrunk and wrapped if need be', () => {
    const doc = starter(['Onboarding and account verification with the bank', 'After'], (n) => (n === 1 ? 'مقایسهٔ پیشنهادهای بیمه از چند شرکت' : `Step ${n}`), 'Jobs to be done by the customer')
    expect(countCutTitles(doc, words, estimateTextWidth)).toBe(0)
    // Folded, the lane's title shrinks onto two lines in its low row and still shows whole.
    const laneId = doc.map.laneIds[0]!
    expect(countCutTitles(applyCommand(doc, { type: 'setLaneCollapsed', laneId, collapsed: true }), words, estimateTextWidth)).toBe(0)
  })

  it('counts a stage and a step whose titles two lines at the smallest size cannot hold', () => {
    const doc = starter([LONG, 'After'], (n) => (n === 3 ? LONG : `Step ${n}`))
    expect(countCutTitles(doc, words, estimateTextWidth)).toBe(2)
  })

  it('counts a lane title longer than its lines hold, open or folded', () => {
    const doc = starter(['Before'], (n) => `Step ${n}`, LONG)
    expect(countCutTitles(doc, words, estimateTextWidth)).toBe(1)
    const laneId = doc.map.laneIds[0]!
    expect(countCutTitles(applyCommand(doc, { type: 'setLaneCollapsed', laneId, collapsed: true }), words, estimateTextWidth)).toBe(1)
  })
})
