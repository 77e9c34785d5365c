import type { Command } from '../../domain'
import { emotionAt, emotionBand, snapEmotion, yToLevel, EMOTION_SNAP } from '../../domain/emotion'
import { gridLayout } from '../../domain/layout'
import { startGesture, type AppStore } from '../../store'
import type { EmotionUi } from './emotionUi'
import { locateHandle, type EmotionTarget, type Handle } from '../../drawing/emotionGeometry'

export function setEmotionCommand(target: EmotionTarget, value: number): Command {
  return target.curve === 'felt'
    ? { type: 'setEmotion', stepId: target.stepId, personaId: target.personaId, felt: value }
    : { type: 'setEmotion', stepId: target.stepId, personaId: target.personaId, intended: value }
}

export interface EmotionDrag {
  /** The pointer is at board height `y`. */
  move(y: number): void
  /** Released (one undo step, if the value changed) or cancelled (nothing happened). */
  end(cancelled: boolean): void
}

/**
 * Dragging a handle: live previews that leave no history, then one `setEmotion` for the gesture.
 * The grab offset is kept, so a handle taken by its rim does not jump to the pointer.
 */
export function beginEmotionDrag(store: AppStore, ui: EmotionUi, handle: Handle, grabY: number): EmotionDrag {
  const doc = store.getState().doc
  const row = doc ? gridLayout(doc).rowByLane.get(handle.laneId) : undefined
  const band = row ? emotionBand(row) : null
  const gesture = startGesture(store)
  const start = handle.value
  let value = start
  ui.getState().set({ dragging: handle, focus: handle, hover: null, announce: false })
  return {
    move(y) {
      if (!band) return
      const next = snapEmotion(yToLevel(y + (handle.y - grabY), band))
      if (next === value) return
      value = next
      gesture.preview(setEmotionCommand(handle, value))
    },
    end(cancelled) {
      // The pointer is still on the handle it let go of: keep its label up until the pointer moves on.
      ui.getState().set({ dragging: null, hover: cancelled ? null : handle })
      // An untouched step needs no stored point: letting go where it started records nothing.
      gesture.end(!cancelled && value !== start ? setEmotionCommand(handle, value) : null)
    },
  }
}

/** Up and Down on the focused point: half a level per press, one command (and undo step) each. */
export function nudgeFocused(store: AppStore, ui: EmotionUi, direction: 1 | -1): boolean {
  const { doc, dispatch } = store.getState()
  const focus = ui.getState().focus
  if (!doc || !focus || !locateHandle(doc, focus)) return false
  const current = emotionAt(doc.emotions, focus.stepId, focus.personaId)
  const value = snapEmotion((focus.curve === 'felt' ? current.felt : current.intended) + direction * EMOTION_SNAP)
  dispatch(setEmotionCommand(focus, value))
  ui.getState().set({ announce: true })
  return true
}
