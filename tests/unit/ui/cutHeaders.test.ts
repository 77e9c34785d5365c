import { describe, expect, it } from 'vitest'
import { createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { countCutHeaders } from '../../../src/ui/files/cutCards'

const untitled = { stage: 'Untitled stage', step: 'Untitled step' }

function starter(stages: readonly string[], step: (n: number) => string): JourneyDoc {
  return createStarterDoc(createMap(newId<WorkshopId>(), 'Cut headers'), { stages, step, lanes: [['actions', 'Actions']] })
}

describe('the export dialog counts the stage and step titles it would cut', () => {
  it('counts none when every title fits, shrunk and wrapped if need be', () => {
    const doc = starter(['Onboarding and account verification with the bank', 'After'], (n) => (n === 1 ? 'مقایسهٔ پیشنهادهای بیمه از چند شرکت' : `Step ${n}`))
    expect(countCutHeaders(doc, untitled, estimateTextWidth)).toBe(0)
  })

  it('counts a stage and a step whose titles two lines at the smallest size cannot hold', () => {
    const long = 'A title that somebody kept on typing because the workshop went on and on and never really stopped '.repeat(3).trim()
    const doc = starter([long, 'After'], (n) => (n === 3 ? long : `Step ${n}`))
    expect(countCutHeaders(doc, untitled, estimateTextWidth)).toBe(2)
  })
})
