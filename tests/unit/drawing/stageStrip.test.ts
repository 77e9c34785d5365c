import { describe, expect, it } from 'vitest'
import { fitStageName, STAGE_NAME_MAX_LINES, STAGE_NAME_MIN_PX, STAGE_NAME_PX, stageNameFont, stageStripHeight } from '../../../src/drawing/stageStrip'
import { lineCountWidth, wrapText } from '../../../src/drawing/textWrap'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'

// estimateTextWidth gives every character 0.55 of the font size: at 13 px, 7.15 px a character.
const measure = estimateTextWidth
const ONE_LINE = STAGE_NAME_PX * 1.8

describe('a stage name in the zoomed-out strip', () => {
  it('keeps a short name on one line at the full size, in a strip as tall as it always was', () => {
    const fit = fitStageName('Discover', 200, measure)
    expect(fit).toEqual({ size: STAGE_NAME_PX, lines: 1, whole: true })
    expect(stageStripHeight([fit])).toBeCloseTo(ONE_LINE)
  })

  it('wraps a long name onto up to three lines before it shrinks', () => {
    const fit = fitStageName('Compare offers and read the small print', 150, measure)
    expect(fit.size).toBe(STAGE_NAME_PX)
    expect(fit.lines).toBeGreaterThan(1)
    expect(fit.lines).toBeLessThanOrEqual(STAGE_NAME_MAX_LINES)
    expect(fit.whole).toBe(true)
    expect(stageStripHeight([fit])).toBeGreaterThanOrEqual(fit.lines * fit.size * 1.4)
  })

  it('shrinks a name that three lines cannot hold, down to the smallest size, before cutting it', () => {
    const name = 'Waiting for the bank to confirm the identity papers'
    const fit = fitStageName(name, 120, measure)
    expect(fit.size).toBeLessThan(STAGE_NAME_PX)
    expect(fit.size).toBeGreaterThanOrEqual(STAGE_NAME_MIN_PX)
    expect(fit.whole).toBe(true)
    // One size bigger, the name would have needed a fourth line.
    const bigger = stageNameFont(fit.size + 1)
    expect(wrapText(name, lineCountWidth(120, bigger, measure), 9, (s) => measure(s, bigger)).length).toBeGreaterThan(STAGE_NAME_MAX_LINES)
  })

  it('shrinks a single long word rather than breaking it', () => {
    const fit = fitStageName('Kundeopplevelsesreisen', 150, measure)
    expect(fit).toMatchObject({ lines: 1, whole: true })
    expect(fit.size).toBeLessThan(STAGE_NAME_PX)
  })

  it('is cut only when three lines at the smallest size cannot hold it', () => {
    const fit = fitStageName('word '.repeat(60).trim(), 100, measure)
    expect(fit).toEqual({ size: STAGE_NAME_MIN_PX, lines: STAGE_NAME_MAX_LINES, whole: false })
  })

  it('gives every stage the height the name with the most lines needs', () => {
    const short = fitStageName('Go', 200, measure)
    const long = fitStageName('Compare offers and read the small print', 150, measure)
    expect(stageStripHeight([short, long])).toBe(stageStripHeight([long]))
    expect(stageStripHeight([])).toBeCloseTo(ONE_LINE)
  })
})
