import { useEffect, type RefObject } from 'react'
import { appStore } from '../../store'

/**
 * Where the keyboard's header goes when the keyboard or the pointer goes elsewhere: a press on
 * the board or focus leaving it puts it away. (The header keys themselves are a claim of the
 * board editor, in headerKeys.ts.)
 */
export function useGridKeyFocus(container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = container.current
    if (!el) return
    const clear = () => {
      const { selectedHeader, selection, selectedLinks, select } = appStore.getState()
      if (selectedHeader) select(selection, selectedLinks)
    }
    const onFocusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !el.contains(e.relatedTarget)) clear()
    }
    el.addEventListener('pointerdown', clear, true)
    el.addEventListener('focusout', onFocusOut)
    return () => {
      el.removeEventListener('pointerdown', clear, true)
      el.removeEventListener('focusout', onFocusOut)
    }
  }, [container])
}
