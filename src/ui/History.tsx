import { Redo2, Undo2 } from 'lucide-react'
import { useEffect, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { isTextEntry } from '../canvas/keyboard'
import { actionsFor, actsWhileTyping } from '../editor/keymap'
import { appUndo } from '../editor/undo'

export type HistoryAction = 'undo' | 'redo'

/**
 * Undo or redo what the person did: in a text field the field's own history, otherwise the map's,
 * through appUndo, so in a room it touches only this person's own changes.
 */
export function runHistory(action: HistoryAction): void {
  if (isTextEntry(document.activeElement)) document.execCommand(action)
  else if (action === 'undo') appUndo.undo()
  else appUndo.redo()
}

/** Ctrl+Z / Ctrl+Shift+Z for a screen without the app's command hook (a participant's page). */
export function useHistoryKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      const action = actionsFor(e).find((a): a is HistoryAction => a === 'undo' || a === 'redo')
      if (!action || (isTextEntry(e.target) && !actsWhileTyping(action))) return
      e.preventDefault()
      runHistory(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}

/** The Undo and Redo buttons of a bar, enabled as the person's own history allows. */
export function UndoRedoButtons() {
  const { t } = useTranslation()
  const canUndo = useSyncExternalStore(appUndo.subscribe, appUndo.canUndo)
  const canRedo = useSyncExternalStore(appUndo.subscribe, appUndo.canRedo)
  return (
    <div className="button-group">
      <button type="button" className="icon-button" onClick={() => appUndo.undo()} disabled={!canUndo} aria-label={t('history.undo')} title={`${t('history.undo')} (Ctrl+Z)`}>
        <Undo2 size={18} aria-hidden className="flip-rtl" />
      </button>
      <button type="button" className="icon-button" onClick={() => appUndo.redo()} disabled={!canRedo} aria-label={t('history.redo')} title={`${t('history.redo')} (Ctrl+Shift+Z)`}>
        <Redo2 size={18} aria-hidden className="flip-rtl" />
      </button>
    </div>
  )
}
