import { describe, expect, it } from 'vitest'
import { createLane, createMap, createStage, createStep, emptyDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import {
  boardToMinimap,
  centreOn,
  MIN_THUMB,
  minimapFrame,
  minimapToBoard,
  minimapViewRect,
  scrollExtent,
  scrollThumb,
  thumbDragToBoard,
  trackClickToStart,
} from '../../../src/canvas/navigation/navMath'
import { stageIdAt, stageViewport } from '../../../src/canvas/navigation/zoomToStage'
import { screenToBoard, visibleRect } from '../../../src/canvas/viewport'

describe('minimap scale', () => {
  it('fits a wide board into the box with a uniform scale and takes its shape', () => {
    const frame = minimapFrame({ x: 0, y: 0, width: 4000, height: 1000 }, 200, 140)
    // 4% margin of the larger side on every edge: the world is 4320 x 1320.
    expect(frame.world).toEqual({ x: -160, y: -160, width: 4320, height: 1320 })
    expect(frame.scale).toBeCloseTo(200 / 4320)
    expect(frame.width).toBe(200)
    expect(frame.height).toBe(Math.round(1320 * (200 / 4320)))
  })

  it('lets a tall board be limited by the height instead', () => {
    const frame = minimapFrame({ x: 0, y: 0, width: 500, height: 3000 }, 200, 140)
    expect(frame.height).toBe(140)
    expect(frame.width).toBeLessThan(40)
  })

  it('maps board points to the minimap and back', () => {
    const frame = minimapFrame({ x: -300, y: 50, width: 2000, height: 900 }, 200, 140)
    const p = { x: 123, y: 456 }
    const back = minimapToBoard(frame, boardToMinimap(frame, p))
    expect(back.x).toBeCloseTo(p.x)
    expect(back.y).toBeCloseTo(p.y)
    const corner = boardToMinimap(frame, { x: frame.world.x, y: frame.world.y })
    expect(corner.x).toBeCloseTo(frame.offsetX)
    expect(corner.y).toBeCloseTo(frame.offsetY)
  })

  it('draws the visible part of the view, cut at the edges, and nothing when the view is elsewhere', () => {
    const frame = minimapFrame({ x: 0, y: 0, width: 1000, height: 500 }, 200, 140)
    const inside = minimapViewRect(frame, { x: 100, y: 100, width: 200, height: 100 })!
    expect(inside.width).toBeCloseTo(200 * frame.scale)
    const cut = minimapViewRect(frame, { x: -5000, y: 0, width: 5100, height: 100 })!
    expect(cut.x).toBe(0)
    expect(minimapViewRect(frame, { x: 9000, y: 9000, width: 10, height: 10 })).toBeNull()
  })

  it('centres the view on a board point at the same zoom', () => {
    const vp = centreOn({ x: 0, y: 0, zoom: 2 }, { x: 500, y: 300 }, 800, 600)
    expect(vp.zoom).toBe(2)
    expect(screenToBoard(vp, { x: 400, y: 300 })).toEqual({ x: 500, y: 300 })
  })
})

describe('scrollbar math', () => {
  it('spans the content plus margin, stretched to include the view', () => {
    expect(scrollExtent({ x: 0, y: 0, width: 1000, height: 500 }, { x: 100, y: 100, width: 300, height: 200 }, 50)).toEqual({ x: -50, y: -50, width: 1100, height: 600 })
    expect(scrollExtent({ x: 0, y: 0, width: 1000, height: 500 }, { x: 2000, y: 0, width: 300, height: 200 }, 50)).toMatchObject({ x: -50, width: 2350 })
  })

  it('sizes and places the thumb by the share on screen', () => {
    const start = scrollThumb(0, 1000, 0, 250, 400)
    expect(start).toEqual({ needed: true, offset: 0, size: 100 })
    expect(scrollThumb(0, 1000, 750, 250, 400).offset).toBe(300)
    expect(scrollThumb(0, 1000, 375, 250, 400).offset).toBe(150)
  })

  it('hides the bar when everything fits, and keeps a grabbable thumb on a huge board', () => {
    expect(scrollThumb(0, 500, 0, 500, 400).needed).toBe(false)
    const huge = scrollThumb(0, 1_000_000, 0, 1000, 400)
    expect(huge.size).toBe(MIN_THUMB)
  })

  it('turns a thumb drag back into board units, also with the minimum thumb', () => {
    const thumb = scrollThumb(0, 1000, 0, 250, 400)
    const moved = thumbDragToBoard(150, 1000, 250, 400, thumb.size)
    expect(scrollThumb(0, 1000, moved, 250, 400).offset).toBeCloseTo(150)
    const big = scrollThumb(0, 1_000_000, 0, 1000, 400)
    const far = thumbDragToBoard(400 - big.size, 1_000_000, 1000, 400, big.size)
    expect(far).toBeCloseTo(999_000)
    expect(thumbDragToBoard(10, 100, 100, 400, 400)).toBe(0)
  })

  it('jumps so the thumb is centred on a click in the empty track', () => {
    expect(trackClickToStart(200, 0, 1000, 250, 400, 100)).toBeCloseTo(375)
    expect(trackClickToStart(0, 0, 1000, 250, 400, 100)).toBe(0)
    expect(trackClickToStart(400, -50, 1000, 250, 400, 100)).toBe(700)
  })
})

describe('zoom to a stage', () => {
  function doc(direction: 'ltr' | 'rtl'): JourneyDoc {
    const map = { ...createMap(newId<WorkshopId>(), 'Z'), direction }
    const a = createStage(map.id, 'A')
    const b = createStage(map.id, 'B')
    const a1 = createStep(map.id, a.id, 'a1', 400)
    const b1 = createStep(map.id, b.id, 'b1', 600)
    const lane = createLane(map.id, 'actions', 'L', 400)
    return {
      ...emptyDoc({ ...map, stageIds: [a.id, b.id], laneIds: [lane.id] }),
      stages: { [a.id]: { ...a, stepIds: [a1.id] }, [b.id]: { ...b, stepIds: [b1.id] } },
      steps: { [a1.id]: a1, [b1.id]: b1 },
      lanes: { [lane.id]: lane },
    }
  }

  it('shows the whole stage, headers to the last lane, centred', () => {
    const d = doc('ltr')
    const b = stageIdAt(d, 2)!
    const vp = stageViewport(d, b, 1000, 800)!
    const seen = visibleRect(vp, 1000, 800)
    // Stage B runs 600..1200 and the grid is 488 tall.
    expect(seen.x).toBeLessThanOrEqual(600)
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(1200)
    expect(seen.y).toBeLessThanOrEqual(0)
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(488)
    expect(seen.x + seen.width / 2).toBeCloseTo(900)
  })

  it('brings the lane titles along for the stage beside them', () => {
    const d = doc('ltr')
    const seen = visibleRect(stageViewport(d, stageIdAt(d, 1)!, 1000, 800)!, 1000, 800)
    // Titles 0..200 and stage A 200..600.
    expect(seen.x).toBeLessThanOrEqual(0)
    expect(seen.x + seen.width / 2).toBeCloseTo(300)
  })

  it('counts stages chronologically, so in a right-to-left map stage 1 is on the right', () => {
    const d = doc('rtl')
    const vp = stageViewport(d, stageIdAt(d, 1)!, 1000, 800)!
    const seen = visibleRect(vp, 1000, 800)
    // Mirrored: B 0..600, A 600..1000, lane titles 1000..1200; A comes with the titles.
    expect(seen.x + seen.width / 2).toBeCloseTo(900)
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(1200)
    const b = visibleRect(stageViewport(d, stageIdAt(d, 2)!, 1000, 800)!, 1000, 800)
    expect(b.x + b.width / 2).toBeCloseTo(300)
    expect(stageIdAt(d, 3)).toBeNull()
  })
})
