import type { Card, CardId, JourneyDoc, LinkId, Sentiment } from '../domain'
import { cardLayout, hitCell, type CellRef, type Point, type Rect } from '../domain/layout'
import type { HeaderTarget } from '../domain/layoutGrid'
import { dropStaleSelection, type AppStore } from '../store'
import type { Tool, Viewport } from '../store/sessionSlice'
import { commitCardText, finishNewCard, previewNewCard, type NewCardSession } from '../canvas/editing'
import { newCardInCell, newFreeCard } from '../domain/placement'
import { fitMap } from '../canvas/navigation/fitMap'
import { panBy, screenToBoard, wheelZoomFactor, zoomAround } from '../canvas/viewport'
import { pan, type Gesture, type GestureContext } from './gestures'
import { cardUnder, linkUnder } from './hits'
import type { BoardPointer, KeyInput, PointerClaim, PointerInput, WheelInput } from './input'
import { actionsFor } from './keymap'
import { runKey } from './keys'
import { coveringClaim, hoverAt, routePress, type Routing } from './routing'
import { createEditorState, IDLE, type EditorStateStore, type EditorStatus } from './state'
import { snapshotUndo, type UndoManager } from './undo'

export interface BoardEditorOptions {
  /** The app store: the document, its commands, and the session slice (selection, tool, viewport). */
  readonly store: AppStore
  readonly undo?: UndoManager
  /** Parts of the board with their own pointer rules, asked in order before the cards (see PointerClaim). */
  readonly claims?: readonly PointerClaim[]
}

/** The part of the board (screen px) free of floating controls, for a map of `content`'s size; null for the whole board. */
export type FitArea = (content: { readonly width: number; readonly height: number }) => Rect | null

/** The editor's session as an observer sees it (a shared room would broadcast this). */
export interface EditorSession {
  readonly status: EditorStatus
  readonly tool: Tool
  readonly selection: { readonly cards: readonly CardId[]; readonly links: readonly LinkId[]; readonly header: HeaderTarget | null }
  readonly viewport: Viewport
  readonly hover: CardId | null
}

/**
 * The board, headless: one per open board. It owns the interaction (tool, the one selection,
 * hover, and each gesture as an explicit state) and turns normalised pointer, wheel and key
 * events into commands on the store. React and Konva only draw its state and forward events, so
 * every rule here runs in Node tests as `editor.pointerDown(...).pointerMove(...).pointerUp()`.
 */
export class BoardEditor {
  readonly store: AppStore
  readonly undo: UndoManager
  /** State that changes with the pointer: the overlay and the cursor follow it (src/canvas/interaction.ts). */
  readonly view: EditorStateStore = createEditorState()
  private readonly claims: readonly PointerClaim[]
  private fitArea: FitArea = () => null
  /** The view the last fit made: while it is still the view, the map is kept whole when the board changes size. */
  private fitted: Viewport | null = null
  private gesture: Gesture | null = null
  private newCard: NewCardSession | null = null
  private spaceHeld = false
  private size = { width: 0, height: 0 }

  constructor({ store, undo, claims = [] }: BoardEditorOptions) {
    this.store = store
    this.undo = undo ?? snapshotUndo(store)
    this.claims = claims
  }

  get status(): EditorStatus {
    return this.view.getState().status
  }

  /** The board's size on screen in CSS pixels: keys zoom around its centre and pan by its share. */
  setSize(width: number, height: number): void {
    this.size = { width, height }
  }

  /** Where zoom to fit may put the map: the page knows where its controls float over the board. */
  setFitArea(fitArea: FitArea): void {
    this.fitArea = fitArea
  }

  getSize(): { readonly width: number; readonly height: number } {
    return this.size
  }

  getSession(): EditorSession {
    const { tool, selection, selectedLinks, selectedHeader, viewport } = this.store.getState()
    const { status, hover } = this.view.getState()
    return { status, tool, selection: { cards: selection, links: selectedLinks, header: selectedHeader }, viewport, hover }
  }

  /** Calls `listener` when the session changes: the gesture, hover, selection, tool or viewport. */
  subscribe(listener: (session: EditorSession) => void): () => void {
    let last = this.getSession()
    const check = () => {
      const next = this.getSession()
      const same = next.status === last.status && next.tool === last.tool && next.selection.cards === last.selection.cards && next.selection.links === last.selection.links && next.selection.header === last.selection.header && next.viewport === last.viewport && next.hover === last.hover
      last = next
      if (!same) listener(next)
    }
    const stopView = this.view.subscribe(check)
    const stopStore = this.store.subscribe(check)
    return () => {
      stopView()
      stopStore()
    }
  }

  /** Another map was opened: whatever was under way belonged to the old one. */
  reset(): void {
    this.gesture = null
    this.newCard = null
    this.view.getState().set({ ...IDLE })
    for (const claim of this.claims) claim.hover?.(null)
  }

  private point(input: PointerInput): BoardPointer {
    const screen = { x: input.x, y: input.y }
    return { screen, board: screenToBoard(this.store.getState().viewport, screen), shift: !!input.shift, over: input.over ?? 'canvas' }
  }

  private begin(gesture: Gesture | null): void {
    this.gesture = gesture
    if (gesture) this.view.getState().set({ status: gesture.status, hover: null })
  }

  private routing(): Routing {
    return { store: this.store, view: this.view, claims: this.claims, gestures: this.ctx() }
  }

  private ctx(): GestureContext {
    return { store: this.store, undo: this.undo, view: this.view, addCard: (make) => this.addCard(make), addCardInCell: (cell) => this.addCardInCell(cell) }
  }

  pointerDown(input: PointerInput): this {
    if (this.gesture) return this
    const button = input.button ?? 0
    const state = this.store.getState()
    const p = this.point(input)
    if (button === 1 || (button === 0 && (this.spaceHeld || state.tool === 'hand'))) {
      this.begin(pan(this.store, p))
      this.view.getState().set({ cursor: 'grabbing' })
      return this
    }
    const doc = state.doc
    if (button !== 0 || !doc || this.view.getState().editing) return this
    if (state.voteTap) {
      // Voting: a press is a dot on the card under it (Alt takes one back), never a drag or a selection.
      const onCanvas = (input.over === undefined || input.over === 'canvas') && !coveringClaim(this.routing(), p)
      const cardId = onCanvas ? cardUnder(doc, p.board) : null
      if (cardId) state.voteTap(cardId, !!input.alt)
      return this
    }
    this.begin(routePress(this.routing(), doc, p))
    return this
  }

  pointerMove(input: PointerInput): this {
    const p = this.point(input)
    if (this.gesture) {
      this.gesture.move(p)
      if (this.gesture && this.gesture.status !== this.status) this.view.getState().set({ status: this.gesture.status })
    } else {
      this.hoverAt(p)
    }
    return this
  }

  pointerUp(input?: PointerInput): this {
    const gesture = this.gesture
    if (!gesture) return this
    this.gesture = null
    this.endGesture()
    if (input) gesture.up(this.point(input))
    else gesture.cancel()
    if (input) this.hoverAt(this.point(input))
    return this
  }

  /** Esc, a lost pointer or a lost window: the gesture in progress leaves no trace. */
  cancel(): this {
    const gesture = this.gesture
    if (!gesture) return this
    this.gesture = null
    this.endGesture()
    gesture.cancel()
    return this
  }

  private endGesture(): void {
    const { editing, editingLink } = this.view.getState()
    const status = editing ? 'editingText' : editingLink ? 'editingLink' : 'idle'
    this.view.getState().set({ status, claimedBy: null, cursor: this.restingCursor() })
  }

  private restingCursor(): string {
    return this.spaceHeld || this.store.getState().tool === 'hand' ? 'grab' : 'default'
  }

  pointerLeave(): this {
    for (const claim of this.claims) claim.hover?.(null)
    if (!this.gesture) this.view.getState().set({ hover: null, handleHover: null })
    return this
  }

  /** Hover feedback: the card under the pointer, the connector handle, and the cursor that says what a press would do. */
  private hoverAt(p: BoardPointer): void {
    const { doc, tool } = this.store.getState()
    if (!doc || this.spaceHeld || tool === 'hand') {
      for (const claim of this.claims) claim.hover?.(null)
      this.view.getState().set({ cursor: this.restingCursor() })
      return
    }
    hoverAt(this.routing(), doc, p)
  }

  /** A double-click edits what it is on: a header or handle's own rule, an arrow's label, a card's text, or adds a card. */
  doubleClick(input: PointerInput): this {
    const doc = this.store.getState().doc
    if (!doc || this.gesture || this.view.getState().editing || this.store.getState().voteTap) return this
    const p = this.point(input)
    const cover = coveringClaim(this.routing(), p)
    if (cover) {
      cover.doubleClick?.(p)
      return this
    }
    if (this.claims.some((claim) => claim.doubleClick?.(p))) return this
    const link = linkUnder(doc, p.board, this.store.getState().viewport.zoom)
    if (link) return this.editLink(link.id)
    const layout = cardLayout(doc)
    const hit = cardUnder(doc, p.board)
    if (hit) return this.editCard(hit)
    const cell = hitCell(layout.grid, p.board)
    if (cell) return this.addCardInCell(cell)
    const outside = p.board.x < 0 || p.board.y < 0 || p.board.x >= layout.grid.width || p.board.y >= layout.grid.height
    if (outside) this.addCard((d) => newFreeCard(d, p.board))
    return this
  }

  /** Scrolling pans; with Ctrl/Cmd or a pinch the wheel zooms around the pointer. */
  wheel(input: WheelInput): this {
    const { viewport, setViewport } = this.store.getState()
    if (input.zoom) setViewport(zoomAround(viewport, { x: input.x, y: input.y }, viewport.zoom * wheelZoomFactor(input.dy)))
    else setViewport(panBy(viewport, input.dx, input.dy))
    return this
  }

  /** A key on the board; true when it did something (the view then keeps the browser from acting too). */
  keyDown(input: KeyInput): boolean {
    if (this.gesture) {
      if (input.key !== 'Escape') return false
      this.cancel()
      return true
    }
    if (this.view.getState().editing || this.view.getState().editingLink) return false
    if (input.key === ' ') {
      this.spaceHeld = true
      this.view.getState().set({ cursor: 'grab' })
      return true
    }
    const actions = actionsFor(input)
    if (this.claims.some((claim) => claim.key?.(actions, input))) return true
    return runKey(this, actions, input)
  }

  keyUp(input: KeyInput): this {
    if (input.key === ' ' && this.spaceHeld) {
      this.spaceHeld = false
      if (!this.gesture) this.view.getState().set({ cursor: this.restingCursor() })
    }
    return this
  }

  /** The window lost focus: a held Space is let go, and a gesture is dropped (its release will never come). */
  blur(): this {
    this.spaceHeld = false
    return this.cancel()
  }

  setTool(tool: Tool): void {
    this.store.getState().setTool(tool)
    if (!this.gesture) this.view.getState().set({ cursor: this.restingCursor() })
  }

  select(cards: readonly CardId[], links: readonly LinkId[] = []): void {
    this.store.getState().select(cards, links)
  }

  /** Zooms keeping the middle of the board still. */
  zoomBy = (factor: number): void => {
    const { viewport, setViewport } = this.store.getState()
    setViewport(zoomAround(viewport, { x: this.size.width / 2, y: this.size.height / 2 }, viewport.zoom * factor))
  }

  zoomReset = (): void => {
    const { viewport, setViewport } = this.store.getState()
    setViewport(zoomAround(viewport, { x: this.size.width / 2, y: this.size.height / 2 }, 1))
  }

  /** Shows the whole map, clear of the controls floating over the board. `jump`: not a move from the last view (a map just opened). */
  zoomToFit = (jump = false): void => {
    const { doc, setViewport } = this.store.getState()
    if (!doc) return
    const { bounds, grid } = cardLayout(doc)
    const area = this.fitArea(bounds) ?? undefined
    setViewport(fitMap(grid, bounds, this.size.width, this.size.height, area), jump)
    this.fitted = this.store.getState().viewport
  }

  /**
   * The board changed size (the window, a side panel): a map the person fitted and has not moved
   * since is fitted again, as a picture viewer keeps "fit" on, so it neither spills past the new edges
   * nor floats small in a larger window. A view the person moved stays where they put it.
   */
  keepFitted(): void {
    const { viewport, doc } = this.store.getState()
    if (!doc || !this.fitted || viewport !== this.fitted) return
    this.zoomToFit(true)
  }

  /** Marks the selected cards with a sentiment: one undo step. */
  setSentiment(sentiment: Sentiment): void {
    const { selection, dispatch, viewOnly } = this.store.getState()
    if (selection.length === 0 || viewOnly) return
    dispatch({ type: 'updateCards', cardIds: selection, patch: { sentiment } })
  }

  /**
   * A right click at a screen point (board-relative): the card there, selected as a click would
   * (a card already in the selection keeps the whole selection), or null over no card.
   */
  cardForMenu(screen: Point): CardId | null {
    const { doc, viewport, selection } = this.store.getState()
    if (!doc || this.gesture || this.view.getState().editing) return null
    const card = cardUnder(doc, screenToBoard(viewport, screen))
    if (card && !selection.includes(card)) this.select([card])
    return card
  }

  /** Undo, dropping from the selection whatever the undo took away. */
  undoStep(): void {
    this.undo.undo()
    dropStaleSelection(this.store)
  }

  redoStep(): void {
    this.undo.redo()
    dropStaleSelection(this.store)
  }

  editCard(cardId: CardId): this {
    if (this.view.getState().editing || this.gesture || this.store.getState().viewOnly) return this
    this.select([cardId])
    this.view.getState().set({ editing: { cardId, isNew: false }, status: 'editingText', hover: null })
    return this
  }

  /** A new card as a preview (no undo step yet) with its text box open; typing and Enter make it one step. */
  addCard(make: (doc: JourneyDoc) => Card): this {
    const { doc, viewOnly } = this.store.getState()
    if (!doc || viewOnly || this.view.getState().editing) return this
    const card = make(doc)
    this.newCard = previewNewCard(this.store, card, () => this.undo.startGesture())
    if (this.newCard) this.view.getState().set({ editing: { cardId: card.id, isNew: true }, status: 'editingText', hover: null })
    return this
  }

  addCardInCell(cell: CellRef): this {
    return this.addCard((doc) => newCardInCell(doc, cell))
  }

  /** Ends the text box: the text, or null for a cancel. */
  finishEditing(text: string | null): this {
    const current = this.view.getState().editing
    if (!current) return this
    this.view.getState().set({ editing: null, status: 'idle' })
    const newCard = this.newCard
    this.newCard = null
    if (current.isNew) {
      if (newCard) finishNewCard(this.store, newCard, text)
    } else if (text !== null) {
      commitCardText(this.store, current.cardId, text)
    }
    return this
  }

  editLink(linkId: LinkId): this {
    this.select([], [linkId])
    this.view.getState().set({ editingLink: linkId, status: 'editingLink', hover: null })
    return this
  }

  finishEditingLink(): this {
    if (this.view.getState().editingLink) this.view.getState().set({ editingLink: null, status: 'idle' })
    return this
  }
}
