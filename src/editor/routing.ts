import type { CardId, CardShape, JourneyDoc } from '../domain'
import type { Point } from '../domain/layout'
import type { AppStore } from '../store'
import type { Tool } from '../store/sessionSlice'
import { hitSpanHandle } from '../canvas/cards/spanDrag'
import { claimed, create, drawLink, pressCanvas, pressCard, resize, stretch, type Gesture, type GestureContext } from './gestures'
import { cardUnder, cornerUnder, handleUnder, linkUnder } from './hits'
import type { BoardPointer, PointerClaim } from './input'
import type { EditorStateStore } from './state'

/**
 * The board's pointer rules in one place: who gets a press, and what hovering shows. Asked by
 * the editor (src/editor/BoardEditor.ts) when no gesture is under way.
 */
export interface Routing {
  readonly store: AppStore
  readonly view: EditorStateStore
  readonly claims: readonly PointerClaim[]
  readonly gestures: GestureContext
}

const CREATION_TOOLS: Partial<Record<Tool, CardShape>> = { note: 'note', text: 'text', rect: 'rect', ellipse: 'ellipse' }

/** The claim that draws over everything at a board pointer, if one does. */
export function coveringClaim(r: Pick<Routing, 'claims'>, p: BoardPointer): PointerClaim | null {
  return r.claims.find((claim) => claim.covers?.(p)) ?? null
}

/** Who gets a left press: a covering claim, handles and tools, then arrows, then the claims, then the cards, then the marquee. */
export function routePress(r: Routing, doc: JourneyDoc, p: BoardPointer): Gesture | null {
  const { tool, selection, selectedLinks, viewport, select } = r.store.getState()
  const cover = coveringClaim(r, p)
  // Over a covering claim the other tools have nothing to draw on: their press is spent.
  if (cover) return tool === 'select' ? take(r, cover, p) : null
  const zoom = viewport.zoom
  const corner = tool === 'select' ? cornerUnder(doc, selection, p.board, zoom) : null
  const shape = CREATION_TOOLS[tool]
  const handle = shape ? null : handleAt(r, doc, p.board)
  const linkFrom = handle ?? (tool === 'link' ? cardUnder(doc, p.board) : null)
  if (corner || linkFrom || shape || tool === 'link') {
    if (selectedLinks.length > 0) select(selection)
    if (corner) return resize(r.gestures, corner.cardId, corner.corner, p)
    if (linkFrom) return drawLink(r.gestures, linkFrom, p)
    // The Link tool on empty board draws nothing: the press is spent.
    return shape ? create(r.gestures, shape, p) : null
  }
  const link = linkUnder(doc, p.board, zoom)
  if (link) {
    const links = p.shift ? (selectedLinks.includes(link.id) ? selectedLinks.filter((id) => id !== link.id) : [...selectedLinks, link.id]) : [link.id]
    select([], links)
    return null
  }
  for (const claim of r.claims) {
    const taken = take(r, claim, p)
    if (taken) return taken
  }
  const grip = hitSpanHandle(doc, selection, p.board, zoom)
  if (grip) return stretch(r.store, grip)
  const hit = cardUnder(doc, p.board)
  if (hit && p.shift) {
    select(selection.includes(hit) ? selection.filter((id) => id !== hit) : [...selection, hit])
    return null
  }
  if (hit) return pressCard(r.gestures, hit, p)
  return pressCanvas(r.gestures, p)
}

function take(r: Routing, claim: PointerClaim, p: BoardPointer): Gesture | null {
  const taken = claim.press?.(p)
  if (!taken) return null
  r.view.getState().set({ claimedBy: claim.name, ...(taken.cursor ? { cursor: taken.cursor } : {}) })
  return claimed(taken)
}

/** The card whose connector handle is under a board point: the hovered card's, or the one selected card's. */
function handleAt(r: Routing, doc: JourneyDoc, at: Point): CardId | null {
  const { selection, viewport } = r.store.getState()
  const { handleHover, hover } = r.view.getState()
  return handleUnder(doc, [handleHover, hover, selection.length === 1 ? (selection[0] ?? null) : null], at, viewport.zoom)
}

/** Hover feedback: the card under the pointer, the connector handle, and the cursor that says what a press would do. */
export function hoverAt(r: Routing, doc: JourneyDoc, p: BoardPointer): void {
  const { tool, selection, viewport } = r.store.getState()
  const view = r.view.getState()
  const cover = coveringClaim(r, p)
  if (cover) {
    // Nothing under a covering claim is hovered: only the claim shows what a press would do.
    for (const claim of r.claims) if (claim !== cover) claim.hover?.(null)
    const cursor = cover.hover?.(p) ?? 'default'
    if (view.hover !== null || view.handleHover !== null || view.cursor !== cursor) view.set({ hover: null, handleHover: null, cursor })
    return
  }
  const zoom = viewport.zoom
  const handleHover = CREATION_TOOLS[tool] ? null : handleAt(r, doc, p.board)
  const corner = tool === 'select' ? cornerUnder(doc, selection, p.board, zoom) : null
  let claimCursor: string | null = null
  for (const claim of r.claims) {
    const cursor: string | null = claimCursor ? (claim.hover?.(null) ?? null) : (claim.hover?.(p) ?? null)
    claimCursor ??= cursor
  }
  const grip = !claimCursor && hitSpanHandle(doc, selection, p.board, zoom)
  const hover = claimCursor ? null : cardUnder(doc, p.board)
  let cursor: string = 'default'
  if (corner) cursor = corner.corner === 'nw' || corner.corner === 'se' ? 'nwse-resize' : 'nesw-resize'
  else if (handleHover || tool !== 'select') cursor = 'crosshair'
  else if (linkUnder(doc, p.board, zoom)) cursor = 'pointer'
  else if (claimCursor) cursor = claimCursor
  else if (grip) cursor = 'ew-resize'
  else if (hover) cursor = 'move'
  if (view.hover !== hover || view.handleHover !== handleHover || view.cursor !== cursor) view.set({ hover, handleHover, cursor })
}
