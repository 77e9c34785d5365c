import { useEffect, useRef, type RefObject } from 'react'
import type { CardId } from '../domain'
import { cardLayout } from '../domain/layout'
import { appStore } from '../store'
import { onAppCommand } from '../platform/commands'
import { nudgeSelection } from './cards/groupDrag'
import type { InteractionStore } from './interaction'
import type { PanZoom } from './usePanZoom'
import { ZOOM_STEP } from './viewport'

/** Canvas commands the app shell forwards from the native menu (see src/platform/commands.ts). */
const FORWARDED = ['selectAll', 'deleteSelection', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomToFit'] as const
type BoardCommand = (typeof FORWARDED)[number]

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT'
}

/**
 * Board keys. They act only while the keyboard is not elsewhere (focus on the board or on nothing),
 * so Delete in the outline or a dialog never deletes cards. Returns whether Space is held.
 */
export function useBoardKeys(container: RefObject<HTMLDivElement | null>, interaction: InteractionStore, panZoom: PanZoom, onEditCard: (id: CardId) => void): RefObject<boolean> {
  const spaceHeld = useRef(false)
  const { zoomBy, zoomReset, zoomToFit } = panZoom

  useEffect(() => {
    const run = (command: BoardCommand) => {
      const { doc, selection, select, dispatch } = appStore.getState()
      switch (command) {
        case 'selectAll':
          if (doc) select([...cardLayout(doc).order])
          return
        case 'deleteSelection':
          if (selection.length === 0) return
          dispatch({ type: 'deleteCards', cardIds: selection })
          select([])
          return
        case 'zoomIn':
          return zoomBy(ZOOM_STEP)
        case 'zoomOut':
          return zoomBy(1 / ZOOM_STEP)
        case 'zoomReset':
          return zoomReset()
        case 'zoomToFit':
          return zoomToFit()
      }
    }
    const ours = (target: EventTarget | null) =>
      !isTextEntry(target) && (target === document.body || target === document.documentElement || (target instanceof Node && !!container.current?.contains(target)))

    const onKeyDown = (e: KeyboardEvent) => {
      if (!ours(e.target) || e.altKey || interaction.getState().editing) return
      const mod = e.ctrlKey || e.metaKey
      let handled = true
      if (e.key === ' ') {
        if (!spaceHeld.current) container.current?.style.setProperty('cursor', 'grab')
        spaceHeld.current = true
      } else if (mod && e.key.toLowerCase() === 'a') run('selectAll')
      else if (mod) handled = false
      else if (e.key === '+' || e.key === '=') run('zoomIn')
      else if (e.key === '-' || e.key === '_') run('zoomOut')
      else if (e.key === '0' && !e.shiftKey) run('zoomReset')
      else if (e.code === 'Digit1' && e.shiftKey) run('zoomToFit')
      else if (e.key === 'Delete' || e.key === 'Backspace') run('deleteSelection')
      else if (e.key.startsWith('Arrow') && appStore.getState().selection.length > 0) nudgeSelection(appStore, e.key)
      else if (e.key === 'Escape') appStore.getState().select([])
      else if (e.key === 'Enter' || e.key === 'F2') {
        const [only, ...rest] = appStore.getState().selection
        if (only && rest.length === 0) onEditCard(only)
        else handled = false
      } else handled = false
      if (handled) e.preventDefault()
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ') return
      spaceHeld.current = false
      container.current?.style.setProperty('cursor', 'default')
    }
    const onBlur = () => {
      spaceHeld.current = false
    }
    const stopCommands = onAppCommand((command) => {
      if ((FORWARDED as readonly string[]).includes(command) && !interaction.getState().editing) run(command as BoardCommand)
    })
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    window.addEventListener('blur', onBlur)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('blur', onBlur)
      stopCommands()
    }
  }, [container, interaction, zoomBy, zoomReset, zoomToFit, onEditCard])

  return spaceHeld
}
