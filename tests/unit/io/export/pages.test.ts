import { describe, expect, it } from 'vitest'
import { createStep, type JourneyDoc, type Step, type StepId } from '../../../../src/domain'
import { gridLayout, LAYOUT } from '../../../../src/domain/layout'
import { exportFrame } from '../../../../src/io/export/frame'
import { MAX_PAGE_PT, MIN_FILL, PAGE_MARGIN_PT, PAPER_POINTS, planMapPages, planSinglePage, type PagePlan } from '../../../../src/io/export/pages'
import { mapSheet } from '../../../../src/io/export/sheet'
import { buildSampleDoc } from '../../domain/helpers'
import { setMapDirectionForTest, TEST_STAGE_NAMES } from '../exportHelpers'

/** The sample map with `count` more steps spread over its stages. */
function withSteps(count: number, direction: 'ltr' | 'rtl' = 'ltr', laneHeight?: number): JourneyDoc {
  const doc = buildSampleDoc().doc
  const stages = { ...doc.stages }
  const steps = { ...doc.steps }
  for (let i = 0; i < count; i++) {
    const stageId = doc.map.stageIds[i % doc.map.stageIds.length]!
    const step = createStep(doc.map.id, stageId, `Step ${i + 1}`, 200 + (i % 3) * 60)
    steps[step.id] = step
    stages[stageId] = { ...stages[stageId]!, stepIds: [...stages[stageId]!.stepIds, step.id] }
  }
  const lanes = laneHeight ? Object.fromEntries(Object.entries(doc.lanes).map(([id, lane]) => [id, { ...lane, height: laneHeight }])) : doc.lanes
  return setMapDirectionForTest({ ...doc, stages, steps, lanes } as JourneyDoc, direction)
}

/** The sample map's lanes, 120 px high, with `count` steps of one width and no cards: a long, regular map whose height fits A3 at 100%. */
function evenSteps(count: number, width: number, direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const doc = buildSampleDoc().doc
  const stages = Object.fromEntries(doc.map.stageIds.map((id) => [id, { ...doc.stages[id]!, stepIds: [] as StepId[] }]))
  const steps: Record<string, Step> = {}
  for (let i = 0; i < count; i++) {
    const stageId = doc.map.stageIds[Math.floor((i * doc.map.stageIds.length) / count)]!
    const step = createStep(doc.map.id, stageId, `Step ${i + 1}`, width)
    steps[step.id] = step
    stages[stageId]!.stepIds.push(step.id)
  }
  const lanes = Object.fromEntries(Object.entries(doc.lanes).map(([id, lane]) => [id, { ...lane, height: 120 }]))
  return setMapDirectionForTest({ ...doc, stages, steps, lanes, cards: {} } as JourneyDoc, direction)
}

/** The share of the printable width each page's lane titles and steps take. */
function fills(plan: PagePlan): number[] {
  const printW = plan.pageWidth - 2 * PAGE_MARGIN_PT
  return plan.pages.map((page) => {
    const body = page.slices.filter((s) => !s.header)
    return (Math.max(...body.map((s) => s.x + s.source.width * plan.scale)) - Math.min(...body.map((s) => s.x))) / printW
  })
}

function planFor(doc: JourneyDoc, paper: 'a4' | 'a3' | 'letter' | 'fit'): PagePlan {
  return planMapPages(mapSheet(doc, exportFrame(doc, { kind: 'map' })!, TEST_STAGE_NAMES), paper)
}

/** For every step (chronological), the pages whose map part holds all of its column. */
function pagesOfSteps(doc: JourneyDoc, plan: PagePlan): number[][] {
  const grid = gridLayout(doc)
  return grid.columns.map((c) =>
    plan.pages.flatMap((page, i) => (page.slices.some((s) => !s.header && s.source.x <= c.x + 0.01 && s.source.x + s.source.width >= c.x + c.width - 0.01 && s.source.width > LAYOUT.laneTitleWidth + 0.01) ? [i] : [])),
  )
}

describe('PDF pages of a wide map', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    for (const paper of ['a4', 'a3'] as const) {
      it(`puts every step on exactly one page, in reading order, with the lane titles and the title band on each (${direction}, ${paper})`, () => {
        const doc = withSteps(57, direction)
        const plan = planFor(doc, paper)
        expect(plan.pages.length).toBeGreaterThan(2)
        const placed = pagesOfSteps(doc, plan)
        for (const pages of placed) expect(pages).toHaveLength(1)
        // Reading order: step n+1 is on the same page as step n or the next one.
        const firsts = placed.map((p) => p[0]!)
        expect(firsts[0]).toBe(0)
        for (let i = 1; i < firsts.length; i++) expect(firsts[i]! - firsts[i - 1]!).toBeGreaterThanOrEqual(0)
        expect(firsts.at(-1)).toBe(plan.pages.length - 1)
        const grid = gridLayout(doc)
        for (const page of plan.pages) {
          expect(page.slices.filter((s) => s.header)).toHaveLength(1)
          const titles = page.slices.find((s) => s.source.x === grid.laneTitleX && s.source.width === LAYOUT.laneTitleWidth)
          expect(titles).toBeDefined()
          // The lane titles are at the reading start: the left edge, or the right one in a right-to-left map.
          const others = page.slices.filter((s) => !s.header && s !== titles)
          for (const s of others) {
            if (direction === 'ltr') expect(s.x).toBeGreaterThan(titles!.x)
            else expect(s.x).toBeLessThan(titles!.x)
          }
          // Nothing runs into the margins or the page number's band.
          for (const s of page.slices) {
            expect(s.x).toBeGreaterThanOrEqual(PAGE_MARGIN_PT - 0.01)
            expect(s.x + s.source.width * plan.scale).toBeLessThanOrEqual(PAPER_POINTS[paper].width - PAGE_MARGIN_PT + 0.01)
            expect(s.y + s.source.height * plan.scale).toBeLessThanOrEqual(PAPER_POINTS[paper].height - PAGE_MARGIN_PT + 0.01)
          }
        }
        expect(plan.numbered).toBe(true)
        // Each page's steps fill the printable width: no sixth of the sheet left empty.
        for (const fill of fills(plan)) expect(fill).toBeGreaterThanOrEqual(MIN_FILL)
      })
    }
  }

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`fills every A3 page of 60 equal steps across its printable width, each step once, lane titles on each (${direction})`, () => {
      const doc = evenSteps(60, 220, direction)
      const plan = planFor(doc, 'a3')
      for (const fill of fills(plan)) expect(fill).toBeGreaterThanOrEqual(MIN_FILL)
      for (const pages of pagesOfSteps(doc, plan)) expect(pages).toHaveLength(1)
      const grid = gridLayout(doc)
      for (const page of plan.pages) expect(page.slices.some((s) => s.source.x === grid.laneTitleX && s.source.width === LAYOUT.laneTitleWidth)).toBe(true)
      // Nothing runs past the page's margins.
      for (const page of plan.pages) for (const s of page.slices) expect(s.x + s.source.width * plan.scale).toBeLessThanOrEqual(plan.pageWidth - PAGE_MARGIN_PT + 0.01)
    })
  }

  it('spreads the steps evenly rather than leaving the last page a stub', () => {
    // 18 steps at 100% would go 5, 5, 5 and a last page of 3.
    const plan = planFor(evenSteps(18, 220), 'a3')
    expect(plan.pages.length).toBeGreaterThan(1)
    for (const fill of fills(plan)) expect(fill).toBeGreaterThanOrEqual(MIN_FILL)
  })

  it('prints larger on A3 than on A4, and gives a small map one page', () => {
    const doc = withSteps(57)
    expect(planFor(doc, 'a3').scale).toBeGreaterThan(planFor(doc, 'a4').scale)
    expect(planFor(buildSampleDoc().doc, 'a3').pages).toHaveLength(1)
  })

  it('cuts a map too tall for a readable page between lanes and repeats the stage and step headers', () => {
    const doc = withSteps(6, 'ltr', 700)
    const plan = planFor(doc, 'a4')
    const grid = gridLayout(doc)
    const bands = new Set(plan.pages.map((p) => p.slices.filter((s) => !s.header).map((s) => s.source.y).join(',')))
    expect(bands.size).toBeGreaterThan(1)
    for (const page of plan.pages) {
      const body = page.slices.filter((s) => !s.header)
      // Every page starts with the header rows, and its lanes are whole.
      expect(Math.min(...body.map((s) => s.source.y))).toBeLessThanOrEqual(0)
      for (const s of body.filter((s) => s.source.y >= grid.bodyTop)) {
        expect(grid.rows.some((r) => Math.abs(r.y - s.source.y) < 0.01)).toBe(true)
      }
    }
    expect(plan.scale).toBeGreaterThanOrEqual(0.3 - 1e-9)
  })

  it('makes one page for "one big page", never past 200 inches, without a page number', () => {
    const plan = planFor(withSteps(57), 'fit')
    expect(plan.pages).toHaveLength(1)
    expect(plan.numbered).toBe(false)
    expect(Math.max(plan.pageWidth, plan.pageHeight)).toBeLessThanOrEqual(MAX_PAGE_PT)
  })

  it('keeps a picture that must not be cut (the plan matrix) whole on one page of the paper', () => {
    const matrix = { x: 0, y: 0, width: 1400, height: 700 }
    const one = planSinglePage(matrix, 'a4')
    expect(one.pages).toHaveLength(1)
    expect(one.pages[0]!.slices[0]!.source).toEqual(matrix)
    expect(matrix.width * one.scale).toBeLessThanOrEqual(PAPER_POINTS.a4.width - 2 * PAGE_MARGIN_PT + 1e-9)
    expect(planSinglePage({ x: 0, y: 0, width: 200, height: 100 }, 'a4').scale).toBe(0.75)
  })
})
