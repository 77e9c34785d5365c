import { describe, expect, it } from 'vitest'
import { headerOnScreen, headerPointAt, laneColumnAt, onPinnedHeader, pinnedBuild, pinnedPlaces, sameBuild, stagesSpan, titleColumnView } from '../../../src/canvas/grid/pinnedView'
import { fitMap } from '../../../src/canvas/navigation/fitMap'
import { DETAIL_ZOOM, fitViewport } from '../../../src/canvas/viewport'
import { hitHeader } from '../../../src/domain/layoutGrid'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { OVERVIEW_LANE_PX, overviewStripHeight } from '../../../src/canvas/grid/gridShapes'

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
    expect(places).toMatchObject({ overview: true, headerTop: -overviewStripHeight(g, z) })
  })

  it('lets go once the map is scrolled wholly away', () => {
    const g = grid('ltr')
    expect(pinnedPlaces(g, { x: g.width + 100, y: g.height + 100, zoom: 1 }, W, H)).toMatchObject({ laneX: null, headerTop: null })
  })

  it('builds the pinned shapes again only when which headers are pinned changes, not as a pan goes along', () => {
    const g = grid('ltr')
    const a = pinnedBuild(g, { x: 300, y: 120, zoom: 1 }, W, H)
    expect(sameBuild(a, pinnedBuild(g, { x: 302, y: 121, zoom: 1 }, W, H))).toBe(true)
    expect(sameBuild(a, pinnedBuild(g, { x: 1300, y: 400, zoom: 1 }, W, H))).toBe(true)
    expect(sameBuild(a, pinnedBuild(g, { x: 300, y: -200, zoom: 1 }, W, H))).toBe(false)
  })

  it('takes a press on a pinned header for the header, not for the card drawn under it', () => {
    const g = grid('ltr')
    const vp = { x: 300, y: 120, zoom: 1 }
    expect(onPinnedHeader(g, vp, W, H, { x: 20, y: 300 })).toBe(true)
    expect(onPinnedHeader(g, vp, W, H, { x: 500, y: 10 })).toBe(true)
    expect(onPinnedHeader(g, vp, W, H, { x: 500, y: 300 })).toBe(false)
    expect(onPinnedHeader(g, { x: -24, y: -24, zoom: 1 }, W, H, { x: 20, y: 300 })).toBe(false)
  })

  it('hands a point on a pinned copy to the header it stands for, where that header lies', () => {
    const g = grid('ltr')
    const vp = { x: 300, y: 120, zoom: 1 }
    const row = g.rows[1]!
    // 20 px into the pinned column at the second lane's middle: 20 px into the real column.
    const y = row.y + row.height / 2 - vp.y
    expect(headerPointAt(g, vp, W, H, { x: 20, y })).toEqual({ x: g.laneTitleX + 20, y: row.y + row.height / 2 })
    expect(hitHeader(g, headerPointAt(g, vp, W, H, { x: 20, y })!)).toMatchObject({ laneId: row.laneId })
    // On the header band pinned to the top: the stage header above the map.
    const band = headerPointAt(g, vp, W, H, { x: 500, y: 10 })!
    expect(hitHeader(g, band)).toMatchObject({ kind: 'stage' })
    expect(headerPointAt(g, vp, W, H, { x: 500, y: 300 })).toBeNull()
  })

  it('puts a header’s toolbar, rename field and ring on its pinned copy', () => {
    const g = grid('rtl')
    const vp = { x: g.width - 1400, y: 200, zoom: 0.8 }
    const row = g.rows[0]!
    const lane = headerOnScreen(g, { kind: 'lane', id: row.laneId }, vp, W, H)!
    expect(lane.x).toBeCloseTo(W - LAYOUT.laneTitleWidth * 0.8)
    expect(lane.y).toBeCloseTo((row.y - vp.y) * 0.8)
    const band = g.stages[0]!
    expect(headerOnScreen(g, { kind: 'stage', id: band.stageId }, vp, W, H)).toMatchObject({ y: 0, height: LAYOUT.stageHeaderHeight * 0.8 })
  })

  it('zoomed out, writes the lane titles in a strip of fixed screen width that reaches out past the map, and pins that strip', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const g = grid(direction)
      for (const zoom of [0.35, 0.2]) {
        const column = laneColumnAt(g, zoom)
        expect(column.width * zoom).toBeCloseTo(OVERVIEW_LANE_PX)
        // The strip covers the title column and leaves the map on its leading side.
        expect(column.x).toBeLessThanOrEqual(g.laneTitleX)
        expect(column.x + column.width).toBeGreaterThanOrEqual(g.laneTitleX + LAYOUT.laneTitleWidth)
        if (direction === 'ltr') expect(column.x).toBeLessThan(0)
        else expect(column.x + column.width).toBeGreaterThan(g.width)
      }
      expect(laneColumnAt(g, 0.5)).toEqual({ x: g.laneTitleX, width: LAYOUT.laneTitleWidth })
    }
    const g = grid('ltr')
    const z = 0.25
    const places = pinnedPlaces(g, { x: 100, y: -200, zoom: z }, W, H)
    expect(places.laneX).toBe(0)
    // A press anywhere on the strip, even outside the map, is on the lane's title.
    const row = g.rows[0]!
    const vp = { x: -600, y: -200, zoom: z }
    const outside = { x: (laneColumnAt(g, z).x + 10 - vp.x) * z, y: (row.y + row.height / 2 - vp.y) * z }
    expect(hitHeader(g, headerPointAt(g, vp, W, H, outside)!)).toMatchObject({ kind: 'lane', laneId: row.laneId })
  })
})

describe('the header band and title column pinned to the board', () => {
  it('runs its stage lines from the first stage to the last, in either direction', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const g = grid(direction)
      const span = stagesSpan(g)
      expect(g.stages.length).toBeGreaterThan(1)
      for (const b of g.stages) {
        expect(span.from).toBeLessThanOrEqual(b.x)
        expect(span.to).toBeGreaterThanOrEqual(b.x + b.width)
      }
      expect(g.stages.some((b) => b.x === span.from) && g.stages.some((b) => b.x + b.width === span.to)).toBe(true)
    }
  })

  it('puts the title column’s DOM parts on its pinned copy, and cuts them under the pinned band', () => {
    const ltr = grid('ltr')
    const z = 0.8
    // In place: the board's own transform, nothing cut.
    expect(titleColumnView(ltr, { x: -24, y: -24, zoom: z }, W, H)).toEqual({ x: 24 * z, y: 24 * z, scale: z, pinned: false, clipTop: 0 })
    // Scrolled right and down: the column's left edge at the board's left edge, below the band.
    const vp = { x: 300, y: 120, zoom: z }
    const view = titleColumnView(ltr, vp, W, H)
    expect(view).toMatchObject({ pinned: true, scale: z, y: -vp.y * z })
    expect(view.x + ltr.laneTitleX * z).toBeCloseTo(0)
    expect(view.clipTop).toBeCloseTo(ltr.bodyTop * z)
    // Right to left: the column's right edge at the board's right edge.
    const rtl = grid('rtl')
    const far = { x: rtl.width - 1400, y: 120, zoom: z }
    const pinned = titleColumnView(rtl, far, W, H)
    expect(pinned.pinned).toBe(true)
    expect(pinned.x + (rtl.laneTitleX + LAYOUT.laneTitleWidth) * z).toBeCloseTo(W)
  })
})

describe('fitting a map zoomed out past reading', () => {
  it('still fits a 120 px high free area, with room kept for the pinned stage strip', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const g = grid(direction)
      const bounds = { x: 0, y: 0, width: g.width, height: g.height }
      // A board squeezed to a short strip (a laptop with the side panel and a timer open): 120 px of free height.
      const area = { x: 0, y: 30, width: 900, height: 120 }
      const vp = fitMap(g, bounds, 900, 160, area)
      expect(vp.zoom).toBeGreaterThan(0)
      expect(vp.zoom).toBeLessThan(DETAIL_ZOOM)
      // The stage strip above the map starts inside the area, and the map below it ends inside it.
      const stripTop = (-overviewStripHeight(g, vp.zoom) - vp.y) * vp.zoom
      expect(stripTop).toBeGreaterThanOrEqual(area.y - 0.5)
      expect((bounds.y + bounds.height - vp.y) * vp.zoom).toBeLessThanOrEqual(area.y + area.height + 0.5)
      expect((bounds.x - vp.x) * vp.zoom).toBeGreaterThanOrEqual(area.x - 0.5)
      expect((bounds.x + bounds.width - vp.x) * vp.zoom).toBeLessThanOrEqual(area.x + area.width + 0.5)
      // Fitted, nothing is pinned: the strip is in its own place, not copied over the map.
      expect(pinnedPlaces(g, vp, 900, 160)).toMatchObject({ headerTop: null, laneX: null })
    }
  })

  it('leaves room on screen for the lane titles’ strip and the stage strip, in either direction', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const g = grid(direction)
      const bounds = { x: 0, y: 0, width: g.width, height: g.height }
      // A wide board area that is short: the fit is bound by the height, then cut on the leading side by a tool bar.
      const area = { x: direction === 'ltr' ? 60 : 0, y: 10, width: 700, height: 240 }
      const vp = fitMap(g, bounds, 760, 250, area)
      expect(vp.zoom).toBeLessThan(DETAIL_ZOOM)
      const column = laneColumnAt(g, vp.zoom)
      const left = (column.x - vp.x) * vp.zoom
      const right = (column.x + column.width - vp.x) * vp.zoom
      expect(left).toBeGreaterThanOrEqual(area.x - 0.5)
      expect(right).toBeLessThanOrEqual(area.x + area.width + 0.5)
      expect((-overviewStripHeight(g, vp.zoom) - vp.y) * vp.zoom).toBeGreaterThanOrEqual(area.y - 0.5)
      // The map itself stays whole in the area.
      expect((bounds.x - vp.x) * vp.zoom).toBeGreaterThanOrEqual(area.x)
      expect((bounds.x + bounds.width - vp.x) * vp.zoom).toBeLessThanOrEqual(area.x + area.width)
    }
  })

  it('leaves room above the map for the stage strip as tall as its longest name needs', () => {
    const doc = createStarterDoc(createMap(newId<WorkshopId>(), 'Long stages', 0), {
      stages: ['Before', 'Comparing offers and reading the small print of every one of them', 'After'],
      step: (n) => `S${n}`,
      lanes: [['touchpoints', 'T'], ['actions', 'A']],
    })
    const g = gridLayout(doc)
    const short = grid('ltr')
    const bounds = { x: 0, y: 0, width: g.width, height: g.height }
    const area = { x: 0, y: 0, width: 500, height: 200 }
    const vp = fitMap(g, bounds, 500, 200, area)
    expect(vp.zoom).toBeLessThan(DETAIL_ZOOM)
    const strip = overviewStripHeight(g, vp.zoom) * vp.zoom
    // The long name wraps (and may shrink): the strip is taller on screen than one line's, and fitting reserves all of it.
    expect(strip).toBeGreaterThan(overviewStripHeight(short, vp.zoom) * vp.zoom + 5)
    expect((-overviewStripHeight(g, vp.zoom) - vp.y) * vp.zoom).toBeGreaterThanOrEqual(area.y - 0.5)
    // The pinned band starts at the strip's top.
    expect(pinnedPlaces(g, { ...vp, y: 10 }, 500, 200).headerTop).toBeCloseTo(-overviewStripHeight(g, vp.zoom))
  })

  it('changes nothing at a zoom where the titles can be read', () => {
    const g = grid('ltr')
    const bounds = { x: 0, y: 0, width: g.width, height: g.height }
    expect(fitMap(g, bounds, 4000, 2000)).toEqual(fitViewport(bounds, 4000, 2000))
  })
})
