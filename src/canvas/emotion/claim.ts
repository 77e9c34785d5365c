import type { Point } from '../../domain/layout'
import type { PointerClaim } from '../../editor/input'
import type { AppStore } from '../../store'
import type { EmotionUi } from './emotionUi'
import { beginEmotionDrag, nudgeFocused } from './gesture'
import { hitEmotion, neighbourTarget, sameTarget, type Handle } from '../../drawing/emotionGeometry'

/**
 * The emotion lanes' share of the pointer and keys, as a claim the board editor asks before the
 * cards: a press on a handle drags that point (never a marquee or a card), a double-click there
 * adds no card, hovering shows the handle's label, and a focused point takes the arrow keys
 * (Up and Down change it, Left and Right move along the curve).
 */
export function emotionClaim(store: AppStore, ui: EmotionUi): PointerClaim {
  const hitAt = (at: Point): Handle | null => {
    const { doc, viewport, focusPersonaId, emotionPersonaId } = store.getState()
    return doc ? hitEmotion(doc, at, viewport.zoom, emotionPersonaId, focusPersonaId) : null
  }
  return {
    name: 'emotion',
    press(p) {
      const hit = hitAt(p.board)
      if (!hit) {
        if (ui.getState().focus) ui.getState().set({ focus: null })
        return null
      }
      // Card selection and a focused point answer the same keys; only one of them may hold them.
      store.getState().select([])
      const drag = beginEmotionDrag(store, ui, hit, p.board.y)
      return {
        move: (q) => drag.move(q.board.y),
        end(q, cancelled) {
          if (q && !cancelled) drag.move(q.board.y)
          drag.end(cancelled)
        },
      }
    },
    hover(p) {
      const hit = p ? hitAt(p.board) : null
      const current = ui.getState().hover
      if (!(hit === current || sameTarget(hit, current))) ui.getState().set({ hover: hit })
      return hit ? 'ns-resize' : null
    },
    doubleClick: (p) => hitAt(p.board) !== null,
    key(_actions, e) {
      const { focus, set } = ui.getState()
      const doc = store.getState().doc
      if (!focus || !doc || e.altKey || e.ctrlKey || e.metaKey) return false
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        nudgeFocused(store, ui, e.key === 'ArrowUp' ? 1 : -1)
        return true
      }
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        const next = neighbourTarget(doc, focus, e.key === 'ArrowLeft' ? -1 : 1)
        if (next) set({ focus: next, announce: true })
        return true
      }
      // Esc puts the point down and goes on to the board's Esc (deselect, back to Select).
      if (e.key === 'Escape') set({ focus: null })
      return false
    },
  }
}
