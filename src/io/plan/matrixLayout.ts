import { ACTION_STATUSES, QUADRANTS, quadrantOf, SCORE_MAX, SCORE_MIN, type Action, type ActionStatus, type Quadrant } from '../../domain'
import type { Rect } from '../../domain/layout'

// Sizes in CSS pixels (the PDF takes 0.75 pt each, as the map's export does).
export const MATRIX_MARGIN = 32
const HEADER_H = 100
const AXIS_W = 72
const COL_W = 228
const CELL_PAD = 8
export const CHIP_H = 44
const CHIP_GAP = 6
const MIN_ROW_H = CHIP_H + 2 * CELL_PAD
/** Space at the top of a quadrant for its name, so no chip ever sits on it. */
const QUADRANT_LABEL_H = 30
const X_AXIS_H = 72
const LEGEND_H = 36
const SWATCH = 14
const LEGEND_GAP = 20

/** Impact and effort as whole steps of the scale (the matrix's rows and columns). */
const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i)
/** The first score counted as high: the split quadrantOf uses. */
const HIGH_FROM = SCORES.find((s) => quadrantOf({ impact: s, effort: SCORE_MIN }) !== 'fillIn') ?? SCORE_MAX

export interface MatrixChip {
  readonly action: Action
  readonly rect: Rect
}

export interface MatrixLayout {
  readonly width: number
  readonly height: number
  readonly rtl: boolean
  readonly title: Rect
  readonly subtitle: Rect
  readonly grid: Rect
  readonly quadrants: readonly { readonly quadrant: Quadrant; readonly rect: Rect; readonly label: Rect }[]
  /** Column of each effort score and row of each impact score, for grid lines and tick numbers. */
  readonly columns: readonly { readonly score: number; readonly rect: Rect }[]
  readonly rows: readonly { readonly score: number; readonly rect: Rect }[]
  readonly chips: readonly MatrixChip[]
  /** The effort arrow runs from `from` to `to` (to the left when mirrored); the impact arrow upwards. */
  readonly effortAxis: { readonly from: number; readonly to: number; readonly y: number; readonly label: Rect; readonly tickY: number }
  readonly impactAxis: { readonly x: number; readonly from: number; readonly to: number; readonly label: Rect; readonly tickX: number }
  readonly legend: readonly { readonly status: ActionStatus; readonly swatch: Rect; readonly label: Rect }[]
}

/** A score as the cell it is drawn in: rounded and kept on the scale, so a stray value still shows. */
export function scoreCell(score: number): number {
  return Number.isFinite(score) ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score))) : SCORE_MIN
}

/**
 * Lays out the effort / impact two-by-two: effort across (low on the reading side's start), impact
 * up, one cell per pair of scores. Chips with the same scores stack in their cell and the cell's
 * row grows to hold them all, so no chip ever hides another (a busy cell makes a taller picture).
 * Within a cell the most voted come first, then the oldest.
 *
 * Right to left (a Persian map) mirrors the effort axis: low effort sits on the right where the
 * eye starts, as the map's stages run from the right, so "quick wins" stay top-start in both
 * directions and the matrix reads the same way as the map beside it.
 */
export function layoutMatrix(actions: readonly Action[], legendWidths: (status: ActionStatus) => number, rtl: boolean): MatrixLayout {
  const byCell = new Map<string, Action[]>()
  for (const action of actions) {
    const key = `${scoreCell(action.impact)}:${scoreCell(action.effort)}`
    byCell.set(key, [...(byCell.get(key) ?? []), action])
  }
  for (const list of byCell.values()) list.sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  const stack = (count: number) => (count === 0 ? MIN_ROW_H : Math.max(MIN_ROW_H, 2 * CELL_PAD + count * CHIP_H + (count - 1) * CHIP_GAP))

  const gridX = MATRIX_MARGIN + AXIS_W
  const gridY = MATRIX_MARGIN + HEADER_H
  const gridW = SCORES.length * COL_W
  // Rows from the top: the highest impact first; the top row of each half carries its quadrants' names.
  const rowScores = [...SCORES].reverse()
  const rows: { score: number; rect: Rect; chipsTop: number }[] = []
  let y = gridY
  for (const score of rowScores) {
    const count = Math.max(0, ...SCORES.map((effort) => byCell.get(`${score}:${effort}`)?.length ?? 0))
    const band = score === SCORE_MAX || score === HIGH_FROM - 1 ? QUADRANT_LABEL_H : 0
    const height = band + stack(count)
    rows.push({ score, rect: { x: gridX, y, width: gridW, height }, chipsTop: y + band + CELL_PAD })
    y += height
  }
  const gridH = y - gridY
  const width = gridX + gridW + MATRIX_MARGIN
  // Logical x (left to right = low to high effort) to the drawn x.
  const mirror = (r: Rect): Rect => (rtl ? { ...r, x: width - r.x - r.width } : r)
  const columns = SCORES.map((score, i) => ({ score, rect: { x: gridX + i * COL_W, y: gridY, width: COL_W, height: gridH } }))

  const chips: MatrixChip[] = []
  for (const row of rows) {
    for (const column of columns) {
      const list = byCell.get(`${row.score}:${column.score}`) ?? []
      list.forEach((action, i) => {
        const rect = { x: column.rect.x + CELL_PAD, y: row.chipsTop + i * (CHIP_H + CHIP_GAP), width: COL_W - 2 * CELL_PAD, height: CHIP_H }
        chips.push({ action, rect: mirror(rect) })
      })
    }
  }

  const splitX = gridX + (HIGH_FROM - SCORE_MIN) * COL_W
  const splitY = rows.find((r) => r.score === HIGH_FROM - 1)?.rect.y ?? gridY + gridH / 2
  const quadrantRect: Record<Quadrant, Rect> = {
    quickWin: { x: gridX, y: gridY, width: splitX - gridX, height: splitY - gridY },
    bigBet: { x: splitX, y: gridY, width: gridX + gridW - splitX, height: splitY - gridY },
    fillIn: { x: gridX, y: splitY, width: splitX - gridX, height: gridY + gridH - splitY },
    thankless: { x: splitX, y: splitY, width: gridX + gridW - splitX, height: gridY + gridH - splitY },
  }
  const quadrants = QUADRANTS.map((quadrant) => {
    const r = quadrantRect[quadrant]
    return { quadrant, rect: mirror(r), label: mirror({ x: r.x + CELL_PAD, y: r.y + 2, width: r.width - 2 * CELL_PAD, height: QUADRANT_LABEL_H - 4 }) }
  })

  const axisY = gridY + gridH + 38
  const at = (x: number) => mirror({ x, y: 0, width: 0, height: 0 }).x
  const effortAxis = { from: at(gridX), to: at(gridX + gridW), y: axisY, label: mirror({ x: gridX, y: axisY + 8, width: gridW, height: 24 }), tickY: gridY + gridH + 16 }
  const impactAxis = {
    x: at(gridX - 16),
    from: gridY + gridH,
    to: gridY,
    label: mirror({ x: MATRIX_MARGIN, y: gridY - 34, width: AXIS_W + COL_W, height: 24 }),
    tickX: at(gridX - 40),
  }

  const legendY = gridY + gridH + X_AXIS_H
  const legend: MatrixLayout['legend'][number][] = []
  let x = gridX
  for (const status of ACTION_STATUSES) {
    const labelWidth = Math.ceil(legendWidths(status)) + 4
    legend.push({ status, swatch: mirror({ x, y: legendY + (LEGEND_H - SWATCH) / 2, width: SWATCH, height: SWATCH }), label: mirror({ x: x + SWATCH + 6, y: legendY, width: labelWidth, height: LEGEND_H }) })
    x += SWATCH + 6 + labelWidth + LEGEND_GAP
  }

  return {
    width,
    height: legendY + LEGEND_H + MATRIX_MARGIN,
    rtl,
    title: mirror({ x: MATRIX_MARGIN, y: MATRIX_MARGIN, width: width - 2 * MATRIX_MARGIN, height: 32 }),
    subtitle: mirror({ x: MATRIX_MARGIN, y: MATRIX_MARGIN + 32, width: width - 2 * MATRIX_MARGIN, height: 24 }),
    grid: mirror({ x: gridX, y: gridY, width: gridW, height: gridH }),
    quadrants,
    columns: columns.map((c) => ({ score: c.score, rect: mirror(c.rect) })),
    rows: rows.map((r) => ({ score: r.score, rect: mirror(r.rect) })),
    chips,
    effortAxis,
    impactAxis,
    legend,
  }
}
