import { describe, expect, it } from 'vitest'
import { headerShownSpan } from '../../../src/canvas/grid/pinnedView'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT, type StageBand } from '../../../src/domain/layout'
import { GRID_LABEL_INSET } from '../../../src/drawing/gridStyle'
import { titleShift } from '../../../src/drawing/headerTitle'

// A stage half scrolled out sideways keeps its title in the part of its band a person sees, as a
// spreadsheet's or a list's sticky section header does: at that part's start while the band is
// wider than it, then sliding out with the band's end. Left to right the band leaves on the left,
// under the lane titles pinned there; right to left, on the right, under the lane titles there.

const W = 800
const H = 600
const INK = 60
const inset = GRID_LABEL_INSET

function grid(direction: 'ltr' | 'rtl') {
  const doc = createStarterDoc(createMap(newId<WorkshopId>(), 'Sticky', 0), { stages: ['A', 'B', 'C', 'D'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T'], ['actions', 'A']] })
  return gridLayout({ ...doc, map: { ...doc.map, direction } })
}

/** Where a title's text starts and ends on the board: the label's box is the band less the inset, the text at its aligned end, moved by the shift. */
function inkOf(band: StageBand, shift: number, align: 'left' | 'right') {
  const start = align === 'left' ? band.x + inset : band.x + band.width - inset - INK
  return { start: start + shift, end: start + shift + INK }
}

describe('where a stage’s title goes when its band is partly off screen', () => {
  for (const zoom of [1, 0.6]) {
    it(`left to right at ${zoom * 100}%: at the start of the band’s part right of the pinned lane titles, then out with the band’s end`, () => {
      const g = grid('ltr')
      const band = g.stages[1]!
      const cover = LAYOUT.laneTitleWidth
      // The band's first 150 px lie under the lane titles pinned to the left edge.
      const vp = { x: band.x + 150 - cover, y: 120, zoom }
      const shown = headerShownSpan(g, vp, W, H)
      expect(shown).toEqual({ x: band.x + 150, width: W / zoom - cover })
      const ink = inkOf(band, titleShift(band, shown, INK, 'left'), 'left')
      expect(ink.start).toBeCloseTo(shown.x + inset)
      // On the screen, right of the pinned column.
      expect((ink.start - vp.x) * zoom).toBeGreaterThanOrEqual(cover * zoom)

      // Scrolled on until 30 px of the band are left: the title ends at the band's end, its start under the column.
      const late = { ...vp, x: band.x + band.width - 30 - cover }
      const end = inkOf(band, titleShift(band, headerShownSpan(g, late, W, H), INK, 'left'), 'left')
      expect(end.end).toBeCloseTo(band.x + band.width - inset)
      expect(end.start).toBeLessThan(late.x + cover)
    })
  }

  it('right to left: at the start of the band’s part left of the lane titles pinned on the right, then out with the band’s end', () => {
    for (const zoom of [1, 0.6]) {
      const g = grid('rtl')
      const band = g.stages[1]!
      const cover = LAYOUT.laneTitleWidth
      // The band's right 150 px lie under the lane titles pinned to the right edge.
      const vp = { x: band.x + band.width - 150 - (W / zoom - cover), y: 120, zoom }
      const shown = headerShownSpan(g, vp, W, H)
      expect(shown.x).toBeCloseTo(vp.x)
      expect(shown.x + shown.width).toBeCloseTo(band.x + band.width - 150)
      const ink = inkOf(band, titleShift(band, shown, INK, 'right'), 'right')
      expect(ink.end).toBeCloseTo(shown.x + shown.width - inset)
      expect((ink.end - vp.x) * zoom).toBeLessThanOrEqual(W - cover * zoom)

      const late = { ...vp, x: band.x + 30 - (W / zoom - cover) }
      const end = inkOf(band, titleShift(band, headerShownSpan(g, late, W, H), INK, 'right'), 'right')
      expect(end.start).toBeCloseTo(band.x + inset)
    }
  })

  it('leaves a title in its place while its band starts on screen, cut at its far end or not at all', () => {
    const g = grid('ltr')
    const band = g.stages[1]!
    // The band starts 100 px right of the pinned column and runs past the board's right edge.
    const vp = { x: band.x - 100 - LAYOUT.laneTitleWidth, y: 120, zoom: 1 }
    expect(titleShift(band, headerShownSpan(g, vp, W, H), INK, 'left')).toBe(0)
    // Nothing pinned, the whole band on screen.
    const start = { x: -24, y: -24, zoom: 1 }
    expect(headerShownSpan(g, start, W, H)).toEqual({ x: -24, width: W })
    expect(titleShift(g.stages[0]!, headerShownSpan(g, start, W, H), INK, 'left')).toBe(0)
    // A right-aligned title (Persian in a left-to-right map) in a band cut on the left is at its band's right end, on screen.
    const cut = { x: band.x + 150 - LAYOUT.laneTitleWidth, y: 120, zoom: 1 }
    expect(titleShift(band, headerShownSpan(g, cut, W, H), INK, 'right')).toBe(0)
  })

  it('keeps a right-aligned title at the right of the band’s part on screen when the band runs past the right edge', () => {
    const band = { x: 1000, width: 440 }
    const shown = { x: 700, width: 500 }
    const shift = titleShift(band, shown, INK, 'right')
    expect(band.x + band.width - inset + shift).toBe(shown.x + shown.width - inset)
    // And a left-aligned one in a band running past the left edge with no column pinned over it.
    expect(band.x + inset + titleShift(band, { x: 1100, width: 500 }, INK, 'left')).toBe(1100 + inset)
  })

  it('never moves a title that fills its band (a long name, wrapped or cut)', () => {
    const band = { x: 0, width: 300 }
    const full = band.width - 2 * inset
    expect(titleShift(band, { x: 150, width: 800 }, full, 'left')).toBe(0)
    expect(titleShift(band, { x: -500, width: 650 }, full, 'right')).toBe(0)
  })
})
