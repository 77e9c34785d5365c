import type { TFunction } from 'i18next'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { headerFit, makeLabel, stageHeaderShapes, stepHeaderLabel, titleFitZoom } from '../../../src/canvas/grid/gridShapes'
import { DETAIL_ZOOM } from '../../../src/canvas/viewport'
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

  it('draws the titles no smaller than 12 px on screen at the zoom the board is drawn at, down to the detail zoom', () => {
    for (const zoom of [0.4, 0.55, 0.64, 0.8]) {
      const stage = props(stageHeaderShapes(band, d.stages[band.stageId]!, 'ltr', t, makeLabel, zoom)[2])
      const step = props(stepHeaderLabel(column, d.steps[column.stepId], 'rtl', t, makeLabel, zoom))
      expect(stage.fontSize * zoom).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX)
      expect(step.fontSize * zoom).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX)
    }
    // Below the detail zoom the board draws the stage strip instead; the rename field still gets the detail zoom's size.
    expect(headerFit('stage', LONG_STAGE, band.width, 0.1)).toEqual(headerFit('stage', LONG_STAGE, band.width, DETAIL_ZOOM))
  })

  it('follows the zoom in the steps the fit takes, so a pinch refits only when the size would change', () => {
    expect(titleFitZoom(1.5)).toBe(1)
    expect(titleFitZoom(1)).toBe(1)
    expect(titleFitZoom(0.1)).toBe(titleFitZoom(DETAIL_ZOOM))
    for (const zoom of [0.41, 0.5, 0.63, 0.64, 0.7, 0.93]) {
      expect(titleFitZoom(zoom)).toBeLessThanOrEqual(zoom)
      expect(headerFit('step', LONG_STEP, column.width, titleFitZoom(zoom))).toEqual(headerFit('step', LONG_STEP, column.width, zoom))
    }
    expect(titleFitZoom(0.64)).toBe(titleFitZoom(0.635))
  })

  it('draws no title where the board shows none (zoomed out)', () => {
    expect(stageHeaderShapes(band, d.stages[band.stageId]!, 'ltr', t, () => null)[2]).toBeNull()
    expect(stepHeaderLabel(column, d.steps[column.stepId], 'ltr', t, () => null)).toBeNull()
  })
})
