import { createStore } from 'zustand/vanilla'
import type { CardId, LinkId } from '../domain'
import type { Point, Rect } from '../domain/layout'

/** What the editor is in the middle of: one gesture at a time, each an explicit state. */
export type EditorStatus =
  | 'idle'
  /** A press on a card that has not yet moved past the drag threshold: a click so far. */
  | 'pointingCard'
  | 'draggingCards'
  /** A press on empty board: a click (clears the selection) until it moves past the drag threshold. */
  | 'pointingCanvas'
  /** Selecting what a dragged rect touches. */
  | 'marquee'
  /** Stretching a card's span with the grip on its trailing edge. */
  | 'stretching'
  | 'resizing'
  | 'drawingLink'
  /** A creation tool's press: a click makes an item of the default size, a drag draws its rect. */
  | 'creating'
  | 'panning'
  /** A press that a claim took (an emotion handle, a grid header): see PointerClaim. */
  | 'claimed'
  | 'editingText'
  | 'editingLink'

export interface CardDrag {
  readonly cardId: CardId
  /** Where the card would land if dropped now: the ghost, in board pixels. */
  readonly ghost: Rect
  /** The cell (span included) that would receive it; null for a drop onto free space. */
  readonly target: Rect | null
  /** Where the rest of a dragged selection would land (see cards/cardMoves.ts). */
  readonly others?: readonly Rect[]
}

export interface Editing {
  readonly cardId: CardId
  /** A card made by double-clicking: it exists only as a preview until the first commit. */
  readonly isNew: boolean
}

export interface LinkDraft {
  readonly from: CardId
  /** Where the pointer is, in board pixels. */
  readonly to: Point
  /** The card that would receive the arrow if released now. */
  readonly target: CardId | null
}

/**
 * The editor's session state that changes with the pointer. It lives apart from the app store so
 * a pointer move wakes only the overlay and the cursor, never an app subscriber; the selection,
 * tool and viewport live in the app store's session slice (they are read all over the app).
 */
export interface EditorState {
  status: EditorStatus
  /** Which claim holds the press while `status` is 'claimed'. */
  claimedBy: string | null
  hover: CardId | null
  /** The card whose connector handle is under the pointer. */
  handleHover: CardId | null
  marquee: Rect | null
  drag: CardDrag | null
  draft: LinkDraft | null
  /** The rect a creation tool is being dragged over. */
  creating: Rect | null
  editing: Editing | null
  editingLink: LinkId | null
  /** The pointer's cursor over the board: CSS cursor names. */
  cursor: string
  set: (patch: Partial<Omit<EditorState, 'set'>>) => void
}

export const IDLE: Omit<EditorState, 'set' | 'cursor'> = {
  status: 'idle',
  claimedBy: null,
  hover: null,
  handleHover: null,
  marquee: null,
  drag: null,
  draft: null,
  creating: null,
  editing: null,
  editingLink: null,
}

export function createEditorState() {
  return createStore<EditorState>()((set) => ({ ...IDLE, cursor: 'default', set: (patch) => set(patch) }))
}

export type EditorStateStore = ReturnType<typeof createEditorState>
