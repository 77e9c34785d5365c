import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'

type Field = HTMLInputElement | HTMLTextAreaElement

export interface EditField<E extends Field> {
  /** Set once the edit has ended, so the blur that follows Enter or Esc does not end it again. */
  readonly doneRef: RefObject<boolean>
  /** Ends the edit once: `commit` false for a cancel. */
  readonly finish: (commit: boolean) => void
  readonly onKeyDown: (e: KeyboardEvent<E>) => void
}

/**
 * What the text boxes over the board (card text, header titles, arrow labels) share: focus on
 * mount, Enter commits, Esc cancels, and keys stay out of the board's shortcuts. A `multiline`
 * box keeps Shift+Enter for a line break and starts with the caret after the text, to go on
 * writing; a single line starts with its text selected, to replace it.
 */
export function useEditField<E extends Field>(ref: RefObject<E | null>, onFinish: (commit: boolean) => void, { multiline = false } = {}): EditField<E> {
  const doneRef = useRef(false)

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus()
    if (multiline) el.setSelectionRange(el.value.length, el.value.length)
    else el.select()
    // Both stay the same for the box's life, so this runs once and never moves the user's caret.
  }, [ref, multiline])

  const finish = (commit: boolean) => {
    if (doneRef.current) return
    doneRef.current = true
    onFinish(commit)
  }
  const onKeyDown = (e: KeyboardEvent<E>) => {
    e.stopPropagation()
    // Enter while an input method composes picks a candidate; it is not ours.
    if (e.nativeEvent.isComposing) return
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault()
      finish(true)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      finish(false)
    }
  }
  return { doneRef, finish, onKeyDown }
}
