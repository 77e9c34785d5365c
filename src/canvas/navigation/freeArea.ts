import type { Rect } from '../../domain/layout'

/**
 * Marks a control that floats over the board (tool bar, minimap, zoom buttons, scrollbars):
 * fitting the map keeps clear of every element that carries it but the scrollbars.
 */
export const BOARD_CHROME_ATTR = 'data-board-chrome'
/**
 * The attribute's value on the scrollbars. Fitting looks past them: they show only while part of
 * the map is out of view, so a fit hides them (counted, a map opened at 100% was fitted a
 * scrollbar's width smaller than zoom to fit then fitted it).
 */
export const SCROLLBAR_CHROME = 'scrollbar'

type Side = 'top' | 'bottom' | 'left' | 'right'
const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right']

/** `area` with everything on `side` of `obstacle` cut away, so the obstacle is left outside it. */
function cut(area: Rect, obstacle: Rect, side: Side): Rect {
  const right = area.x + area.width
  const bottom = area.y + area.height
  switch (side) {
    case 'top': {
      const y = Math.max(area.y, obstacle.y + obstacle.height)
      return { ...area, y, height: Math.max(0, bottom - y) }
    }
    case 'bottom':
      return { ...area, height: Math.max(0, Math.min(bottom, obstacle.y) - area.y) }
    case 'left': {
      const x = Math.max(area.x, obstacle.x + obstacle.width)
      return { ...area, x, width: Math.max(0, right - x) }
    }
    case 'right':
      return { ...area, width: Math.max(0, Math.min(right, obstacle.x) - area.x) }
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Which of two free areas shows `content` larger: the zoom a fit to each would reach. */
function fitScale(area: Rect, content: { width: number; height: number }): number {
  return Math.min(area.width / Math.max(1, content.width), area.height / Math.max(1, content.height))
}

/**
 * The largest part of the board (its own coordinates, `width` x `height`) free of the floating
 * controls, for a map of `content`'s proportions: each control is left out by cutting the area at
 * one of its four sides, and the choice of sides that lets the map be drawn largest wins. A handful
 * of controls makes at most a few hundred choices to try.
 */
export function freeArea(width: number, height: number, obstacles: readonly Rect[], content: { width: number; height: number }): Rect {
  const full: Rect = { x: 0, y: 0, width, height }
  const inside = obstacles.filter((o) => o.width > 0 && o.height > 0 && overlaps(o, full)).slice(0, 6)
  let best = full
  let bestScale = -1
  const visit = (area: Rect, i: number) => {
    if (area.width <= 0 || area.height <= 0) return
    const next = inside.slice(i).findIndex((o) => overlaps(o, area))
    if (next < 0) {
      const scale = fitScale(area, content)
      if (scale > bestScale) [best, bestScale] = [area, scale]
      return
    }
    for (const side of SIDES) visit(cut(area, inside[i + next]!, side), i + next + 1)
  }
  visit(full, 0)
  return bestScale < 0 ? full : best
}

/** The floating controls over `board` (an element of the page), in the board's own coordinates. */
export function chromeRects(board: Element): Rect[] {
  const origin = board.getBoundingClientRect()
  return [...document.querySelectorAll(`[${BOARD_CHROME_ATTR}]:not([${BOARD_CHROME_ATTR}="${SCROLLBAR_CHROME}"])`)].flatMap((el) => {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) return []
    return [{ x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height }]
  })
}

/** The free part of `board` for showing `content`, read from the controls' real places on the page. */
export function boardFreeArea(board: Element, content: { width: number; height: number }): Rect {
  const { width, height } = board.getBoundingClientRect()
  return freeArea(width, height, chromeRects(board), content)
}
