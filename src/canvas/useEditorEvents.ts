import { useCallback, useEffect, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import type { BoardEditor, PointerInput, PointerTarget } from '../editor'
import { runMenuCommand } from '../editor'
import { onAppCommand } from '../platform/commands'
import { keyboardIsOnBoard } from './keyboard'
import { wheelPixels } from './viewport'

type PointerLike = Pick<MouseEvent, 'clientX' | 'clientY' | 'button' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>

function toInput(container: RefObject<HTMLElement | null>, e: PointerLike): PointerInput {
  const box = container.current?.getBoundingClientRect()
  return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0), button: e.button, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, alt: e.altKey, over: overWhat(e.target) }
}

function overWhat(target: EventTarget | null): PointerTarget {
  if (target instanceof HTMLCanvasElement) return 'canvas'
  return target instanceof Element && target.closest('[data-grid-ui]') ? 'gridUi' : 'control'
}

/** Gestures whose press would otherwise also start the browser's own (text selection, a drag of the canvas). */
const KEEPS_DEFAULT = new Set(['idle', 'pointingCard', 'pointingCanvas', 'claimed'])

/**
 * The DOM side of the board editor: turns the browser's pointer, wheel and key events into the
 * editor's normalised ones, follows a press to its release anywhere on the page, and puts the
 * editor's cursor on the board. Everything the events mean is decided in src/editor.
 */
export function useEditorEvents(editor: BoardEditor, container: RefObject<HTMLDivElement | null>, focusBoard: () => void) {
  const input = useCallback((e: PointerLike) => toInput(container, e), [container])

  useEffect(
    () =>
      editor.view.subscribe((s, prev) => {
        if (s.cursor !== prev.cursor) container.current?.style.setProperty('cursor', s.cursor)
      }),
    [editor, container],
  )

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return
      // Focus first: that blurs, and so commits, an open text box before the press is read.
      focusBoard()
      editor.pointerDown(input(e))
      if (editor.status === 'idle' || editor.status === 'editingText' || editor.status === 'editingLink') return
      // Middle-button panning must not also start the browser's autoscroll.
      if (!KEEPS_DEFAULT.has(editor.status)) e.preventDefault()
      const move = (ev: PointerEvent) => editor.pointerMove(input(ev))
      const finish = () => {
        window.removeEventListener('pointermove', move)
        window.removeEventListener('pointerup', up)
        window.removeEventListener('pointercancel', cancel)
        window.removeEventListener('blur', cancel)
      }
      const up = (ev: PointerEvent) => {
        finish()
        editor.pointerUp(input(ev))
      }
      const cancel = () => {
        finish()
        editor.cancel()
      }
      window.addEventListener('pointermove', move)
      window.addEventListener('pointerup', up)
      window.addEventListener('pointercancel', cancel)
      // Alt+Tab mid-drag never delivers the release.
      window.addEventListener('blur', cancel)
    },
    [editor, input, focusBoard],
  )

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      // A press in progress is followed on the window; this is hover.
      if (e.buttons === 0) editor.pointerMove(input(e))
    },
    [editor, input],
  )

  const onPointerLeave = useCallback(() => editor.pointerLeave(), [editor])

  const onDoubleClick = useCallback(
    (e: ReactMouseEvent<HTMLDivElement>) => {
      if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return
      editor.doubleClick(input(e))
    },
    [editor, input],
  )

  useEffect(() => {
    const el = container.current
    if (!el) return
    // By hand: React's wheel listeners are passive and cannot stop the page (or Electron's zoom).
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const box = el.getBoundingClientRect()
      const d = wheelPixels(e, el.clientHeight)
      editor.wheel({ x: e.clientX - box.left, y: e.clientY - box.top, dx: d.x, dy: e.ctrlKey || e.metaKey ? e.deltaY : d.y, zoom: e.ctrlKey || e.metaKey })
    }
    // The board's one key listener: the keymap decides what a key means here (src/editor/keys.ts).
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      const busy = editor.status !== 'idle' && editor.status !== 'editingText' && editor.status !== 'editingLink'
      if (!busy && !keyboardIsOnBoard(e.target, el)) return
      // The action plan covers the board: Delete, arrows and tools must not touch cards no one sees (undo is the app's, not the board's).
      if (editor.store.getState().plan.open) return
      if (editor.keyDown(e)) e.preventDefault()
    }
    const onKeyUp = (e: KeyboardEvent) => editor.keyUp(e)
    const onBlur = () => editor.blur()
    const stopCommands = onAppCommand((command) => {
      if (!editor.view.getState().editing && !editor.store.getState().plan.open) runMenuCommand(editor, command)
    })
    el.addEventListener('wheel', onWheel, { passive: false })
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    window.addEventListener('blur', onBlur)
    return () => {
      el.removeEventListener('wheel', onWheel)
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('blur', onBlur)
      stopCommands()
    }
  }, [editor, container])

  return { onPointerDown, onPointerMove, onPointerLeave, onDoubleClick }
}
