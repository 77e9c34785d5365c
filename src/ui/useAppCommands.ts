import { useCallback, useEffect, useState } from 'react'
import { platform, type MenuCommand } from '../platform'
import { sendAppCommand } from '../platform/commands'
import { appStore } from '../store'
import { isTextEntry } from '../canvas/keyboard'
import { actionsFor, actsWhileTyping, type KeyAction } from '../editor/keymap'
import { createClosingFlush } from './closingFlush'
import { runHistory } from './History'
import { useWorkspace } from './WorkspaceContext'

/** The keymap's actions that are the app's rather than the board's: each is the menu command of that name. */
const APP_KEYS: ReadonlySet<KeyAction> = new Set<KeyAction>(['undo', 'redo', 'newMap', 'newWorkshop', 'showShortcuts', 'saveFile', 'saveFileAs', 'openFile'])

/**
 * One place that turns menu commands and global keys into actions, so the native menu, the
 * keyboard and the toolbar buttons all do the same thing.
 */
export function useAppCommands(): { readonly closing: boolean } {
  const workspace = useWorkspace()
  /** True while a closing window waits for the last save. */
  const [closing, setClosing] = useState(false)

  const run = useCallback(
    (command: MenuCommand) => {
      const { openDialog } = appStore.getState()
      switch (command) {
        case 'undo':
        case 'redo':
          runHistory(command)
          return
        case 'newWorkshop':
          void workspace.showWorkshops().then(() => openDialog({ kind: 'newWorkshop' }))
          return
        case 'newMap': {
          const { screen } = appStore.getState()
          // The map list owns the template chooser; the first template has the focus, so Enter makes a map at once.
          if (screen.kind === 'workshop') openDialog({ kind: 'newMap' })
          return
        }
        case 'showWorkshops':
          void workspace.showWorkshops()
          return
        case 'showShortcuts':
          openDialog({ kind: 'shortcuts' })
          return
        case 'about':
          openDialog({ kind: 'about' })
          return
        default:
          // Canvas commands (zoom, select all, delete) are picked up by the board itself.
          sendAppCommand(command)
      }
    },
    [workspace],
  )

  useEffect(() => platform.onMenuCommand(run), [run])

  useEffect(() => {
    // The app's keys, by the keymap (src/editor/keymap.ts); the board's are its editor's. File keys
    // go on to the file host as app commands, like the File menu's items.
    const onKey = (e: KeyboardEvent) => {
      const action = actionsFor(e).find((a) => APP_KEYS.has(a))
      if (!action || (isTextEntry(e.target) && !actsWhileTyping(action))) return
      e.preventDefault()
      run(action as MenuCommand)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])

  useEffect(() => {
    // Only the close handshake shows "Saving…": blur and hide flush quietly.
    const unsubscribe = platform.onFlushRequest(createClosingFlush(() => workspace.flush(), setClosing))
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void workspace.flush()
    }
    const onBlur = () => void workspace.flush()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('blur', onBlur)
    return () => {
      unsubscribe()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('blur', onBlur)
    }
  }, [workspace])

  return { closing }
}
