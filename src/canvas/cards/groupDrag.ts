import type { CardId, CardPlace } from '../../domain'
import type { CellRef, Point, Rect } from '../../domain/layout'
import type { AppStore } from '../../store'
import { groupMove, groupTargets, nudge } from '../../domain/cardMoves'

/** The landing rects of the rest of the selection while `anchorId` is dragged `delta` board pixels. */
export function previewGroupDrag(store: AppStore, anchorId: CardId, cell: CellRef | null, delta: Point): readonly Rect[] | undefined {
  const { doc, selection } = store.getState()
  if (!doc || selection.length < 2) return undefined
  return groupTargets(doc, selection, anchorId, cell, delta)
}

/** Drops a dragged card and the rest of its selection as one command. */
export function dropGroupDrag(store: AppStore, anchorId: CardId, to: CardPlace, delta: Point): void {
  const { doc, selection, dispatch } = store.getState()
  if (!doc) return
  const cmd = groupMove(doc, selection, anchorId, to, delta)
  if (cmd) dispatch(cmd)
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

/** Arrow keys on the board: the selection moves one cell (free notes 10 px), one undo step per press. */
export function nudgeSelection(store: AppStore, key: string): void {
  const arrow = ARROWS[key]
  const { doc, selection, dispatch } = store.getState()
  if (!arrow || !doc || selection.length === 0) return
  const cmd = nudge(doc, selection, arrow[0], arrow[1])
  if (cmd) dispatch(cmd)
}
