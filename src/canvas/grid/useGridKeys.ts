import { useEffect, type RefObject } from 'react'
import { gridLayout } from '../../domain/layout'
import { headerRect } from '../../domain/layoutGrid'
import { appStore } from '../../store'
import { deleteCommand } from '../../domain/gridCommands'
import { headerOrder, nextHeader, panToShow } from './gridKeys'
import { gridUi } from './gridUi'

export interface GridKeysOptions {
  readonly container: RefObject<HTMLDivElement | null>
  readonly width: number
  readonly height: number
}

/**
 * The grid from the keyboard, so the header toolbar is not for mouse users only: while the board
 * has focus, Tab and Shift+Tab walk the stage, step and lane headers (a focus ring and the header's
 * toolbar show where the keyboard is), Enter or F2 renames, Delete deletes, Shift+F10 or the menu
 * key moves into the toolbar, Esc leaves the headers. Past the last header Tab leaves the board.
 */
export function useGridKeys({ container, width, height }: GridKeysOptions): void {
  useEffect(() => {
    const el = container.current
    if (!el) return
    const onKeyDown = (e: KeyboardEvent) => {
      // Only keys on the board itself: the toolbar, rename field and other controls keep theirs.
      if (!(e.target instanceof HTMLElement) || e.target.getAttribute('role') !== 'application') return
      if (e.ctrlKey || e.metaKey || e.altKey) return
      const ui = gridUi.getState()
      const { doc, viewport, setViewport, dispatch } = appStore.getState()
      if (!doc || ui.editing || ui.drag) return
      const focus = ui.keyFocus
      if (e.key === 'Tab') {
        const next = nextHeader(headerOrder(doc), focus, e.shiftKey)
        ui.set({ keyFocus: next, hover: null, popover: null })
        if (!next) return
        e.preventDefault()
        const rect = headerRect(gridLayout(doc), next)
        const view = rect && panToShow(viewport, rect, width, height)
        if (view) setViewport(view)
      } else if (!focus) {
        return
      } else if (e.key === 'Enter' || e.key === 'F2') {
        ui.set({ editing: focus, hover: null, popover: null })
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        dispatch(deleteCommand(focus))
        ui.set({ keyFocus: null, hover: null, popover: null })
      } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        el.querySelector<HTMLButtonElement>('.grid-toolbar .grid-toolbar__button')?.focus()
      } else if (e.key === 'Escape') {
        ui.set({ keyFocus: null, hover: null, popover: null })
      } else {
        return
      }
      // Handled here: the board's own keys (Delete cards, Enter edits a card) must not act too.
      e.preventDefault()
      e.stopPropagation()
    }
    // A press on the board or focus leaving it puts the keyboard's header away.
    const clear = () => gridUi.getState().keyFocus && gridUi.getState().set({ keyFocus: null })
    const onFocusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !el.contains(e.relatedTarget)) clear()
    }
    el.addEventListener('keydown', onKeyDown)
    el.addEventListener('pointerdown', clear, true)
    el.addEventListener('focusout', onFocusOut)
    return () => {
      el.removeEventListener('keydown', onKeyDown)
      el.removeEventListener('pointerdown', clear, true)
      el.removeEventListener('focusout', onFocusOut)
    }
  }, [container, width, height])
}
