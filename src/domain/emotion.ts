import type { EmotionId, PersonaId, StepId } from './ids'
import type { Column, Row } from './layout'
import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint, type EmotionScore, type JourneyDoc, type RecordMap } from './types'

/** The five named levels, from very negative to very positive. */
export const EMOTION_LEVELS = [-2, -1, 0, 1, 2] as const
/** Dragging and the arrow keys move a point in half levels: finer steps mean nothing to a room. */
export const EMOTION_SNAP = 0.5

export type EmotionCurveKind = 'felt' | 'intended'

export function clampEmotion(value: number): EmotionScore {
  return Number.isFinite(value) ? Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value)) : 0
}

/** The nearest half level inside -2..+2. */
export function snapEmotion(value: number): EmotionScore {
  const snapped = Math.round(clampEmotion(value) / EMOTION_SNAP) * EMOTION_SNAP
  // Math.round(-0.2 / 0.5) is -0: a stored -0 would compare fine but print as "-0".
  return snapped === 0 ? 0 : snapped
}

/** The vertical band of a lane that -2..+2 maps onto, in board pixels. */
export interface EmotionBand {
  readonly top: number
  readonly bottom: number
}

/** Room above +2 and below -2 for a handle and its focus ring, so nothing spills over the lane's lines. */
export const EMOTION_BAND_PADDING = 18

export function emotionBand(row: Pick<Row, 'y' | 'height'>): EmotionBand {
  const pad = Math.min(EMOTION_BAND_PADDING, row.height / 4)
  return { top: row.y + pad, bottom: row.y + row.height - pad }
}

export function levelToY(level: number, band: EmotionBand): number {
  return band.top + ((EMOTION_MAX - clampEmotion(level)) / (EMOTION_MAX - EMOTION_MIN)) * (band.bottom - band.top)
}

/** The (unsnapped, clamped) level at a height of the lane. */
export function yToLevel(y: number, band: EmotionBand): number {
  const span = band.bottom - band.top
  if (span <= 0) return 0
  return clampEmotion(EMOTION_MAX - ((y - band.top) / span) * (EMOTION_MAX - EMOTION_MIN))
}

/**
 * Tangents of a monotone cubic (Fritsch–Carlson) through (d[i], v[i]). Between two points the
 * curve stays within their values, so it can never overshoot past -2..+2 or invent a dip that no
 * one in the room put there; a Catmull-Rom or Konva `tension` curve does both.
 */
export function monotoneTangents(d: readonly number[], v: readonly number[]): number[] {
  const n = v.length
  if (n < 2) return v.map(() => 0)
  const slopes: number[] = []
  for (let i = 0; i < n - 1; i++) {
    const h = (d[i + 1] ?? 0) - (d[i] ?? 0)
    slopes.push(h > 0 ? ((v[i + 1] ?? 0) - (v[i] ?? 0)) / h : 0)
  }
  const m: number[] = new Array<number>(n)
  m[0] = slopes[0] ?? 0
  m[n - 1] = slopes[n - 2] ?? 0
  for (let i = 1; i < n - 1; i++) {
    const a = slopes[i - 1] ?? 0
    const b = slopes[i] ?? 0
    m[i] = a * b <= 0 ? 0 : (a + b) / 2
  }
  for (let i = 0; i < n - 1; i++) {
    const s = slopes[i] ?? 0
    if (s === 0) {
      m[i] = 0
      m[i + 1] = 0
      continue
    }
    const alpha = (m[i] ?? 0) / s
    const beta = (m[i + 1] ?? 0) / s
    const r = alpha * alpha + beta * beta
    if (r > 9) {
      const tau = 3 / Math.sqrt(r)
      m[i] = tau * alpha * s
      m[i + 1] = tau * beta * s
    }
  }
  return m
}

/** One point per step: `x` is the column centre on the board (mirrored maps give falling x). */
export interface CurveKnot {
  readonly x: number
  readonly value: number
}

export interface SampledCurve {
  /** Board x of every sample. */
  readonly xs: number[]
  readonly values: number[]
}

/**
 * Samples the monotone curve through `knots` (in chronological order), `perSegment` samples per
 * step, from knot `from` to knot `to`. The tangents always come from every knot, so a piece cut to
 * the screen has exactly the shape it has in the whole curve. The curve is parametrised by the
 * distance along the map, so a right-to-left map gives the mirror image of the same map in ltr.
 */
export function sampleCurve(knots: readonly CurveKnot[], perSegment = 12, from = 0, to = knots.length - 1): SampledCurve {
  const first = Math.max(0, from)
  const last = Math.min(knots.length - 1, to)
  if (knots.length === 0 || first > last) return { xs: [], values: [] }
  const d: number[] = [0]
  for (let i = 1; i < knots.length; i++) d.push((d[i - 1] ?? 0) + Math.abs((knots[i]?.x ?? 0) - (knots[i - 1]?.x ?? 0)))
  const v = knots.map((k) => k.value)
  const m = monotoneTangents(d, v)
  const xs: number[] = [knots[first]?.x ?? 0]
  const values: number[] = [v[first] ?? 0]
  for (let i = first; i < last; i++) {
    const x0 = knots[i]?.x ?? 0
    const x1 = knots[i + 1]?.x ?? 0
    const h = (d[i + 1] ?? 0) - (d[i] ?? 0)
    const v0 = v[i] ?? 0
    const v1 = v[i + 1] ?? 0
    for (let s = 1; s <= perSegment; s++) {
      const t = s / perSegment
      const t2 = t * t
      const t3 = t2 * t
      const value = (2 * t3 - 3 * t2 + 1) * v0 + (t3 - 2 * t2 + t) * h * (m[i] ?? 0) + (-2 * t3 + 3 * t2) * v1 + (t3 - t2) * h * (m[i + 1] ?? 0)
      xs.push(x0 + (x1 - x0) * t)
      values.push(clampEmotion(value))
    }
  }
  return { xs, values }
}

/** 'gap': the customer feels worse than the brand intends (where work is needed); 'ahead': as good or better. */
export type GapSign = 'gap' | 'ahead'

export interface GapRegion {
  readonly sign: GapSign
  /** A closed polygon as (x, value) pairs: along the felt curve, then back along the intended one. */
  readonly points: readonly { readonly x: number; readonly value: number }[]
}

/**
 * The area between two curves sampled at the same xs, cut where they cross so each piece has one
 * sign. Stretches where the curves coincide give no region at all.
 */
export function gapRegions(xs: readonly number[], felt: readonly number[], intended: readonly number[]): GapRegion[] {
  const regions: GapRegion[] = []
  let upper: { x: number; value: number }[] = []
  let lower: { x: number; value: number }[] = []
  let sign: GapSign | null = null
  const close = () => {
    if (sign && upper.length > 1) regions.push({ sign, points: [...upper, ...lower.reverse()] })
    upper = []
    lower = []
    sign = null
  }
  const EPS = 1e-9
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0
    const f = felt[i] ?? 0
    const n = intended[i] ?? 0
    const diff = f - n
    const here: GapSign | null = Math.abs(diff) < EPS ? null : diff < 0 ? 'gap' : 'ahead'
    if (i > 0 && here !== sign) {
      // The curves meet between the previous sample and this one: close the piece at the crossing.
      const px = xs[i - 1] ?? 0
      const pf = felt[i - 1] ?? 0
      const pn = intended[i - 1] ?? 0
      const pdiff = pf - pn
      const t = Math.abs(pdiff) < EPS ? 0 : here === null ? 1 : pdiff / (pdiff - diff)
      const cross = { x: px + (x - px) * t, value: pf + (f - pf) * t }
      if (sign) {
        upper.push(cross)
        lower.push(cross)
      }
      close()
      if (here) {
        sign = here
        upper.push(cross)
        lower.push(cross)
      }
    } else if (i === 0 && here) {
      sign = here
    }
    if (sign) {
      upper.push({ x, value: f })
      lower.push({ x, value: n })
    }
  }
  close()
  return regions
}

/** Whose curves a map shows: one per persona when several are on the map, otherwise the shared one. */
export function emotionCurveOwners(doc: Pick<JourneyDoc, 'map' | 'personas'>): (PersonaId | null)[] {
  const personas = doc.map.personaIds.filter((id) => Object.prototype.hasOwnProperty.call(doc.personas, id))
  return personas.length > 1 ? personas : [null]
}

export interface EmotionValue {
  readonly felt: EmotionScore
  readonly intended: EmotionScore
  /** False for a step nobody has scored yet: it reads as neutral and is drawn lighter. */
  readonly set: boolean
}

const UNSET: EmotionValue = { felt: 0, intended: 0, set: false }
const indexCache = new WeakMap<RecordMap<EmotionId, EmotionPoint>, ReadonlyMap<string, EmotionPoint>>()

function pointKey(stepId: StepId, personaId: PersonaId | null): string {
  return `${stepId}\u0000${personaId ?? ''}`
}

/** The score of one step for one persona (null: the shared curve), looked up through an index kept per `emotions` identity. */
export function emotionAt(emotions: RecordMap<EmotionId, EmotionPoint>, stepId: StepId, personaId: PersonaId | null): EmotionValue {
  let index = indexCache.get(emotions)
  if (!index) {
    const built = new Map<string, EmotionPoint>()
    for (const p of Object.values(emotions)) built.set(pointKey(p.stepId, p.personaId), p)
    indexCache.set(emotions, built)
    index = built
  }
  const point = index.get(pointKey(stepId, personaId))
  return point ? { felt: clampEmotion(point.felt), intended: clampEmotion(point.intended), set: true } : UNSET
}

/** The centre of a step's column: where its point sits. */
export function columnCentre(column: Pick<Column, 'x' | 'width'>): number {
  return column.x + column.width / 2
}
