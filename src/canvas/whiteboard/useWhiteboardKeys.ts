import { useEffect, type RefObject } from 'react'
import { duplicateCommand } from '../../domain/arrange'
import { appStore } from '../../store'
import type { InteractionStore } from '../interaction'
import { whiteboardUi } from '../links/linkState'
import { PASTE_STEP } from '../clipboard/clipboard'
import { keyboardIsOnBoard, toolForKey } from './tools'

/**
 * Tool keys (V H N T R O L), Delete and Enter for a selected arrow, Esc back to Select, and
 * Ctrl/Cmd+D to duplicate. Copy, cut and paste come as clipboard events (useBoardClipboard).
 */
export function useWhiteboardKeys(container: RefObject<HTMLDivElement | null>, interaction: InteractionStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!keyboardIsOnBoard(e.target, container.current) || e.altKey || interaction.getState().editing) return
      const ui = whiteboardUi.getState()
      if (ui.editingLink) return
      const { doc, selection, select, dispatch, setTool, tool } = appStore.getState()
      const mod = e.ctrlKey || e.metaKey
      if (mod) {
        if (e.key.toLowerCase() !== 'd' || e.shiftKey || !doc || selection.length === 0) return
        e.preventDefault()
        const result = duplicateCommand(doc, selection, PASTE_STEP)
        if (!result) return
        dispatch(result.command)
        select(result.cardIds)
        return
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && ui.selectedLinks.length > 0) {
        e.preventDefault()
        dispatch({ type: 'deleteLinks', linkIds: ui.selectedLinks })
        ui.set({ selectedLinks: [] })
      } else if ((e.key === 'Enter' || e.key === 'F2') && ui.selectedLinks.length === 1 && selection.length === 0) {
        e.preventDefault()
        ui.set({ editingLink: ui.selectedLinks[0] ?? null })
      } else if (e.key === 'Escape') {
        if (ui.selectedLinks.length > 0) ui.set({ selectedLinks: [] })
        if (tool !== 'select') setTool('select')
      } else if (!e.shiftKey && !e.repeat) {
        const next = toolForKey(e.key)
        if (!next) return
        e.preventDefault()
        setTool(next)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [container, interaction])

  useEffect(() => {
    // One selection at a time: choosing cards drops the chosen arrows, and another map drops everything.
    return appStore.subscribe((s, prev) => {
      const ui = whiteboardUi.getState()
      if (s.doc?.map.id !== prev.doc?.map.id) ui.set({ selectedLinks: [], editingLink: null, draft: null, creating: null, handleHover: null })
      else if (s.selection !== prev.selection && s.selection.length > 0 && ui.selectedLinks.length > 0) ui.set({ selectedLinks: [] })
      else if (s.doc && s.doc.links !== prev.doc?.links && ui.selectedLinks.some((id) => !(id in s.doc!.links))) {
        ui.set({ selectedLinks: ui.selectedLinks.filter((id) => id in s.doc!.links) })
      }
    })
  }, [])
}
