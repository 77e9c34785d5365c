import { describe, expect, it } from 'vitest'
import { createLane, createMap, createStage, createStep, emptyDoc, newId, type Direction, type JourneyDoc, type Stage, type Step, type WorkshopId } from '../../../../src/domain'
import { gridLayout, LAYOUT } from '../../../../src/domain/layout'
import { headerTitleFit } from '../../../../src/drawing/headerTitle'
import { estimateTextWidth } from '../../../../src/drawing/textMeasure'
import { exportFrame } from '../../../../src/io/export/frame'
import { planMapPages, type PagePlan, type PaperSize } from '../../../../src/io/export/pages'
import { mapSheet } from '../../../../src/io/export/sheet'
import { oneHugeStage, TEST_STAGE_NAMES } from '../exportHelpers'

// A stage that runs over two PDF pages is drawn on each with its name fitted to that page's part of
// its band (gridSvg): the pages must never leave a part too narrow for the name.

/** Each too long for one 220 px step (two lines at the smallest size), whole in two. */
const NAMES = {
  ltr: [
    'Discovering the service through friends, search results and advertising',
    'Comparing insurance offers and monthly prices from several companies online',
    'Signing up, verifying identity and setting up the new account with the bank',
    'Using the service from day to day and getting help from customer support',
    'Renewing the policy, changing to another plan or leaving for a new provider',
  ],
  rtl: [
    'آشنایی با خدمت از راه دوستان و خانواده، نتیجه‌های جست‌وجو در اینترنت و تبلیغات',
    'مقایسهٔ پیشنهادهای بیمه و قیمت‌های ماهانهٔ چند شرکت به‌صورت آنلاین و حضوری',
    'ثبت‌نام، احراز هویت و راه‌اندازی حساب کاربری تازه در بانک با کمک کارمند شعبه',
    'استفادهٔ روزانه از خدمت و گرفتن کمک از پشتیبانی مشتریان از راه تلفن و گفت‌وگو',
    'تمدید بیمه‌نامه، تغییر به طرحی دیگر یا رفتن به سراغ شرکتی تازه برای سال بعد',
  ],
} as const

const STEP = 220

/** Stages with these names and numbers of 220 px steps, and two lanes. */
function staged(counts: readonly number[], direction: Direction, names: readonly string[] = NAMES[direction]): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), 'Stages on pages'), direction }
  const stages: Stage[] = []
  const steps: Step[] = []
  counts.forEach((count, s) => {
    const stage = createStage(map.id, names[s % names.length]!)
    const own = Array.from({ length: count }, () => createStep(map.id, stage.id, `Step ${steps.length + 1}`, STEP)).map((step) => (steps.push(step), step))
    stages.push({ ...stage, stepIds: own.map((step) => step.id) })
  })
  const lanes = [createLane(map.id, 'actions', 'Actions', 160), createLane(map.id, 'touchpoints', 'Touchpoints', 160)]
  const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((x) => [x.id, x]))
  return { ...emptyDoc({ ...map, stageIds: stages.map((s) => s.id), laneIds: lanes.map((l) => l.id) }), stages: byId(stages), steps: byId(steps), lanes: byId(lanes) } as JourneyDoc
}

function planFor(doc: JourneyDoc, paper: PaperSize): PagePlan {
  return planMapPages(mapSheet(doc, exportFrame(doc, { kind: 'map' })!, TEST_STAGE_NAMES), paper)
}

/**
 * What each page shows of each stage's band, read from the page's slices (the part of the map in
 * the stage header row), in reading order: the stage's index and the part's width in board px.
 */
function partsShown(doc: JourneyDoc, plan: PagePlan): { stage: number; width: number }[][] {
  const grid = gridLayout(doc)
  return plan.pages.map((page) => {
    const header = page.slices.filter((s) => !s.header && s.source.y < LAYOUT.stageHeaderHeight && s.source.y + s.source.height > 0)
    const parts = grid.stages.flatMap((band, stage) => {
      const width = Math.max(0, ...header.map((s) => Math.min(band.x + band.width, s.source.x + s.source.width) - Math.max(band.x, s.source.x)))
      return width > 0.5 ? [{ stage, width, x: band.x }] : []
    })
    parts.sort((a, b) => (doc.map.direction === 'rtl' ? b.x - a.x : a.x - b.x))
    return parts.map(({ stage, width }) => ({ stage, width }))
  })
}

const wholeIn = (name: string, width: number) => headerTitleFit('stage', name, width, estimateTextWidth).whole

describe('PDF pages and the stages they cut', () => {
  it('has names a one-step part cuts and a two-step part holds (the premise)', () => {
    for (const name of [...NAMES.ltr, ...NAMES.rtl]) {
      expect(wholeIn(name, STEP), name).toBe(false)
      expect(wholeIn(name, 2 * STEP), name).toBe(true)
    }
  })

  // Stage sizes the earlier plan cut into one-step parts on these papers (3 + 1 | 3 + 1 | …).
  const cases: { counts: number[]; paper: PaperSize }[] = [
    { counts: [3, 4, 3, 4, 3], paper: 'a4' },
    { counts: [4, 3, 4, 3, 4], paper: 'a4' },
    { counts: [4, 3, 4, 3, 4], paper: 'a3' },
    { counts: [5, 2, 5, 2, 4], paper: 'a3' },
    { counts: [2, 5, 3, 4, 2, 3], paper: 'a3' },
    { counts: [9, 2, 7, 3], paper: 'a4' },
    { counts: [13, 11, 12], paper: 'letter' },
  ]
  for (const direction of ['ltr', 'rtl'] as const) {
    for (const { counts, paper } of cases) {
      it(`never leaves a stage a part too narrow for its name, each step on one page (${counts.join('-')}, ${paper}, ${direction})`, () => {
        const doc = staged(counts, direction)
        const plan = planFor(doc, paper)
        const shown = partsShown(doc, plan)
        const names = NAMES[direction]
        const cut = shown.flatMap((parts, p) => parts.filter(({ stage, width }) => !wholeIn(names[stage % names.length]!, width)).map(({ stage, width }) => ({ page: p + 1, stage: stage + 1, steps: width / STEP })))
        expect(cut).toEqual([])
        // What the plan says of each page is what its slices show.
        const grid = gridLayout(doc)
        expect(plan.pages.map((page) => page.stages)).toEqual(shown.map((parts) => parts.map(({ stage, width }) => ({ id: grid.stages[stage]!.stageId, width, whole: true }))))
        // Every step once, in reading order: the first stage opens page 1, the last closes the last page.
        const total = counts.reduce((a, b) => a + b, 0)
        expect(shown.flat().reduce((sum, part) => sum + part.width, 0)).toBeCloseTo(total * STEP)
        expect(shown[0]![0]!.stage).toBe(0)
        expect(shown.at(-1)!.at(-1)!.stage).toBe(counts.length - 1)
        const order = shown.flat().map((part) => part.stage)
        for (let i = 1; i < order.length; i++) expect(order[i]!).toBeGreaterThanOrEqual(order[i - 1]!)
        // Some stage still runs over two pages: the plan moved its breaks, it did not stop cutting stages.
        if (counts.some((c) => c * STEP > 1400)) expect(new Set(order).size).toBeLessThan(order.length)
      })
    }
  }

  it('breaks as without names where every part holds its name (short names)', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const doc = staged([3, 4, 3, 4, 3], direction, ['Aware', 'Compare', 'Join', 'Use', 'Renew'])
      const sheet = mapSheet(doc, exportFrame(doc, { kind: 'map' })!, TEST_STAGE_NAMES)
      const plan = planMapPages(sheet, 'a4')
      const anyBreak = planMapPages({ ...sheet, stages: sheet.stages.map((s) => ({ ...s, fits: () => true })) }, 'a4')
      expect(plan.pages.map((p) => p.slices)).toEqual(anyBreak.pages.map((p) => p.slices))
      // Stages are still cut into one-step parts there: nothing moved for names that fit them.
      expect(partsShown(doc, plan).flat().some((part) => part.width === STEP)).toBe(true)
    }
  })

  it('says which part cuts a name where no break can avoid it, and "one big page" shows whole bands', () => {
    // A stage of two 2000 px steps and a 120 px one, wider than any A4 page: the page breaks after
    // the first step. Its name needs more than 2000 px but fits its whole band.
    const { doc, name } = oneHugeStage()
    const stage = { id: doc.map.stageIds[0]! }
    expect(wholeIn(name, 2000)).toBe(false)
    expect(wholeIn(name, 4120)).toBe(true)
    const plan = planFor(doc, 'a4')
    expect(plan.pages.length).toBeGreaterThan(1)
    const parts = plan.pages.flatMap((p) => p.stages)
    expect(parts.every((p) => p.id === stage.id)).toBe(true)
    expect(parts.some((p) => !p.whole)).toBe(true)
    for (const p of parts) expect(p.whole).toBe(wholeIn(name, p.width))
    expect(planFor(doc, 'fit').pages.flatMap((p) => p.stages)).toEqual([{ id: stage.id, width: 4120, whole: true }])
  })
})
