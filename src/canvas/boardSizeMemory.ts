// The board's size per window size, kept in localStorage (a hint, read synchronously at start; losing it costs only speed): warmLayers.ts allocates the board's canvases for it while a map is read.
const SIZE_KEY = 'journeyboard.boardSize'

/**
 * Remembers the board's size in this window: the area measured while a map is read is often not
 * the board's (what arrives with the map, its personas and legend, can wrap the bar above it to a
 * second row), and the next start in a window of this size will want the same canvases.
 */
export function rememberBoardSize(width: number, height: number): void {
  try {
    localStorage.setItem(SIZE_KEY, JSON.stringify({ window: [window.innerWidth, window.innerHeight], board: [width, height] }))
  } catch {
    // Storage blocked or full: the canvases are warmed for the area as measured.
  }
}

/** The board size remembered for a window of this size, if any. */
export function rememberedBoardSize(): { width: number; height: number } | null {
  try {
    const saved = JSON.parse(localStorage.getItem(SIZE_KEY) ?? 'null') as { window?: unknown; board?: unknown } | null
    const [w, h] = Array.isArray(saved?.window) ? saved.window : []
    const [width, height] = Array.isArray(saved?.board) ? saved.board : []
    if (w !== window.innerWidth || h !== window.innerHeight || typeof width !== 'number' || typeof height !== 'number') return null
    return { width, height }
  } catch {
    return null
  }
}
