import { useCallback, useEffect, useState } from 'react'
import { platform, type MenuCommand } from '../platform'
import { sendAppCommand } from '../platform/commands'
import { appStore, redo, undo } from '../store'
import { createClosingFlush } from './closingFlush'
import { useWorkspace } from './WorkspaceContext'

/** True while the keyboard belongs to a text field, whose own undo must win over the map's. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type))
}

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
      const typing = isTextEntry(document.activeElement)
      const { openDialog } = appStore.getState()
      switch (command) {
        case 'undo':
          if (typing) document.execCommand('undo')
          else undo(appStore)
          return
        case 'redo':
          if (typing) document.execCommand('redo')
          else redo(appStore)
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
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || e.altKey) {
        if (e.key === '?' && !isTextEntry(e.target)) run('showShortcuts')
        return
      }
      const key = e.key.toLowerCase()
      if (isTextEntry(e.target)) return
      if (key === 'z' && !e.shiftKey) run('undo')
      else if ((key === 'z' && e.shiftKey) || key === 'y') run('redo')
      else if (key === 'n' && e.shiftKey) run('newWorkshop')
      else if (key === 'n') run('newMap')
      else return
      e.preventDefault()
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
