// The bench's input paths, built in Node as plain data and performed in the page by the probe
// (probe.mjs `run`), one step per animation frame. Each path is cut into segments at its turning
// points; the bench checks the view and the board between segments. Where each step takes the view
// is computed with the app's own view math (fixture.ts re-exports it), so the pixel checks look
// where the board must be, and a board that did not move fails them.

/**
 * Speeds in screen pixels per frame (a brisk trackpad swipe; a 10,000-card map is ~26,000 px wide),
 * ramps in frames that ease the start and the end of every stroke, and the Ctrl+wheel deltaY of one
 * pinch frame (a zoom factor of e^-0.05 per frame). run.mjs's --speed= sets the wheel speed.
 */
export const MOTION = { wheelSpeed: 60, dragSpeed: 50, ramp: 10, pinchDelta: 5 }
/** Idle frames before a mid-path pixel check: the view has stopped there for this long, no longer. */
export const HOLD_FRAMES = 2
/** Screen pixels from the board's edge where a space-drag stroke is pressed and released. */
const EDGE = 20

/** A card's pixel-check point on screen: bottom middle, clear of its border and rounded corners (and at 100% of its text). */
export function samplePoint(card, view) {
  const z = view.zoom
  const { x, y, width, height } = card.rect
  return { x: (x + width / 2 - view.x) * z, y: (y + height - view.y) * z - Math.min(4, (height * z) / 2), fill: card.fill, ink: card.textColor }
}

/** Cards wholly inside the board at `view`, `margin` CSS px clear of its edges. */
export function cardsInside(fixture, view, board, margin = 8) {
  const z = view.zoom
  return fixture.drawn.filter((c) => {
    const left = (c.rect.x - view.x) * z
    const top = (c.rect.y - view.y) * z
    return left >= margin && top >= margin && left + c.rect.width * z <= board.width - margin && top + c.rect.height * z <= board.height - margin
  })
}

/** The stage strip's height on screen zoomed out, at most (drawing/stageStrip.ts: up to three lines of a stage name). */
const OVERVIEW_STRIP_PX = 80
/** The lane titles' strip's width on screen zoomed out (grid/gridShapes.tsx OVERVIEW_LANE_PX). */
const OVERVIEW_LANE_PX = 124

/**
 * Whether a sample point on a grid is clear of where the board may pin the lane titles and the
 * header rows over the cards (the title column's side and the top, as wide and tall as they are
 * on screen, or as the zoomed-out strips): cards there are rightly hidden while a pan draws the
 * headers into its picture, where the probe cannot tell them from the cards'. The reference
 * scene is sampled at the same points.
 */
function clearOfHeaders(fixture, view, board, point) {
  const firstRow = fixture.rows[0]
  if (fixture.columns.length === 0 || !firstRow) return true
  const z = view.zoom
  const columnsLeft = Math.min(...fixture.columns.map((c) => c.x))
  const columnsRight = Math.max(...fixture.columns.map((c) => c.x + c.width))
  // The title column lies before the first column in a left-to-right map, after the last in a right-to-left one.
  const ltr = columnsLeft > 0
  const titles = Math.max(ltr ? columnsLeft * z : (fixture.bounds.x + fixture.bounds.width - columnsRight) * z, OVERVIEW_LANE_PX)
  const top = Math.max(firstRow.y * z, OVERVIEW_STRIP_PX)
  return point.y > top && (ltr ? point.x > titles : point.x < board.width - titles)
}

/**
 * Up to `count` sample points spread over the cards fully inside the board at `view`. Throws when
 * there is none, unless `optional` (a view past the map's edge may rightly show no card).
 */
export function samplesIn(fixture, view, board, { count = 10, optional = false } = {}) {
  const inside = cardsInside(fixture, view, board).filter((c) => clearOfHeaders(fixture, view, board, samplePoint(c, view)))
  if (inside.length === 0) {
    if (optional) return []
    throw new Error(`no card of the ${fixture.cards}-card ${fixture.scene} map is on screen at ${JSON.stringify(view)}`)
  }
  const step = Math.max(1, Math.floor(inside.length / count))
  return inside.filter((_, i) => i % step === 0).slice(0, count).map((c) => samplePoint(c, view))
}

/**
 * Integer per-frame moves that add up to `distance` exactly (so a path that goes there and back
 * ends where it began): a steady `speed`, eased in and out over `ramp` frames.
 */
export function glide(distance, speed, ramp = MOTION.ramp) {
  const d = Math.abs(distance)
  if (d < 1) return []
  const n = Math.max(2, Math.ceil(d / speed + ramp))
  const weights = Array.from({ length: n }, (_, k) => Math.min(1, (k + 0.5) / ramp, (n - k - 0.5) / ramp))
  const scale = d / weights.reduce((a, b) => a + b, 0)
  const sign = Math.sign(distance)
  const moves = []
  let sum = 0
  let at = 0
  for (const w of weights) {
    sum += w * scale
    const next = Math.round(sum)
    moves.push(sign * (next - at))
    at = next
  }
  return moves
}

/**
 * A segment from `view`: `frames` is a list of [step, view after it]. Halfway through (by
 * distance), the path holds still HOLD_FRAMES frames and checks the cards' pixels at that view.
 */
function segment(label, from, frames, ctx, halfway = Math.floor(frames.length / 2)) {
  const steps = []
  frames.forEach(([step, view], i) => {
    steps.push(step)
    if (i === halfway && ctx.midChecks) {
      for (let h = 0; h < HOLD_FRAMES; h++) steps.push({ t: 'hold' })
      steps.push({ t: 'check', label: `${ctx.what}, ${label}, halfway`, samples: samplesIn(ctx.fixture, view, ctx.board) })
    }
  })
  return { label, from, to: frames.length ? frames[frames.length - 1][1] : from, steps }
}

/** Where the steps' distance first reaches half of it. */
function halfwayOf(moves) {
  const total = moves.reduce((a, b) => a + Math.abs(b), 0)
  let sum = 0
  return moves.findIndex((m) => (sum += Math.abs(m)) >= total / 2)
}

function wheelLeg(label, from, axis, distance, ctx) {
  const moves = glide(distance, MOTION.wheelSpeed)
  let view = from
  const frames = moves.map((m) => {
    const [dx, dy] = axis === 'x' ? [m, 0] : [0, m]
    view = ctx.math.panBy(view, dx, dy)
    return [{ t: 'wheel', dx, dy }, view]
  })
  return segment(label, from, frames, ctx, halfwayOf(moves))
}

/**
 * At 100%: the wheel pans from the first stage to the far end of the map and back, then (where
 * the map is taller than the board) from the top to the bottom and back.
 */
export function wheelPath(fixture, board, start, math, midChecks = true) {
  const ctx = { fixture, board, math, midChecks, what: 'wheel pan at 100%' }
  const b = fixture.bounds
  const across = b.x + b.width + 24 - board.width / start.zoom - start.x
  const down = b.y + b.height + 24 - board.height / start.zoom - start.y
  const segments = []
  let view = start
  const add = (seg) => {
    segments.push(seg)
    view = seg.to
  }
  if (across > 0) {
    add(wheelLeg('to the far end', view, 'x', across * start.zoom, ctx))
    add(wheelLeg('back to the first stage', view, 'x', -across * start.zoom, ctx))
  }
  if (down > 0) {
    add(wheelLeg('to the bottom', view, 'y', down * start.zoom, ctx))
    add(wheelLeg('back to the top', view, 'y', -down * start.zoom, ctx))
  }
  return segments
}

/** One space-drag stroke: Space down, press at `a`, move to `b` (board-local px), release, Space up. */
function stroke(label, from, a, b, ctx) {
  const axis = a.x !== b.x ? 'x' : 'y'
  const moves = glide(b[axis] - a[axis], MOTION.dragSpeed)
  const frames = [[{ t: 'key', type: 'keydown' }, from], [{ t: 'pointer', type: 'pointerdown', ...a }, from]]
  const p = { ...a }
  for (const m of moves) {
    p[axis] += m
    // The app's pan gesture: the view follows the pointer from where it was pressed.
    const view = { ...from, x: from.x - (p.x - a.x) / from.zoom, y: from.y - (p.y - a.y) / from.zoom }
    frames.push([{ t: 'pointer', type: 'pointermove', x: p.x, y: p.y }, view])
  }
  const to = frames[frames.length - 1][1]
  frames.push([{ t: 'pointer', type: 'pointerup', x: p.x, y: p.y }, to], [{ t: 'key', type: 'keyup' }, to])
  return segment(label, from, frames, ctx, 2 + halfwayOf(moves))
}

/**
 * Zoomed to fit: space-drag strokes from one edge of the board to the other, so the map moves
 * a board width right and back, left and back, then a board height down and back, up and back.
 */
export function spaceDragPath(fixture, board, start, midChecks = true) {
  const ctx = { fixture, board, midChecks, what: 'space-drag at fit' }
  const { width: w, height: h } = board
  const left = { x: EDGE, y: Math.round(h / 2) }
  const right = { x: Math.round(w - EDGE), y: Math.round(h / 2) }
  const top = { x: Math.round(w / 2), y: EDGE }
  const bottom = { x: Math.round(w / 2), y: Math.round(h - EDGE) }
  const plan = [
    ['map right', left, right],
    ['map back from the right', right, left],
    ['map left', right, left],
    ['map back from the left', left, right],
    ['map down', top, bottom],
    ['map back from below', bottom, top],
    ['map up', bottom, top],
    ['map back from above', top, bottom],
  ]
  const segments = []
  let view = start
  for (const [label, a, b] of plan) {
    const seg = stroke(label, view, a, b, ctx)
    segments.push(seg)
    view = seg.to
  }
  return segments
}

/**
 * From `start` (100%), a trackpad pinch out to the zoom that fits the map and back in: one
 * Ctrl+wheel of MOTION.pinchDelta per frame, around the screen point that zoom to fit would keep
 * still (kept inside the board), so the pinch ends near the fitted view.
 */
export function pinchPath(fixture, board, start, math, midChecks = true) {
  const ctx = { fixture, board, math, midChecks, what: 'pinch' }
  const fit = math.fitViewport(fixture.bounds, board.width, board.height)
  if (!(fit.zoom < start.zoom)) throw new Error(`the ${fixture.cards}-card map fits at ${fit.zoom}: nothing to pinch out to`)
  const steps = Math.max(8, Math.ceil(Math.log(start.zoom / fit.zoom) / 0.01 / MOTION.pinchDelta))
  const delta = Math.log(start.zoom / fit.zoom) / 0.01 / steps
  const still = (s0, f0, size) => Math.min(size * 0.9, Math.max(size * 0.1, (s0 - f0) / (1 / fit.zoom - 1 / start.zoom)))
  const anchor = { x: Math.round(still(start.x, fit.x, board.width)), y: Math.round(still(start.y, fit.y, board.height)) }
  const leg = (label, from, dy) => {
    let view = from
    const frames = Array.from({ length: steps }, () => {
      view = math.zoomAround(view, anchor, view.zoom * math.wheelZoomFactor(dy))
      return [{ t: 'wheel', dx: 0, dy, ctrl: true, ...anchor }, view]
    })
    return segment(label, from, frames, ctx)
  }
  const out = leg('out to fit', start, delta)
  return [out, leg('back in to 100%', out.to, -delta)]
}

/** Frames a path takes (steps of all its segments), for the progress line. */
export const stepsOf = (segments) => segments.reduce((n, s) => n + s.steps.length, 0)
