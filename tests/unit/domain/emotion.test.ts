import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  createMap,
  createPersona,
  createStarterDoc,
  EMOTION_MAX,
  EMOTION_MIN,
  type JourneyDoc,
  type PersonaId,
  type StepId,
  type WorkshopId,
} from '../../../src/domain'
import {
  clampEmotion,
  columnCentre,
  emotionAt,
  emotionBand,
  emotionCurveOwners,
  gapRegions,
  levelToY,
  monotoneTangents,
  sampleCurve,
  snapEmotion,
  yToLevel,
  type CurveKnot,
} from '../../../src/domain/emotion'
import { gridLayout } from '../../../src/domain/layout'

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function knots(values: readonly number[], width = 220, start = 310): CurveKnot[] {
  return values.map((value, i) => ({ x: start + i * width, value }))
}

function starter(direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const map = { ...createMap('w1' as WorkshopId, 'Map'), direction }
  return createStarterDoc(map, { stages: ['Before', 'During'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['emotions', 'Emotional intent']] })
}

describe('snapping and clamping', () => {
  it('snaps to the nearest half level and keeps -2..+2', () => {
    expect(snapEmotion(0.24)).toBe(0)
    expect(snapEmotion(0.26)).toBe(0.5)
    expect(snapEmotion(-1.74)).toBe(-1.5)
    expect(snapEmotion(-1.76)).toBe(-2)
    expect(snapEmotion(7)).toBe(EMOTION_MAX)
    expect(snapEmotion(-7)).toBe(EMOTION_MIN)
    expect(snapEmotion(Number.NaN)).toBe(0)
  })

  it('never yields a negative zero', () => {
    expect(Object.is(snapEmotion(-0.1), 0)).toBe(true)
    expect(Object.is(clampEmotion(-0), -0)).toBe(true)
  })
})

describe('level <-> height in a lane', () => {
  const row = { y: 400, height: 200 }
  const band = emotionBand(row)

  it('puts +2 at the top and -2 at the bottom of the band, inside the lane', () => {
    expect(band.top).toBeGreaterThan(row.y)
    expect(band.bottom).toBeLessThan(row.y + row.height)
    expect(levelToY(2, band)).toBe(band.top)
    expect(levelToY(-2, band)).toBe(band.bottom)
    expect(levelToY(0, band)).toBe((band.top + band.bottom) / 2)
  })

  it('maps back to the same level, and clamps outside the band', () => {
    for (const level of [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]) expect(yToLevel(levelToY(level, band), band)).toBeCloseTo(level, 10)
    expect(yToLevel(band.top - 500, band)).toBe(2)
    expect(yToLevel(band.bottom + 500, band)).toBe(-2)
    expect(levelToY(5, band)).toBe(band.top)
  })

  it('keeps some band in the lowest lane', () => {
    const low = emotionBand({ y: 0, height: 48 })
    expect(low.bottom - low.top).toBeGreaterThan(0)
  })
})

describe('the monotone curve', () => {
  it('passes through every point', () => {
    const values = [0, -2, 1, 1, 2, -1.5]
    const curve = sampleCurve(knots(values), 8)
    values.forEach((v, i) => expect(curve.values[i * 8]).toBeCloseTo(v, 10))
    expect(curve.xs).toHaveLength((values.length - 1) * 8 + 1)
  })

  it('never leaves the range of the two points it joins (so never -2..+2), for any scores', () => {
    const next = random(42)
    for (let run = 0; run < 300; run++) {
      const n = 2 + Math.floor(next() * 10)
      const values = Array.from({ length: n }, () => snapEmotion(next() * 4 - 2))
      const widths = values.map(() => 120 + Math.floor(next() * 400))
      let x = 200
      const ks = values.map((value, i) => {
        const k = { x, value }
        x += widths[i] ?? 0
        return k
      })
      const per = 10
      const curve = sampleCurve(ks, per)
      for (let seg = 0; seg < n - 1; seg++) {
        const lo = Math.min(values[seg]!, values[seg + 1]!)
        const hi = Math.max(values[seg]!, values[seg + 1]!)
        for (let s = 0; s <= per; s++) {
          const v = curve.values[seg * per + s]!
          expect(v).toBeGreaterThanOrEqual(lo - 1e-9)
          expect(v).toBeLessThanOrEqual(hi + 1e-9)
        }
      }
    }
  })

  it('is flat through a run of equal scores and does not dip before a jump', () => {
    const curve = sampleCurve(knots([2, 2, 2, -2]), 10)
    expect(curve.values.slice(0, 21).every((v) => v === 2)).toBe(true)
    expect(monotoneTangents([0, 1, 2], [0, 1, 0])[1]).toBe(0)
  })

  it('bends more smoothly than straight lines would (it is a curve, not a polyline)', () => {
    const curve = sampleCurve(knots([-2, 0, -2]), 10)
    // Halfway up to the peak a straight line gives -1; the curve arrives flat at the peak, so it rises earlier.
    expect(curve.values[5]).toBeCloseTo(-0.75, 10)
    expect(curve.values[9]).toBeGreaterThan(-0.2)
  })

  it('a piece cut for the screen has the same shape as in the whole curve', () => {
    const ks = knots([1, -2, 0.5, 2, -1, 0])
    const whole = sampleCurve(ks, 6)
    const piece = sampleCurve(ks, 6, 2, 4)
    expect(piece.xs).toEqual(whole.xs.slice(12, 25))
    expect(piece.values).toEqual(whole.values.slice(12, 25))
    expect(sampleCurve(ks, 6, 4, 2).xs).toEqual([])
    expect(sampleCurve([], 6).xs).toEqual([])
  })

  it('mirrors exactly for a right-to-left map', () => {
    const values = [0, -2, 1.5, 0.5]
    const ltr = sampleCurve(knots(values, 220, 310), 8)
    const total = 2000
    const rtl = sampleCurve(
      values.map((value, i) => ({ x: total - (310 + i * 220), value })),
      8,
    )
    expect(rtl.values).toEqual(ltr.values)
    rtl.xs.forEach((x, i) => expect(x).toBeCloseTo(total - ltr.xs[i]!, 9))
  })

  it('uses the columns of the layout, which run leftwards in an rtl map', () => {
    const ltr = gridLayout(starter('ltr')).columns.map(columnCentre)
    const rtl = gridLayout(starter('rtl')).columns.map(columnCentre)
    const width = gridLayout(starter('rtl')).width
    expect(ltr[0]).toBeLessThan(ltr[1]!)
    expect(rtl[0]).toBeGreaterThan(rtl[1]!)
    rtl.forEach((x, i) => expect(x).toBeCloseTo(width - ltr[i]!, 9))
  })
})

describe('the gap between the curves', () => {
  it('is one warm "gap" region where the customer feels worse than intended', () => {
    const regions = gapRegions([0, 1, 2], [-1, -2, -1], [0, 0, 0])
    expect(regions).toHaveLength(1)
    expect(regions[0]!.sign).toBe('gap')
    expect(regions[0]!.points).toEqual([
      { x: 0, value: -1 },
      { x: 1, value: -2 },
      { x: 2, value: -1 },
      { x: 2, value: 0 },
      { x: 1, value: 0 },
      { x: 0, value: 0 },
    ])
  })

  it('splits where the curves cross, at the crossing point', () => {
    const regions = gapRegions([0, 10], [-1, 1], [0, 0])
    expect(regions.map((r) => r.sign)).toEqual(['gap', 'ahead'])
    expect(regions[0]!.points).toContainEqual({ x: 5, value: 0 })
    expect(regions[1]!.points[0]).toEqual({ x: 5, value: 0 })
  })

  it('leaves no region where the curves coincide, and restarts after they touch', () => {
    expect(gapRegions([0, 1, 2], [0, 0, 0], [0, 0, 0])).toEqual([])
    const regions = gapRegions([0, 1, 2, 3, 4], [-1, 0, 0, 1, 1], [0, 0, 0, 0, 0])
    expect(regions.map((r) => r.sign)).toEqual(['gap', 'ahead'])
  })
})

describe('whose curves and which scores', () => {
  it('shows the shared curve without personas or with one, one per persona when there are several', () => {
    let doc = starter()
    expect(emotionCurveOwners(doc)).toEqual([null])
    const ana = createPersona(doc.map.workshopId, 'Ana')
    const ben = createPersona(doc.map.workshopId, 'Ben', '#16a34a')
    doc = applyCommand(doc, { type: 'addPersona', persona: ana, onMap: true })
    expect(emotionCurveOwners(doc)).toEqual([null])
    doc = applyCommand(doc, { type: 'addPersona', persona: ben, onMap: true })
    expect(emotionCurveOwners(doc)).toEqual([ana.id, ben.id])
    // A persona that is not on the map has no curve.
    doc = applyCommand(doc, { type: 'addPersona', persona: createPersona(doc.map.workshopId, 'Cy') })
    expect(emotionCurveOwners(doc)).toHaveLength(2)
  })

  it('reads an unscored step as neutral and not set, and a scored one as stored', () => {
    let doc = starter()
    const stepId = doc.stages[doc.map.stageIds[0]!]!.stepIds[1] as StepId
    expect(emotionAt(doc.emotions, stepId, null)).toEqual({ felt: 0, intended: 0, set: false })
    doc = applyCommand(doc, { type: 'setEmotion', stepId, personaId: null, felt: -2 })
    expect(emotionAt(doc.emotions, stepId, null)).toEqual({ felt: -2, intended: 0, set: true })
    expect(emotionAt(doc.emotions, stepId, 'p1' as PersonaId).set).toBe(false)
  })
})
