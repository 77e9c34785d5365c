import { useEffect, type RefObject } from 'react'
import { createCard } from '../../domain'
import { appStore } from '../../store'
import type { InteractionStore } from '../interaction'
import type { Point } from '../../domain/layout'
import { screenToBoard, visibleRect } from '../viewport'
import { keyboardIsOnBoard } from '../keyboard'
import { clipToPaste, copyCards, pasteInto } from './clipboard'
import { CLIPBOARD_MIME } from './payload'

/** Longest foreign text that becomes one note; anything longer is cut there. */
const MAX_NOTE_TEXT = 4000

/**
 * Copy, cut and paste of cards through the DOM clipboard events: they work from the keyboard and
 * from the Edit menu's roles alike, and need no clipboard permission (Electron denies it to us).
 */
export function useBoardClipboard(container: RefObject<HTMLDivElement | null>, interaction: InteractionStore, width: number, height: number): void {
  useEffect(() => {
    /** The pointer's last place over the board (board-relative screen px), or null once it left. */
    let pointer: Point | null = null
    const el = container.current
    const onPointerMove = (e: PointerEvent) => {
      const box = el?.getBoundingClientRect()
      pointer = box ? { x: e.clientX - box.left, y: e.clientY - box.top } : null
    }
    const onPointerLeave = () => {
      pointer = null
    }
    const ours = () => keyboardIsOnBoard(document.activeElement, container.current) && !interaction.getState().editing && !interaction.getState().editingLink

    const copy = (e: ClipboardEvent, cut: boolean) => {
      const { doc, selection, dispatch, select } = appStore.getState()
      if (!ours() || !doc || selection.length === 0) return
      const data = copyCards(doc, selection, cut)
      if (!data) return
      e.preventDefault()
      e.clipboardData?.setData(CLIPBOARD_MIME, data.json)
      e.clipboardData?.setData('text/plain', data.text)
      if (cut) {
        dispatch({ type: 'deleteCards', cardIds: selection })
        select([])
      }
    }
    const onCopy = (e: ClipboardEvent) => copy(e, false)
    const onCut = (e: ClipboardEvent) => copy(e, true)

    const onPaste = (e: ClipboardEvent) => {
      const { doc, viewport, dispatch, select } = appStore.getState()
      if (!ours() || !doc) return
      e.preventDefault()
      const json = e.clipboardData?.getData(CLIPBOARD_MIME) || null
      const text = e.clipboardData?.getData('text/plain') || null
      const center = screenToBoard(viewport, { x: width / 2, y: height / 2 })
      // Where the person points; from the keyboard with the pointer elsewhere, the middle of the view.
      const at = pointer ? screenToBoard(viewport, pointer) : center
      const content = clipToPaste(json, text)
      if (content) {
        const result = pasteInto(doc, content, { center, visible: visibleRect(viewport, width, height), at })
        if (!result) return
        dispatch(result.command)
        select(result.cardIds)
        return
      }
      // Text from another app becomes a note where the person points, as on any whiteboard.
      if (json || !text?.trim()) return
      const note = createCard(doc.map.id, { kind: 'free', x: Math.round(at.x - 110), y: Math.round(at.y - 60), width: 220, height: 120 }, { text: text.trim().slice(0, MAX_NOTE_TEXT) })
      dispatch({ type: 'addCards', cards: [note] })
      select([note.id])
    }

    el?.addEventListener('pointermove', onPointerMove)
    el?.addEventListener('pointerleave', onPointerLeave)
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCut)
    document.addEventListener('paste', onPaste)
    return () => {
      el?.removeEventListener('pointermove', onPointerMove)
      el?.removeEventListener('pointerleave', onPointerLeave)
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('cut', onCut)
      document.removeEventListener('paste', onPaste)
    }
  }, [container, interaction, width, height])
}
