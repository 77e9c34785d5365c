import { expect } from 'vitest'
import type { CardId, Command, JourneyDoc } from '../../../src/domain'
import { cardLayout, cellRect, gridLayout, type Point, type Rect } from '../../../src/domain/layout'
import { BoardEditor, type EditorStatus, type PointerClaim } from '../../../src/editor'
import { createAppStore, loadDoc, type AppStore } from '../../../src/store'
import { buildSampleDoc } from '../domain/helpers'

export const middle = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })

/**
 * A board editor on its own store with the sample map open at 100% with no scroll, so screen
 * and board pixels are the same; every command the editor dispatched is recorded in `dispatched`.
 */
export function openBoard(doc: JourneyDoc = buildSampleDoc().doc, claims: readonly PointerClaim[] | ((store: AppStore) => readonly PointerClaim[]) = []) {
  const store = createAppStore()
  loadDoc(store, doc)
  store.getState().setViewport({ x: 0, y: 0, zoom: 1 })
  const dispatched: Command[] = []
  const dispatch = store.getState().dispatch
  store.setState({
    dispatch: (cmd) => {
      dispatched.push(cmd)
      dispatch(cmd)
    },
  })
  const editor = new BoardEditor({ store, claims: typeof claims === 'function' ? claims(store) : claims })
  editor.setSize(1200, 800)
  const now = () => {
    const d = store.getState().doc
    if (!d) throw new Error('no document')
    return d
  }
  return {
    store,
    editor,
    dispatched,
    doc: now,
    /** The middle of a card as drawn now. */
    at(id: CardId): Point {
      const r = cardLayout(now()).rects.get(id)
      if (!r) throw new Error(`card ${id} is not drawn`)
      return middle(r)
    },
    rect(id: CardId): Rect {
      const r = cardLayout(now()).rects.get(id)
      if (!r) throw new Error(`card ${id} is not drawn`)
      return r
    },
    cell(laneId: Parameters<typeof cellRect>[1], stepId: Parameters<typeof cellRect>[2]): Rect {
      const r = cellRect(gridLayout(now()), laneId, stepId)
      if (!r) throw new Error('no such cell')
      return r
    },
    selection: () => ({ cards: store.getState().selection, links: store.getState().selectedLinks }),
    expectToBeIn(status: EditorStatus) {
      expect(editor.status).toBe(status)
    },
  }
}
