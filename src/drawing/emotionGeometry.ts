import type { JourneyDoc, LaneId, PersonaId, StepId } from '../domain'
import { columnCentre, emotionAt, emotionBand, emotionCurveOwners, levelToY, type EmotionBand, type EmotionCurveKind, type EmotionValue } from '../domain/emotion'
import { gridLayout, hitCell, LAYOUT, type Column, type GridLayout, type Point, type Row } from '../domain/layout'

/** A handle's radius in board pixels at 100%: big enough to grab on a projected screen. */
export const HANDLE_RADIUS = 7
/** How far apart the felt and intended handles of one step sit while they overlap, so both can be grabbed. */
const SPLIT_OFFSET = 9
const FACE_RADIUS = 11
const FACE_INSET = 20
/** The strip of an emotion lane's title column, against the first step, that its level faces stand in. */
export const EMOTION_FACE_COLUMN = 2 * FACE_INSET
const TITLE_INSET = 12
const CHIP_RADIUS = 12
const CHIP_GAP = 6
const LEGEND_ROW = 22
/** Below this lane height the title column has no room for the legend and the persona chips. */
const MIN_HEIGHT_FOR_LEGEND = 120

/** The colour of the shared curve, when no persona (or a single one) is on the map. */
export const SHARED_CURVE_COLOR = '#6d28d9'

/** One handle: which curve of which step and persona, and where it is drawn. */
export interface EmotionTarget {
  readonly laneId: LaneId
  readonly stepId: StepId
  readonly personaId: PersonaId | null
  readonly curve: EmotionCurveKind
}

export interface Handle extends EmotionTarget {
  readonly x: number
  readonly y: number
  readonly value: number
  /** False while the step has no point yet (drawn lighter). */
  readonly set: boolean
}

export interface Chip {
  readonly laneId: LaneId
  readonly personaId: PersonaId
  readonly x: number
  readonly y: number
  readonly radius: number
}

export interface EmotionLaneFrame {
  readonly row: Row
  readonly band: EmotionBand
  /** Centre x of the level faces: on the lane's leading edge, against the first step. */
  readonly faceX: number
  readonly faceRadius: number
  /** Left end and width of the legend area in the title column (null when the lane is too low). */
  readonly legend: { readonly x: number; readonly y: number; readonly width: number; readonly rowHeight: number } | null
  readonly chips: readonly Chip[]
}

export function isEmotionRow(doc: Pick<JourneyDoc, 'lanes'>, row: Row): boolean {
  return !row.collapsed && doc.lanes[row.laneId]?.kind === 'emotions'
}

/** The title column's x for something `offset` in from its outer edge (the left in ltr, the right in rtl). */
function titleX(grid: GridLayout, offset: number, width = 0): number {
  return grid.direction === 'rtl' ? grid.laneTitleX + LAYOUT.laneTitleWidth - offset - width : grid.laneTitleX + offset
}

/** Where the parts of one emotion lane's title column go; `owners` are the curves on the map. */
export function laneFrame(grid: GridLayout, row: Row, owners: readonly (PersonaId | null)[]): EmotionLaneFrame {
  const band = emotionBand(row)
  const faceRadius = Math.max(4, Math.min(FACE_RADIUS, (band.bottom - band.top) / 10))
  const faceX = titleX(grid, LAYOUT.laneTitleWidth - FACE_INSET)
  if (row.height < MIN_HEIGHT_FOR_LEGEND) return { row, band, faceX, faceRadius, legend: null, chips: [] }
  const width = LAYOUT.laneTitleWidth - TITLE_INSET - 2 * FACE_INSET - 4
  const legendY = row.y + row.height - 2 * LEGEND_ROW - 8
  const legend = { x: titleX(grid, TITLE_INSET, width), y: legendY, width, rowHeight: LEGEND_ROW }
  const personas = owners.filter((o): o is PersonaId => o !== null)
  const perRow = Math.max(1, Math.floor((width + CHIP_GAP) / (2 * CHIP_RADIUS + CHIP_GAP)))
  const rows = Math.ceil(personas.length / perRow)
  const chips = personas.map((personaId, i) => {
    const line = Math.floor(i / perRow)
    const offset = TITLE_INSET + CHIP_RADIUS + (i % perRow) * (2 * CHIP_RADIUS + CHIP_GAP)
    return {
      laneId: row.laneId,
      personaId,
      x: titleX(grid, offset),
      y: legendY - 8 - CHIP_RADIUS - (rows - 1 - line) * (2 * CHIP_RADIUS + CHIP_GAP),
      radius: CHIP_RADIUS,
    }
  })
  return { row, band, faceX, faceRadius, legend, chips }
}

/**
 * The curves an emotion lane shows: every owner's, or with a persona focused ("Focus on" above the
 * board) only that persona's, as the focus also dims the other personas' cards. A focused persona
 * without curves of its own (not on the map, or the map's only persona) changes nothing.
 */
export function shownCurveOwners(doc: Pick<JourneyDoc, 'map' | 'personas'>, focus: PersonaId | null): (PersonaId | null)[] {
  const owners = emotionCurveOwners(doc)
  return focus !== null && owners.includes(focus) ? [focus] : owners
}

/** The persona whose curves take edits: the chosen one while it is on the map, else the first. */
export function editableOwner(owners: readonly (PersonaId | null)[], chosen: PersonaId | null): PersonaId | null {
  return chosen !== null && owners.includes(chosen) ? chosen : (owners[0] ?? null)
}

/**
 * The felt and intended handles of one step. They share the column centre, except while they
 * overlap: then felt steps to the reading start and intended to the end, so each can be grabbed.
 */
export function stepHandles(grid: GridLayout, band: EmotionBand, laneId: LaneId, column: Column, personaId: PersonaId | null, value: EmotionValue): [Handle, Handle] {
  const x = columnCentre(column)
  const feltY = levelToY(value.felt, band)
  const intendedY = levelToY(value.intended, band)
  const split = Math.abs(feltY - intendedY) < 2 * HANDLE_RADIUS ? SPLIT_OFFSET * (grid.direction === 'rtl' ? -1 : 1) : 0
  const base = { laneId, stepId: column.stepId, personaId, set: value.set }
  return [
    { ...base, curve: 'felt', x: x - split, y: feltY, value: value.felt },
    { ...base, curve: 'intended', x: x + split, y: intendedY, value: value.intended },
  ]
}

/**
 * The handle of the editable curve under a board point. `zoom` widens the grab radius when
 * zoomed out, so a handle stays about as easy to hit. (The persona chips are DOM buttons.)
 */
export function hitEmotion(doc: JourneyDoc, at: Point, zoom: number, chosen: PersonaId | null, focus: PersonaId | null = null): Handle | null {
  const grid = gridLayout(doc)
  const row = grid.rows.find((r) => at.y >= r.y && at.y < r.y + r.height)
  if (!row || !isEmotionRow(doc, row)) return null
  const owners = shownCurveOwners(doc, focus)
  const band = emotionBand(row)
  const cell = hitCell(grid, at)
  const column = cell && grid.columnByStep.get(cell.stepId)
  if (!column) return null
  const owner = editableOwner(owners, chosen)
  const handles = stepHandles(grid, band, row.laneId, column, owner, emotionAt(doc.emotions, column.stepId, owner))
  const reach = Math.min(column.width / 4, Math.max(HANDLE_RADIUS + 5, 10 / Math.max(zoom, 0.01)))
  let best: Handle | null = null
  let bestDistance = Infinity
  for (const h of handles) {
    const distance = Math.hypot(at.x - h.x, at.y - h.y)
    if (distance <= reach && distance < bestDistance) {
      best = h
      bestDistance = distance
    }
  }
  return best
}

/** Where a handle is now (after edits or undo), or null when its lane, step or persona is gone. */
export function locateHandle(doc: JourneyDoc, target: EmotionTarget): Handle | null {
  const grid = gridLayout(doc)
  const row = grid.rowByLane.get(target.laneId)
  const column = grid.columnByStep.get(target.stepId)
  if (!row || !column || !isEmotionRow(doc, row)) return null
  if (!emotionCurveOwners(doc).includes(target.personaId)) return null
  const handles = stepHandles(grid, emotionBand(row), row.laneId, column, target.personaId, emotionAt(doc.emotions, target.stepId, target.personaId))
  return handles.find((h) => h.curve === target.curve) ?? null
}

/** The handle of the same curve one step to the left (-1) or right (+1) on screen, if any. */
export function neighbourTarget(doc: JourneyDoc, target: EmotionTarget, screenStep: -1 | 1): EmotionTarget | null {
  const grid = gridLayout(doc)
  const i = grid.columnsByX.findIndex((c) => c.stepId === target.stepId)
  const next = i < 0 ? undefined : grid.columnsByX[i + screenStep]
  return next ? { ...target, stepId: next.stepId } : null
}

export function sameTarget(a: EmotionTarget | null, b: EmotionTarget | null): boolean {
  return !!a && !!b && a.laneId === b.laneId && a.stepId === b.stepId && a.personaId === b.personaId && a.curve === b.curve
}
