import type { Point } from '../../domain/layout'
import type { PointerClaim } from '../../editor/input'
import type { AppStore } from '../../store'
import type { EmotionUi } from './emotionUi'
import { beginEmotionDrag } from './gesture'
import { hitEmotion, sameTarget, type Handle } from './geometry'

/**
 * The emotion lanes' share of the pointer, as a claim the board editor asks before the cards: a
 * press on a handle drags that point (never a marquee or a card), a double-click there adds no
 * card, and hovering shows the handle's label.
 */
export function emotionClaim(store: AppStore, ui: EmotionUi): PointerClaim {
  const hitAt = (at: Point): Handle | null => {
    const { doc, viewport, focusPersonaId } = store.getState()
    return doc ? hitEmotion(doc, at, viewport.zoom, ui.getState().chosenPersona, focusPersonaId) : null
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
  }
}
