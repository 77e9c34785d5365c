import { describe, expect, it } from 'vitest'
import type { JourneyDoc } from '../../../src/domain'
import { LAYOUT } from '../../../src/domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../../src/domain/layoutGrid'
import { GRID_LABEL_INSET, GRID_TITLE_SIZE } from '../../../src/drawing/gridStyle'
import { HEADER_TITLE_MIN_PX, headerTitleFit, headerTitleMinPx, type HeaderKind } from '../../../src/drawing/headerTitle'
import { fitName, NAME_LINE_HEIGHT, nameFont } from '../../../src/drawing/nameFit'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { wrapText } from '../../../src/drawing/textWrap'
import { gridSvg } from '../../../src/io/export/svg/grid'
import { buildSampleDoc } from '../domain/helpers'

// estimateTextWidth gives every character 0.55 of the font size (at 18 px, 9.9 px a character).
const measure = estimateTextWidth
const HEIGHT: Record<HeaderKind, number> = { stage: LAYOUT.stageHeaderHeight, step: LAYOUT.stepHeaderHeight, foldedLane: LAYOUT.collapsedLaneHeight }

/** What a header `width` wide shows of `title` as Konva and the SVG wrap it: at the fit's size, on the lines its band holds. */
function shown(kind: HeaderKind, title: string, width: number): string[] {
  const fit = headerTitleFit(kind, title, width, measure)
  const font = nameFont(fit.size)
  const lines = Math.floor(HEIGHT[kind] / (fit.size * NAME_LINE_HEIGHT))
  return wrapText(title, width - 2 * GRID_LABEL_INSET, fit.lines > 1 ? lines : 1, (s) => measure(s, font))
}

const LONG = {
  stage: 'Onboarding and account verification with the bank',
  nbStep: 'Sammenligner forsikringstilbud fra flere selskaper',
  faStep: 'مقایسهٔ پیشنهادهای بیمه از چند شرکت مختلف',
  faStage: 'احراز هویت و افتتاح حساب در بانک',
}

describe('a folded lane’s title in its row', () => {
  it('shrinks a long title onto two lines and shows it whole, where it was cut at 15 px on one', () => {
    const width = LAYOUT.laneTitleWidth - LANE_TITLE_TEXT_INSET
    const title = 'Jobs to be done by the customer'
    const fit = headerTitleFit('foldedLane', title, width, measure)
    expect(fit.whole).toBe(true)
    expect(fit.lines).toBe(2)
    expect(fit.size).toBeLessThan(15)
    expect(shown('foldedLane', title, width).join(' ')).toBe(title)
  })
})

describe('a stage or step title in its header band', () => {
  it.each([
    ['stage', 'Discover', 220],
    ['step', 'Sees an advert', 220],
  ] as const)('keeps a short %s title on one line at the header size', (kind, title, width) => {
    expect(headerTitleFit(kind, title, width, measure)).toEqual({ size: GRID_TITLE_SIZE[kind], lines: 1, whole: true })
  })

  it.each([
    ['stage', 'en', LONG.stage, 220],
    ['stage', 'fa', LONG.faStage, 220],
    ['step', 'nb', LONG.nbStep, 240],
    ['step', 'fa', LONG.faStep, 240],
  ] as const)('shows a long %s title (%s) whole: smaller, on two lines, inside the band', (kind, _, title, width) => {
    const fit = headerTitleFit(kind, title, width, measure)
    expect(fit.whole).toBe(true)
    expect(fit.lines).toBe(2)
    expect(fit.size).toBeLessThan(GRID_TITLE_SIZE[kind])
    expect(fit.size).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX)
    expect(fit.lines * fit.size * NAME_LINE_HEIGHT).toBeLessThanOrEqual(HEIGHT[kind])
    const lines = shown(kind, title, width)
    expect(lines.join(' ')).toBe(title)
    expect(lines.at(-1)).not.toMatch(/…$/)
  })

  it('takes the largest size that holds the title: one pixel bigger would not', () => {
    const fit = headerTitleFit('stage', LONG.stage, 220, measure)
    const bigger = nameFont(fit.size + 1)
    const inner = 220 - 2 * GRID_LABEL_INSET - measure('… ', bigger)
    expect(wrapText(LONG.stage, inner, 9, (s) => measure(s, bigger)).length).toBeGreaterThan(2)
  })

  it('shrinks a single long word on one line rather than breaking it', () => {
    const fit = headerTitleFit('step', 'Kundeopplevelsesreisen', 220, measure)
    expect(fit).toMatchObject({ lines: 1, whole: true })
    expect(fit.size).toBeLessThan(GRID_TITLE_SIZE.step)
  })

  it('is cut with "…" only when two lines at the smallest size cannot hold it', () => {
    const title = 'word '.repeat(40).trim()
    expect(headerTitleFit('step', title, 240, measure)).toEqual({ size: HEADER_TITLE_MIN_PX, lines: 2, whole: false })
    expect(shown('step', title, 240).at(-1)).toMatch(/…$/)
    // The same title in a column wide enough is whole again.
    expect(headerTitleFit('step', title, 1400, measure).whole).toBe(true)
  })

  it('fits a 100,000-character title (the importer’s limit) at once, cut', () => {
    const title = 'Customer onboarding سفر مشتری در هفتهٔ اول '.repeat(2400).slice(0, 100_000)
    let calls = 0
    const counted = (text: string, font: string) => {
      calls++
      return measure(text, font)
    }
    expect(headerTitleFit('stage', title, 440, counted)).toEqual({ size: HEADER_TITLE_MIN_PX, lines: 2, whole: false })
    expect(calls).toBeLessThan(200)
  })

  it('never takes more lines than the fixed band holds, at any size', () => {
    for (const kind of ['stage', 'step'] as const) {
      for (let chars = 1; chars < 120; chars += 7) {
        const title = 'ab '.repeat(chars).trim()
        for (const width of [120, 180, 220, 300, 500]) {
          const fit = headerTitleFit(kind, title, width, measure)
          expect(fit.lines * fit.size * NAME_LINE_HEIGHT).toBeLessThanOrEqual(HEIGHT[kind])
          expect(fit.size).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX)
        }
      }
    }
  })
})

describe('a stage or step title on a board zoomed out below 100%', () => {
  it('keeps the smallest size readable on screen down to the detail zoom, in whole px; a folded lane keeps its own', () => {
    expect(headerTitleMinPx('stage', 1)).toBe(HEADER_TITLE_MIN_PX)
    expect(headerTitleMinPx('step', 2)).toBe(HEADER_TITLE_MIN_PX)
    expect(headerTitleMinPx('stage', 0.6)).toBe(20)
    expect(headerTitleMinPx('step', 0.64)).toBe(19)
    expect(headerTitleMinPx('step', 0.4)).toBe(30)
    expect(headerTitleMinPx('foldedLane', 0.5)).toBe(HEADER_TITLE_MIN_PX)
  })

  it.each([0.4, 0.5, 0.6, 0.64, 0.8, 0.95])('at %s draws every title at least 12 px tall on screen, on the lines its band holds', (zoom) => {
    for (const kind of ['stage', 'step'] as const) {
      for (const title of ['Discover', LONG.stage, LONG.faStep, 'word '.repeat(40).trim()]) {
        for (const width of [120, 220, 440]) {
          const fit = headerTitleFit(kind, title, width, measure, zoom)
          expect(fit.size * zoom).toBeGreaterThanOrEqual(HEADER_TITLE_MIN_PX - 1e-9)
          expect(fit.lines).toBeGreaterThanOrEqual(1)
          if (fit.lines > 1) expect(fit.lines * fit.size * NAME_LINE_HEIGHT).toBeLessThanOrEqual(HEIGHT[kind])
        }
      }
    }
  })

  it('draws a short title at its own size where that reads, larger only where it would not', () => {
    expect(headerTitleFit('stage', 'Discover', 440, measure, 0.8)).toEqual({ size: GRID_TITLE_SIZE.stage, lines: 1, whole: true })
    expect(headerTitleFit('stage', 'Discover', 440, measure, 0.6)).toEqual({ size: 20, lines: 1, whole: true })
    // Shown whole at 100% on two lines of 12 px (7 px on screen at 60%): zoomed out it takes one line it can be read on, cut.
    expect(headerTitleFit('stage', LONG.stage, 220, measure, 1)).toMatchObject({ lines: 2, whole: true })
    expect(headerTitleFit('stage', LONG.stage, 220, measure, 0.6)).toEqual({ size: 20, lines: 1, whole: false })
  })
})

describe('fitting a name (shared by the headers and the zoomed-out strip)', () => {
  it('gives a size only as many lines as a fixed height holds', () => {
    // 30 px holds one line of 20 px (28) and two of 10 (28).
    const name = 'aaaa bbbb cccc dddd'
    const fit = fitName(name, 80, measure, { px: 20, minPx: 8, maxLines: 5, height: 30 })
    expect(fit.whole).toBe(true)
    expect(fit.lines * fit.size * NAME_LINE_HEIGHT).toBeLessThanOrEqual(30)
    expect(fitName(name, 80, measure, { px: 20, minPx: 8, maxLines: 5 }).size).toBeGreaterThan(fit.size)
  })

  it('keeps an empty name at full size on one line', () => {
    expect(fitName('', 100, measure, { px: 15, minPx: 12, maxLines: 2, height: 40 })).toEqual({ size: 15, lines: 1, whole: true })
  })
})

describe('the SVG export of the header bands', () => {
  it('writes a long stage and step title whole, shrunk and on two lines, in en and fa', () => {
    const pairs: readonly (readonly [string, string])[] = [
      [LONG.stage, LONG.nbStep],
      [LONG.faStage, LONG.faStep],
    ]
    for (const [stageTitle, stepTitle] of pairs) {
      const sample = buildSampleDoc()
      const doc0 = sample.doc
      const stageId = doc0.map.stageIds[2]!
      const stepId = doc0.stages[doc0.map.stageIds[1]!]!.stepIds[1]!
      const doc: JourneyDoc = {
        ...doc0,
        stages: { ...doc0.stages, [stageId]: { ...doc0.stages[stageId]!, title: stageTitle } },
        steps: { ...doc0.steps, [stepId]: { ...doc0.steps[stepId]!, title: stepTitle, width: 240 } },
      }
      const svg = gridSvg(doc, (k) => k, measure, false)
      expect(svg).not.toContain('…')
      for (const title of [stageTitle, stepTitle]) {
        const text = [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].find((m) => m[2]!.includes(title.split(' ')[0]!))
        expect(text, title).toBeDefined()
        const spans = [...text![2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1])
        expect(spans.join(' ')).toBe(title)
        expect(spans.length).toBe(2)
      }
    }
  })
})
