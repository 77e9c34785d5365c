import { useCallback, useEffect, useState } from 'react'
import { platform, type MenuCommand } from '../platform'
import { sendAppCommand } from '../platform/commands'
import { appStore } from '../store'
import { isTextEntry } from '../canvas/keyboard'
import { actionsFor, actsWhileTyping, type KeyAction } from '../editor/keymap'
import { appUndo } from '../editor/undo'
import { useWorkspace } from './WorkspaceContext'

/** The keymap's actions that are the app's rather than the board's: each is the menu command of that name. */
const APP_KEYS: ReadonlySet<KeyAction> = new Set<KeyAction>(['undo', 'redo', 'newMap', 'newWorkshop', 'showShortcuts', 'saveFile', 'saveFileAs', 'openFile'])

/**
 * One place that turns menu commands and global keys into actions, so the native menu, the
 * keyboard and the toolbar buttons all do the same thing.
 */
export function useAppCommands() {
  const workspace = useWorkspace()
  const [shortcuts, setShortcuts] = useState(false)
  const [about, setAbout] = useState(false)

  const run = useCallback(
    (command: MenuCommand) => {
      const typing = isTextEntry(document.activeElement)
      switch (command) {
        case 'undo':
          if (typing) document.execCommand('undo')
          else appUndo.undo()
          return
        case 'redo':
          if (typing) document.execCommand('redo')
          else appUndo.redo()
          return
        case 'newWorkshop':
          void workspace.showWorkshops().then(() => window.dispatchEvent(new CustomEvent('journeyboard:new-workshop')))
          return
        case 'newMap': {
          const { screen } = appStore.getState()
          // The map list owns the template chooser; the first template has the focus, so Enter makes a map at once.
          if (screen.kind === 'workshop') window.dispatchEvent(new CustomEvent('journeyboard:new-map'))
          return
        }
        case 'showWorkshops':
          void workspace.showWorkshops()
          return
        case 'showShortcuts':
          setShortcuts(true)
          return
        case 'about':
          setAbout(true)
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
    const unsubscribe = platform.onFlushRequest(() => workspace.flush())
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

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.saveStatus !== prev.saveStatus) platform.reportSaveStatus(s.saveStatus)
        if (s.viewport !== prev.viewport && s.doc && s.doc === prev.doc) workspace.saveViewport(s.viewport)
      }),
    [workspace],
  )

  return {
    shortcuts,
    about,
    closeShortcuts: () => setShortcuts(false),
    closeAbout: () => setAbout(false),
  }
}
