import { describe, expect, it } from 'vitest'
import { applyCommand, createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { exportPreview } from '../../../src/io/export/preview'
import { countCutTitles } from '../../../src/ui/files/cutCards'
import { oneHugeStage } from '../io/exportHelpers'

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

  describe('for a PDF, as its pages show the stage names', () => {
    // Each name too long for one 220 px step but whole in two (see pageStages.test.ts).
    const NAME = 'Comparing insurance offers and monthly prices from several companies online'
    const names = { measure: estimateTextWidth, untitled: words.stage }

    it('counts a stage whose band holds its name but some page’s part of it does not', () => {
      const doc = starter([NAME, 'After'], (n) => `Step ${n}`)
      const [first, second] = gridLayout(doc).stages
      expect(countCutTitles(doc, words, estimateTextWidth)).toBe(0)
      const parts = [
        { id: first!.stageId, width: 220, whole: false },
        { id: first!.stageId, width: 220, whole: false },
        { id: second!.stageId, width: 440, whole: true },
      ]
      expect(countCutTitles(doc, words, estimateTextWidth, parts)).toBe(1)
      // A stage the pages do not show (another stage's export) is counted by its whole band, as before.
      expect(countCutTitles(doc, words, estimateTextWidth, parts.slice(2))).toBe(0)
    })

    it('agrees with the pages the export makes: none cut where the pages hold every name, on each paper', () => {
      const doc = starter([NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME, NAME], (n) => `Step ${n}`)
      for (const paper of ['a4', 'a3', 'letter', 'fit'] as const) {
        const size = exportPreview(doc, { kind: 'map' }, 1, paper, names)!
        expect(size.pages).toBeGreaterThan(paper === 'fit' ? 0 : 1)
        expect(size.stageParts.length).toBeGreaterThanOrEqual(10)
        expect(size.stageParts.every((p) => p.whole)).toBe(true)
        expect(countCutTitles(doc, words, estimateTextWidth, size.stageParts)).toBe(0)
      }
    })

    it('counts the name a page cannot show whole where no break avoids it, though its whole band holds it', () => {
      const { doc } = oneHugeStage()
      expect(countCutTitles(doc, words, estimateTextWidth)).toBe(0)
      const a4 = exportPreview(doc, { kind: 'map' }, 1, 'a4', names)!
      expect(a4.stageParts.some((p) => !p.whole)).toBe(true)
      expect(countCutTitles(doc, words, estimateTextWidth, a4.stageParts)).toBe(1)
      // On one big page the band is whole.
      expect(countCutTitles(doc, words, estimateTextWidth, exportPreview(doc, { kind: 'map' }, 1, 'fit', names)!.stageParts)).toBe(0)
    })
  })
})
