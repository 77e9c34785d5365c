import { describe, expect, it } from 'vitest'
import { onPinnedHeader, pinnedBuild, pinnedPlaces, sameBuild } from '../../../src/canvas/grid/pinnedView'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { overviewStripHeight } from '../../../src/canvas/grid/gridShapes'

function grid(direction: 'ltr' | 'rtl') {
  const doc = createStarterDoc(createMap(newId<WorkshopId>(), 'Pinned', 0), { stages: ['A', 'B', 'C', 'D'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T'], ['actions', 'A'], ['painPoints', 'P']] })
  return gridLayout({ ...doc, map: { ...doc.map, direction } })
}

const W = 800
const H = 600

// Scrolling a map, its lane titles stay at the leading edge and its headers at the top, as in a spreadsheet.
describe('headers pinned to the board edges', () => {
  it('leaves the headers in place while the map starts on screen', () => {
    const g = grid('ltr')
    expect(pinnedPlaces(g, { x: -24, y: -24, zoom: 1 }, W, H)).toMatchObject({ laneX: null, headerTop: null })
  })

  it('pins the lane titles to the left edge and the headers to the top once scrolled past', () => {
    const g = grid('ltr')
    const places = pinnedPlaces(g, { x: 300, y: 120, zoom: 1 }, W, H)
    expect(places).toMatchObject({ laneX: 0, headerTop: 0, overview: false })
  })

  it('pins a right-to-left map’s lane titles to the right edge', () => {
    const g = grid('rtl')
    const z = 0.8
    // Scrolled towards the map's end (the left): the title column (at the map's right end) leaves on the right.
    const places = pinnedPlaces(g, { x: g.width - 1400, y: -10, zoom: z }, W, H)
    expect(places.laneX).toBeCloseTo(W - LAYOUT.laneTitleWidth * z)
    expect(places.headerTop).toBeNull()
  })

  it('zoomed out, pins the stage strip above the map instead of the header rows', () => {
    const g = grid('ltr')
    const z = 0.25
    const places = pinnedPlaces(g, { x: 0, y: 10, zoom: z }, W, H)
    expect(places).toMatchObject({ overview: true, headerTop: -overviewStripHeight(z) })
  })

  it('lets go once the map is scrolled wholly away', () => {
    const g = grid('ltr')
    expect(pinnedPlaces(g, { x: g.width + 100, y: g.height + 100, zoom: 1 }, W, H)).toMatchObject({ laneX: null, headerTop: null })
  })

  it('builds the pinned shapes again only when another stretch of the map comes near', () => {
    const g = grid('ltr')
    const a = pinnedBuild(g, { x: 300, y: 120, zoom: 1 }, W, H)
    expect(sameBuild(a, pinnedBuild(g, { x: 302, y: 121, zoom: 1 }, W, H))).toBe(true)
    expect(sameBuild(a, pinnedBuild(g, { x: 1300, y: 120, zoom: 1 }, W, H))).toBe(false)
  })

  it('takes a press on a pinned header for the header, not for the card drawn under it', () => {
    const g = grid('ltr')
    const vp = { x: 300, y: 120, zoom: 1 }
    expect(onPinnedHeader(g, vp, W, H, { x: 20, y: 300 })).toBe(true)
    expect(onPinnedHeader(g, vp, W, H, { x: 500, y: 10 })).toBe(true)
    expect(onPinnedHeader(g, vp, W, H, { x: 500, y: 300 })).toBe(false)
    expect(onPinnedHeader(g, { x: -24, y: -24, zoom: 1 }, W, H, { x: 20, y: 300 })).toBe(false)
  })
})
