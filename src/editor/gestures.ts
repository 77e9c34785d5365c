import { createCard, createLink, type Card, type CardId, type CardShape, type JourneyDoc } from '../domain'
import { resizedPlace, type Corner } from '../domain/arrange'
import { cardLayout, cellRect, hitCell, type CellRef } from '../domain/layout'
import { cardAt, cardsTouching } from '../domain/cardHits'
import type { AppStore } from '../store'
import type { Viewport } from '../store/sessionSlice'
import { dropGroupDrag, previewGroupDrag } from '../canvas/cards/groupDrag'
import { startSpanDrag, type SpanTarget } from '../canvas/cards/spanDrag'
import { dropPlace, filesIntoCells, mergeSelection, rectFromPoints } from '../domain/placement'
import { pastDragThreshold } from '../canvas/dragThreshold'
import type { BoardPointer, ClaimedPress } from './input'
import type { EditorStateStore, EditorStatus } from './state'
import type { UndoManager } from './undo'

/**
 * One gesture in progress, from its press to its release: a small state of its own. `status`
 * may change on the way (a press on a card becomes a drag once it moves far enough).
 */
export interface Gesture {
  readonly status: EditorStatus
  move(p: BoardPointer): void
  up(p: BoardPointer): void
  /** Esc, a lost pointer or a lost window: undo the live preview, commit nothing. */
  cancel(): void
}

/** What a gesture may use of its editor. */
export interface GestureContext {
  readonly store: AppStore
  readonly undo: UndoManager
  readonly view: EditorStateStore
  /** Opens a new card as a preview with its text box (double-click's flow). */
  addCard(make: (doc: JourneyDoc) => Card): void
  addCardInCell(cell: CellRef): void
}

/** What a click (rather than a drag) with each creation tool makes, in board pixels. */
const CLICK_SIZE: Record<CardShape, { width: number; height: number }> = {
  note: { width: 200, height: 100 },
  text: { width: 260, height: 48 },
  rect: { width: 200, height: 120 },
  ellipse: { width: 200, height: 120 },
}

/** A drawn item smaller than this (board pixels) was meant as a click. */
const MIN_DRAWN = 16

/**
 * A press on a card: a click until it passes the drag threshold, then a drag of the card and the
 * rest of the selection, dropped as one command into the cell (or free space) under the pointer.
 */
export function pressCard(ctx: GestureContext, hit: CardId, start: BoardPointer): Gesture | null {
  const { store, view } = ctx
  const state = store.getState()
  const doc = state.doc
  const before = state.selection
  if (!before.includes(hit)) state.select([hit])
  const layout = doc ? cardLayout(doc) : null
  const rect = layout?.rects.get(hit)
  const card = doc?.cards[hit]
  if (!layout || !rect || !card) return null
  const span = card.place.kind === 'cell' ? card.place.span : 1
  // A free item always lands free: a highlighted cell would promise a place it never takes.
  const showsCell = filesIntoCells(card)
  let dragging = false
  return {
    get status() {
      return dragging ? 'draggingCards' : 'pointingCard'
    },
    move(p) {
      if (!dragging && !pastDragThreshold(start.screen, p.screen)) return
      dragging = true
      const grid = layout.grid
      const cell = hitCell(grid, p.board)
      const delta = { x: p.board.x - start.board.x, y: p.board.y - start.board.y }
      view.getState().set({
        hover: null,
        drag: {
          cardId: hit,
          ghost: { x: rect.x + delta.x, y: rect.y + delta.y, width: rect.width, height: rect.height },
          target: cell && showsCell ? cellRect(grid, cell.laneId, cell.stepId, span) : null,
          others: previewGroupDrag(store, hit, cell, delta),
        },
      })
    },
    up(p) {
      const drag = view.getState().drag
      view.getState().set({ drag: null })
      if (!dragging) {
        // A click on one of several selected cards narrows the selection to it.
        if (before.includes(hit) && before.length > 1) store.getState().select([hit])
        return
      }
      const now = store.getState().doc
      if (!drag || !now) return
      const to = dropPlace(now, hit, p.board, drag.ghost)
      if (to) dropGroupDrag(store, hit, to, { x: p.board.x - start.board.x, y: p.board.y - start.board.y })
    },
    cancel() {
      view.getState().set({ drag: null })
    },
  }
}

/** A press on empty board: a click clears the selection, a drag selects what its rect touches (Shift adds). */
export function pressCanvas(ctx: GestureContext, start: BoardPointer): Gesture {
  const { store, view } = ctx
  const base = start.shift ? store.getState().selection : []
  let moved = false
  return {
    get status() {
      return moved ? 'marquee' : 'pointingCanvas'
    },
    move(p) {
      if (!moved && !pastDragThreshold(start.screen, p.screen)) return
      moved = true
      const area = rectFromPoints(start.board, p.board)
      view.getState().set({ marquee: area })
      const doc = store.getState().doc
      if (doc) store.getState().select(mergeSelection(base, cardsTouching(cardLayout(doc), area)))
    },
    up() {
      view.getState().set({ marquee: null })
      if (!moved && !start.shift) store.getState().select([])
    },
    cancel() {
      view.getState().set({ marquee: null })
    },
  }
}

/** Dragging the board itself (Space, the middle button or the hand): the view follows the pointer. */
export function pan(store: AppStore, start: BoardPointer): Gesture {
  const from: Viewport = store.getState().viewport
  return {
    status: 'panning',
    move(p) {
      store.getState().setViewport({ ...from, x: from.x - (p.screen.x - start.screen.x) / from.zoom, y: from.y - (p.screen.y - start.screen.y) / from.zoom })
    },
    up() {},
    // A pan has nothing to take back: where it got to is where the view stays.
    cancel() {},
  }
}

/** Stretching a card over more steps with its grip; the drop is one `moveCard`. */
export function stretch(store: AppStore, target: SpanTarget): Gesture {
  const span = startSpanDrag(store, target)
  return {
    status: 'stretching',
    move: (p) => span.move(p.board),
    up: (p) => {
      span.move(p.board)
      span.end(false)
    },
    cancel: () => span.end(true),
  }
}

/** Resizing a free item by a corner: a live preview, then one `moveCard`. */
export function resize(ctx: GestureContext, cardId: CardId, corner: Corner, start: BoardPointer): Gesture | null {
  const base = ctx.store.getState().doc?.cards[cardId]?.place
  if (!base || base.kind !== 'free') return null
  const gesture = ctx.undo.startGesture()
  let last = base
  const follow = (p: BoardPointer) => {
    last = resizedPlace(base, corner, p.board.x - start.board.x, p.board.y - start.board.y)
    gesture.preview({ type: 'moveCard', cardId, to: last })
  }
  return {
    status: 'resizing',
    move: follow,
    up(p) {
      follow(p)
      gesture.end(last === base ? null : { type: 'moveCard', cardId, to: last })
    },
    cancel: () => gesture.end(null),
  }
}

/** Drawing an arrow from a card: released over another card it joins them (once) and selects the arrow. */
export function drawLink(ctx: GestureContext, from: CardId, start: BoardPointer): Gesture {
  const { store, view } = ctx
  let moved = false
  return {
    get status() {
      return 'drawingLink' as const
    },
    move(p) {
      if (!moved && !pastDragThreshold(start.screen, p.screen)) return
      moved = true
      const doc = store.getState().doc
      const hit = doc ? cardAt(cardLayout(doc), p.board) : null
      view.getState().set({ draft: { from, to: p.board, target: hit && hit !== from ? hit : null }, handleHover: null })
    },
    up() {
      const draft = view.getState().draft
      view.getState().set({ draft: null })
      const { doc, dispatch, setTool, select } = store.getState()
      if (!draft?.target || !doc) return
      const target = draft.target
      const existing = Object.values(doc.links).find((l) => l.from === from && l.to === target)
      const link = existing ?? createLink(doc.map.id, from, target)
      if (!existing) dispatch({ type: 'addLink', link })
      setTool('select')
      select([], [link.id])
    },
    cancel() {
      view.getState().set({ draft: null })
    },
  }
}

/**
 * A creation tool's press. A drag draws the item's rect; a click makes one of the default size
 * there (a note clicked into a cell files into it). Either way the new item opens for typing and
 * the tool goes back to Select.
 */
export function create(ctx: GestureContext, shape: CardShape, start: BoardPointer): Gesture {
  const { store, view } = ctx
  let moved = false
  return {
    status: 'creating',
    move(p) {
      if (!moved && !pastDragThreshold(start.screen, p.screen)) return
      moved = true
      view.getState().set({ creating: rectFromPoints(start.board, p.board) })
    },
    up() {
      const area = view.getState().creating
      view.getState().set({ creating: null })
      const { doc, setTool } = store.getState()
      if (!doc) return
      setTool('select')
      const drawn = moved && area && area.width >= MIN_DRAWN && area.height >= MIN_DRAWN ? area : null
      const cell = shape === 'note' && !drawn ? hitCell(cardLayout(doc).grid, start.board) : null
      if (cell) return ctx.addCardInCell(cell)
      const size = CLICK_SIZE[shape]
      const rect = drawn ?? { x: start.board.x - size.width / 2, y: start.board.y - size.height / 2, ...size }
      const place = { kind: 'free', x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) } as const
      ctx.addCard((d) => createCard(d.map.id, place, { shape }))
    },
    cancel() {
      view.getState().set({ creating: null })
    },
  }
}

/** A press another part of the board took (see PointerClaim): the editor only relays its events. */
export function claimed(press: ClaimedPress): Gesture {
  return {
    status: 'claimed',
    move: (p) => press.move(p),
    up: (p) => press.end(p, false),
    cancel: () => press.end(null, true),
  }
}
