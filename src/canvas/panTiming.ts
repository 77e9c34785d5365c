import { CULL_MARGIN_PX } from './viewport'
import { TILE_PX } from './tiles/tileGrid'

// How long and how far the pan's tiles (panSnapshot.ts) wait and reach.

/** A pan counts as over once the view has been still this long (a wheel has no "end" event). */
export const SETTLE_MS = 100
/** A gesture settles after this long even when no frame came to confirm it (a page in the background). */
export const NO_FRAME_MS = 500
/** How long the layers stay unchanged before the tiles of the view are drawn in idle time. */
export const STILL_MS = 400
/** Time a frame may spend drawing tiles ahead of the view; tiles in view are always drawn at once. */
export const AHEAD_BUDGET_MS = 5
/** How long a pinch's build may wait to commit while the view shows board it has no nodes for. */
export const STARVED_MS = 150
/** How far a zoom scales the tiles before they are drawn again at the new zoom (and its inverse). */
export const MIN_TILE_SCALE = 0.5
/**
 * While panning the nodes reach a tile further than the tiles drawn ahead, and the next strip is
 * built in a transition once the view comes within half a tile of the built area's edge: React
 * builds it a few milliseconds per frame while the tiles slide, instead of in one long frame.
 */
export const PAN_MARGIN_PX = CULL_MARGIN_PX + TILE_PX
export const REBUILD_AT_PX = CULL_MARGIN_PX + TILE_PX / 2
