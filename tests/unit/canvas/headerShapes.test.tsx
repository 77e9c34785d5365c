import type { TFunction } from 'i18next'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { makeLabel, stageHeaderShapes, stepHeaderLabel } from '../../../src/canvas/grid/gridShapes'
import { createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { GRID_TITLE_SIZE } from '../../../src/drawing/gridStyle'
import { HEADER_TITLE_MIN_PX } from '../../../src/drawing/headerTitle'

const LONG_STAGE = 'Onboarding and account verification with the bank'
const LONG_STEP = 'مقایسهٔ پیشنهادهای بیمه از چند شرکت'

function doc(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'Headers')
  const d = createStarterDoc(map, { stages: [LONG_STAGE, 'After'], step: (n) => (n === 1 ? LONG_STEP : `Step ${n}`), lanes: [['actions', 'Actions']] })
  // The long stage keeps one step: a one-step stage is as narrow as its step.
  const stage = d.stages[d.map.stageIds[0]!]!
  return { ...d, stages: { ...d.stages, [stage.id]: { ...stage, stepIds: stage.stepIds.slice(0, 1) } } }
}

const t = ((key: string) => key) as unknown as TFunction
type TextProps = { text: string; fontSize: number; wrap: string; height: number }
const props = (node: unknown) => (node as ReactElement<TextProps>).props

describe('the board draws stage and step titles fitted to their bands', () => {
  const d = doc()
  const grid = gridLayout(d)
  const band = grid.stages[0]!
  const column = grid.columns[0]!

  it('gives a long stage name a smaller size and a second line, and a short one its own size on one line', () => {
    const long = props(stageHeaderShapes(band, d.stages[band.stageId]!, 'ltr', t, makeLabel)[2])
    expect(long.text).toBe(LONG_STAGE)
    expect(long.fontSize).toBeLessThan(GRID_TITLE_SIZE.stage)
    expect(long.fontSize).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX)
    expect(long.wrap).toBe('word')
    const other = grid.stages[1]!
    const short = props(stageHeaderShapes(other, d.stages[other.stageId]!, 'ltr', t, makeLabel)[2])
    expect(short).toMatchObject({ text: 'After', fontSize: GRID_TITLE_SIZE.stage, wrap: 'none' })
  })

  it('does the same for a long Persian step name', () => {
    const step = props(stepHeaderLabel(column, d.steps[column.stepId], 'rtl', t, makeLabel))
    expect(step.text).toBe(LONG_STEP)
    expect(step.fontSize).toBeLessThan(GRID_TITLE_SIZE.step)
    expect(step.wrap).toBe('word')
  })

  it('draws no title where the board shows none (zoomed out)', () => {
    expect(stageHeaderShapes(band, d.stages[band.stageId]!, 'ltr', t, () => null)[2]).toBeNull()
    expect(stepHeaderLabel(column, d.steps[column.stepId], 'ltr', t, () => null)).toBeNull()
  })
})
