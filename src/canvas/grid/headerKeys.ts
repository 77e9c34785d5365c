import type { PointerClaim } from '../../editor/input'
import { gridLayout } from '../../domain/layout'
import { headerRect } from '../../domain/layoutGrid'
import type { AppStore } from '../../store'
import { deleteCommand } from '../../domain/gridCommands'
import { headerOrder, nextHeader, panToShow } from './gridKeys'
import type { GridUiStore } from './gridUi'

export interface HeaderKeysOptions {
  readonly store: AppStore
  readonly ui: GridUiStore
  /** The board's size on screen, to pan a header into view. */
  readonly size: () => { readonly width: number; readonly height: number }
}

/**
 * The grid from the keyboard, so the header toolbar is not for mouse users only: while the board
 * itself has focus, Tab and Shift+Tab walk the stage, step and lane headers (a focus ring and the
 * header's toolbar show where the keyboard is), Enter or F2 renames, Delete deletes, Shift+F10 or
 * the menu key moves into the toolbar, Esc leaves the headers. Past the last header Tab leaves
 * the board. A claim of the board editor: it answers before the cards' keys (Delete, Enter).
 */
export function headerKeys({ store, ui, size }: HeaderKeysOptions): PointerClaim {
  return {
    name: 'headers',
    key(actions) {
      // Only keys on the board itself: the toolbar, rename field and other controls keep theirs.
      const board = document.activeElement
      if (board?.getAttribute('role') !== 'application') return false
      const state = ui.getState()
      const { doc, viewport, setViewport, dispatch, select, selectedHeader: focus } = store.getState()
      if (!doc || state.editing || state.drag) return false
      const action = actions.find((a) => a === 'headerNext' || a === 'headerPrevious' || (focus && a.startsWith('header')) || (focus && a === 'escape'))
      switch (action) {
        case 'headerNext':
        case 'headerPrevious': {
          const next = nextHeader(headerOrder(doc), focus, action === 'headerPrevious')
          // The header joins the one selection: the cards and arrows step aside for it.
          select([], [], next)
          state.set({ hover: null, popover: null })
          // Past the last header Tab goes on to the controls after the board, as a person expects of Tab.
          if (!next) return false
          const rect = headerRect(gridLayout(doc), next)
          const { width, height } = size()
          const view = rect && panToShow(viewport, rect, width, height)
          if (view) setViewport(view)
          return true
        }
        case 'headerRename':
          state.set({ editing: focus, hover: null, popover: null })
          return true
        case 'headerDelete':
          if (focus) dispatch(deleteCommand(focus))
          select([])
          state.set({ hover: null, popover: null })
          return true
        case 'headerToolbar':
          // The toolbar is drawn over the board, beside the canvas in the board's box.
          board.parentElement?.querySelector<HTMLButtonElement>('.grid-toolbar .grid-toolbar__button')?.focus()
          return true
        case 'escape':
          select([])
          state.set({ hover: null, popover: null })
          return true
        default:
          return false
      }
    },
  }
}
