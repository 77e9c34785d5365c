import type { Command, JourneyDoc } from '../../domain'
import { cardLayout, gridLayout, type Point } from '../../domain/layout'
import { cardAt } from '../../domain/cardHits'
import { headerRect, hitHeader, type HeaderHit, type HeaderTarget } from '../../domain/layoutGrid'
import type { BoardPointer, ClaimedPress, PointerClaim } from '../../editor/input'
import type { GestureSession } from '../../editor/undo'
import type { AppStore } from '../../store'
import { pastDragThreshold } from '../dragThreshold'
import { dropFor, resizeLaneCommand, resizeStepCommand } from '../../domain/gridCommands'
import { sameTarget, type GridUiStore } from './gridUi'
import { headerPointAt } from './pinnedView'

/** Screen pixels either side of a resize edge that grab it, whatever the zoom. */
const EDGE_PX = 5

const CURSORS: Record<HeaderHit['kind'], string> = {
  stage: 'grab',
  step: 'grab',
  lane: 'grab',
  stepEdge: 'col-resize',
  laneEdge: 'row-resize',
  laneToggle: 'pointer',
}

/** The header a hit belongs to: an edge or a chevron counts as its step's or lane's header. */
export function hitTarget(hit: HeaderHit): HeaderTarget {
  switch (hit.kind) {
    case 'stage':
      return { kind: 'stage', id: hit.stageId }
    case 'step':
    case 'stepEdge':
      return { kind: 'step', id: hit.stepId }
    default:
      return { kind: 'lane', id: hit.laneId }
  }
}

export interface HeaderPointerOptions {
  readonly store: AppStore
  readonly ui: GridUiStore
  /** History-free previews with one undo step at the end (the editor's UndoManager). */
  readonly startGesture: () => GestureSession
  /** Shows a cursor on the whole page (null: the page's own again), since the pointer may leave the board mid-drag. */
  readonly pageCursor?: (cursor: string | null) => void
  /** The board's size on screen: where the headers are pinned depends on it. */
  readonly size: () => { readonly width: number; readonly height: number }
}

/**
 * Presses, drags and double-clicks on the grid's headers, as a claim of the board editor: a
 * header press never also starts a marquee and a header double-click never adds a card. A click
 * selects the header, drags reorder it, edges resize a step or lane, the chevron collapses a lane.
 * The copies of the headers pinned to the board's edges (and the strips when zoomed out) are the
 * headers they stand for: a point on one is hit-tested where that header lies.
 */
export function headerPointer({ store, ui, startGesture, pageCursor = () => {}, size }: HeaderPointerOptions): PointerClaim {
  /** The board point of the header copy drawn under a screen point, if one is. */
  const pinnedAt = (screen: Point): Point | null => {
    const { doc, viewport } = store.getState()
    const { width, height } = size()
    return doc ? headerPointAt(gridLayout(doc), viewport, width, height, screen) : null
  }
  const hitAt = (p: BoardPointer): { hit: HeaderHit; doc: JourneyDoc } | null => {
    const { doc, viewport } = store.getState()
    if (!doc) return null
    const pinned = pinnedAt(p.screen)
    const hit = hitHeader(gridLayout(doc), pinned ?? p.board, EDGE_PX / viewport.zoom)
    // A free card lying over a header is on top of it, so it gets the pointer; a pinned copy is on
    // top of every card. (Asked last: the header test is a few comparisons, the card test walks every card.)
    if (!hit || (!pinned && cardAt(cardLayout(doc), p.board))) return null
    return { hit, doc }
  }

  const resize = (hit: Extract<HeaderHit, { kind: 'stepEdge' | 'laneEdge' }>, doc: JourneyDoc, start: BoardPointer): ClaimedPress => {
    const zoom = store.getState().viewport.zoom
    const make = (p: BoardPointer): Command | null => {
      if (hit.kind === 'stepEdge') {
        const step = doc.steps[hit.stepId]
        return step ? resizeStepCommand(doc, step.id, step.width, p.screen.x - start.screen.x, zoom) : null
      }
      const lane = doc.lanes[hit.laneId]
      return lane ? resizeLaneCommand(lane.id, lane.height, p.screen.y - start.screen.y, zoom) : null
    }
    // The live preview leaves no history; the drop is the one undo step.
    const gesture = startGesture()
    ui.getState().set({ hover: null })
    pageCursor(CURSORS[hit.kind])
    return {
      cursor: CURSORS[hit.kind],
      move(p) {
        const cmd = make(p)
        if (cmd) gesture.preview(cmd)
      },
      end(p, cancelled) {
        pageCursor(null)
        // A click on the edge resizes nothing, and the domain then records no undo step either.
        gesture.end(!cancelled && p ? make(p) : null)
      },
    }
  }

  const toggle = (hit: Extract<HeaderHit, { kind: 'laneToggle' }>, start: BoardPointer): ClaimedPress => ({
    move() {},
    end(p, cancelled) {
      if (cancelled || !p || pastDragThreshold(start.screen, p.screen)) return
      const { doc, dispatch } = store.getState()
      const lane = doc?.lanes[hit.laneId]
      if (lane) dispatch({ type: 'setLaneCollapsed', laneId: lane.id, collapsed: !lane.collapsed })
    },
  })

  const drag = (target: HeaderTarget, doc: JourneyDoc, start: BoardPointer): ClaimedPress | null => {
    const rect = headerRect(gridLayout(doc), target)
    if (!rect) return null
    let dragging = false
    return {
      move(p) {
        if (!dragging && !pastDragThreshold(start.screen, p.screen)) return
        if (!dragging) pageCursor('grabbing')
        dragging = true
        const { zoom } = store.getState().viewport
        const drop = dropFor(doc, target, p.board)
        const dx = target.kind === 'lane' ? 0 : (p.screen.x - start.screen.x) / zoom
        const dy = target.kind === 'lane' ? (p.screen.y - start.screen.y) / zoom : 0
        ui.getState().set({ hover: null, drag: drop ? { target, at: drop.at, ghost: { ...rect, x: rect.x + dx, y: rect.y + dy } } : null })
      },
      end(p, cancelled) {
        pageCursor(null)
        ui.getState().set({ drag: null })
        // A click selects the header, as Tab does: its focus ring and toolbar stay, and the header keys act on it.
        if (!dragging && !cancelled && p) store.getState().select([], [], target)
        if (!dragging || cancelled || !p) return
        const { doc: now, dispatch } = store.getState()
        const drop = now ? dropFor(now, target, p.board) : null
        if (drop?.command) dispatch(drop.command)
      },
    }
  }

  // A participant's page while the facilitator locked the grid (issue 12): no drags, resizes,
  // renames or header tools, and a press that would have moved something says why it did not.
  const gridLocked = () => store.getState().roomControl?.gridLocked === true
  const refuse = (hit: HeaderHit) => store.getState().notify({ key: `room.control.refused.${hitTarget(hit).kind}`, tone: 'info' })
  const held = (hit: HeaderHit, start: BoardPointer): ClaimedPress => {
    let told = false
    return {
      cursor: 'not-allowed',
      move(p) {
        if (told || !pastDragThreshold(start.screen, p.screen)) return
        told = true
        refuse(hit)
      },
      end(p, cancelled) {
        // A click on the chevron would fold the lane for everyone: that is the grid too.
        if (!told && !cancelled && p && hit.kind === 'laneToggle') refuse(hit)
      },
    }
  }

  return {
    name: 'headers',
    covers: (p) => pinnedAt(p.screen) !== null,
    press(p) {
      const found = hitAt(p)
      if (!found) return null
      ui.getState().set({ popover: null })
      const { hit, doc } = found
      if (gridLocked()) return held(hit, p)
      if (hit.kind === 'stepEdge' || hit.kind === 'laneEdge') return resize(hit, doc, p)
      if (hit.kind === 'laneToggle') return toggle(hit, p)
      return drag(hitTarget(hit), doc, p)
    },
    hover(at) {
      const state = ui.getState()
      // Headers answer the select tool only: with a drawing tool the pointer draws.
      const p = store.getState().tool === 'select' ? at : null
      if (p && p.over !== 'canvas') {
        // On the header toolbar the header stays hovered; on any other control over the board (a
        // floating tool bar, the minimap) it does not, or the toolbar would linger on top of it.
        if (p.over !== 'gridUi' && state.hover && !state.popover) state.set({ hover: null })
        return null
      }
      const found = p ? hitAt(p) : null
      if (!p && !state.popover && state.hover) state.set({ hover: null })
      if (p && !state.popover && !state.drag) {
        const next = found && !gridLocked() ? hitTarget(found.hit) : null
        if (!sameTarget(next, state.hover)) state.set({ hover: next })
      }
      return found ? (gridLocked() ? 'not-allowed' : CURSORS[found.hit.kind]) : null
    },
    doubleClick(p) {
      const found = store.getState().tool === 'select' ? hitAt(p) : null
      if (!found) return false
      const { hit } = found
      if (gridLocked()) {
        refuse(hit)
        return true
      }
      if (hit.kind === 'stage' || hit.kind === 'step' || hit.kind === 'lane') ui.getState().set({ editing: hitTarget(hit), hover: null, popover: null })
      return true
    },
  }
}
