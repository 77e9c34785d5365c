import { quadrantOf, SCORE_MAX, SCORE_MIN, type Action } from '../../../domain'
import { layoutMatrix, scoreCell } from '../../../io/plan/matrixLayout'

/** One score cell of the matrix: an impact (row) and an effort (column), both whole steps of 1 to 5. */
export interface Cell {
  readonly impact: number
  readonly effort: number
}

/** The scale's steps, lowest first. */
export const SCORES: readonly number[] = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i)

/**
 * The first score the domain counts as high (quadrantOf), so the quadrant lines on screen sit
 * exactly where the rule splits, whatever it says, as the exported matrix does.
 */
export const HIGH_FROM = SCORES.find((s) => quadrantOf({ impact: s, effort: SCORE_MIN }) !== 'fillIn') ?? SCORE_MAX

export const cellKey = (cell: Cell): string => `${cell.impact}:${cell.effort}`

export function cellOf(action: Pick<Action, 'impact' | 'effort'>): Cell {
  return { impact: scoreCell(action.impact), effort: scoreCell(action.effort) }
}

/**
 * The actions of each cell, in the order the exported matrix stacks them (most voted first, then
 * the oldest): layoutMatrix decides, so the screen and the picture never disagree. The widths it
 * asks for only place the legend, which is not used here.
 */
export function actionsByCell(actions: readonly Action[]): ReadonlyMap<string, readonly Action[]> {
  const cells = new Map<string, Action[]>()
  for (const chip of layoutMatrix(actions, () => 0, false).chips) {
    const key = cellKey(cellOf(chip.action))
    cells.set(key, [...(cells.get(key) ?? []), chip.action])
  }
  return cells
}

/**
 * Where an arrow key moves a chip: up and down change impact, left and right effort. A mirrored
 * matrix (right to left) has low effort on the right, so ArrowRight lowers effort there: the chip
 * always moves the way the arrow points. Null for other keys and at the edge of the scale.
 */
export function cellAfterKey(cell: Cell, key: string, rtl: boolean): Cell | null {
  const step = (value: number, by: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, value + by))
  const towardsRight = rtl ? -1 : 1
  let next: Cell
  switch (key) {
    case 'ArrowUp':
      next = { ...cell, impact: step(cell.impact, 1) }
      break
    case 'ArrowDown':
      next = { ...cell, impact: step(cell.impact, -1) }
      break
    case 'ArrowRight':
      next = { ...cell, effort: step(cell.effort, towardsRight) }
      break
    case 'ArrowLeft':
      next = { ...cell, effort: step(cell.effort, -towardsRight) }
      break
    default:
      return null
  }
  return next.impact === cell.impact && next.effort === cell.effort ? null : next
}
