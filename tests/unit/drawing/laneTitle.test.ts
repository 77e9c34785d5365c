import { describe, expect, it } from 'vitest'
import { LAYOUT } from '../../../src/domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../../src/domain/layoutGrid'
import { CANVAS_FONT_FAMILY } from '../../../src/drawing/cardStyle'
import { LANE_KIND_SIZE, laneTitleLayout, LANE_TITLE_FONT } from '../../../src/drawing/laneTitle'
import { GRID_LABEL_INSET } from '../../../src/drawing/gridStyle'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { wrapText } from '../../../src/drawing/textWrap'

const width = LAYOUT.laneTitleWidth - LANE_TITLE_TEXT_INSET
const row = { y: 100, height: 160 }

/** What the title's box shows, wrapped as the board and the SVG wrap it. */
function shown(title: string, lines: number): string[] {
  return wrapText(title, width - 2 * GRID_LABEL_INSET, lines, (s) => estimateTextWidth(s, LANE_TITLE_FONT))
}

describe('lane titles', () => {
  it.each([
    ['tr', 'Yapılması gereken işler'],
    ['nb', 'Jobber som skal gjøres'],
    ['fa', 'کارهایی که باید انجام شود'],
  ])('wrap "Jobs to be done" in %s onto more lines instead of cutting it, with the kind below', (_, title) => {
    const place = laneTitleLayout(title, 'Notes', row, width, estimateTextWidth)
    expect(place.title.lines).toBeGreaterThan(1)
    const lines = shown(title, place.title.lines)
    expect(lines.join(' ')).toBe(title)
    expect(lines.at(-1)).not.toMatch(/…$/)
    expect(place.kind!.y).toBeGreaterThanOrEqual(place.title.y + place.title.lines * 16 * 1.4)
    expect(place.kind!.y + place.kind!.height).toBeLessThanOrEqual(row.y + row.height)
  })

  it('keeps a short title on one line where it always was', () => {
    const place = laneTitleLayout('Jobs', 'Notes', row, width, estimateTextWidth)
    expect(place.title).toEqual({ y: 110, height: 26, lines: 1, whole: true })
    expect(place.kind).toEqual({ y: 136, height: 24, lines: 1 })
  })

  it('wraps only as far as a low lane has room for', () => {
    const title = 'A very long lane title that goes on and on and on'
    const place = laneTitleLayout(title, title, { y: 0, height: 60 }, width, estimateTextWidth)
    expect(place.kind).toBeNull()
    expect(place.title.lines).toBe(2)
    expect(place.title.y + place.title.height).toBeLessThanOrEqual(60)
  })
})

describe('the lane kind under a title', () => {
  const kindFont = `400 ${LANE_KIND_SIZE}px ${CANVAS_FONT_FAMILY}`
  it.each([
    ['en', 'Emotional intent'],
    ['tr', 'Duygusal niyet'],
    ['fa', 'احساس تجربه‌شده و مطلوب'],
    ['nb', 'Følelser og mål'],
  ])('shows the emotion lane kind in %s in full, wrapping when it is wider than the column', (_, kind) => {
    const place = laneTitleLayout('Feelings', kind, { y: 0, height: 200 }, width, estimateTextWidth)
    const lines = wrapText(kind, width - 2 * GRID_LABEL_INSET, place.kind!.lines, (s) => estimateTextWidth(s, kindFont))
    expect(lines.join(' ')).toBe(kind)
    expect(lines.at(-1)).not.toMatch(/…$/)
    // The box holds its lines at line height 1.4, as the board and the SVG lay them out.
    expect(place.kind!.height).toBeGreaterThanOrEqual(place.kind!.lines * LANE_KIND_SIZE * 1.4)
  })

  it('gives the Persian emotion kind a second line and moves nothing else', () => {
    const place = laneTitleLayout('Feelings', 'احساس تجربه‌شده و مطلوب', { y: 0, height: 200 }, width, estimateTextWidth)
    expect(place.kind!.lines).toBe(2)
    expect(place.title).toEqual({ y: 10, height: 26, lines: 1, whole: true })
  })
})

describe('a word longer than a line', () => {
  it('breaks where it stops fitting, measuring each line a few times rather than once per character', () => {
    let measured = 0
    const width = (s: string) => {
      measured++
      return s.length * 8
    }
    const lines = wrapText('z'.repeat(100_000), 200, Number.POSITIVE_INFINITY, width)
    expect(lines).toHaveLength(4000)
    expect(lines.every((l) => l.length === 25)).toBe(true)
    expect(measured).toBeLessThan(4000 * 16)
    expect(wrapText('abcdefghij', 40, 9, width)).toEqual(['abcde', 'fghij'])
    expect(wrapText('ab cdefghijkl', 40, 9, width)).toEqual(['ab', 'cdefg', 'hijkl'])
  })
})
