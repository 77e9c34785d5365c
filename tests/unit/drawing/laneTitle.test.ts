import { describe, expect, it } from 'vitest'
import { LAYOUT } from '../../../src/domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../../src/domain/layoutGrid'
import { laneTitleLayout, LANE_TITLE_FONT } from '../../../src/drawing/laneTitle'
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
    const place = laneTitleLayout(title, true, row, width, estimateTextWidth)
    expect(place.title.lines).toBeGreaterThan(1)
    const lines = shown(title, place.title.lines)
    expect(lines.join(' ')).toBe(title)
    expect(lines.at(-1)).not.toMatch(/…$/)
    expect(place.kind!.y).toBeGreaterThanOrEqual(place.title.y + place.title.lines * 16 * 1.4)
    expect(place.kind!.y + place.kind!.height).toBeLessThanOrEqual(row.y + row.height)
  })

  it('keeps a short title on one line where it always was', () => {
    const place = laneTitleLayout('Jobs', true, row, width, estimateTextWidth)
    expect(place.title).toEqual({ y: 110, height: 26, lines: 1 })
    expect(place.kind).toEqual({ y: 136, height: 24 })
  })

  it('wraps only as far as a low lane has room for', () => {
    const place = laneTitleLayout('A very long lane title that goes on and on and on', false, { y: 0, height: 60 }, width, estimateTextWidth)
    expect(place.title.lines).toBe(2)
    expect(place.title.y + place.title.height).toBeLessThanOrEqual(60)
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
