import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react'
import { useCommitDraft } from './useCommitDraft'

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'rows'> {
  readonly value: string
  /** Called once when the person is done (Enter or leaving the field), only if the text changed. */
  readonly onCommit: (value: string) => void
}

/** Fits the box to its text, so a card's lines show as they are on the board. */
function fit(field: HTMLTextAreaElement): void {
  field.style.height = 'auto'
  field.style.height = `${field.scrollHeight}px`
}

/**
 * A one-line-looking field for text that may hold line breaks (a card's text in the outline): it
 * grows with its lines instead of flattening them. As in CommitInput, Enter commits (the outline
 * is a list of quick edits); Shift+Enter makes a new line; Esc puts the old text back.
 */
export function CommitLines({ value, onCommit, ...rest }: Props) {
  const field = useCommitDraft(value, onCommit, { isFinishKey: (e) => e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing, escapeLeaves: true })
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    if (ref.current) fit(ref.current)
  }, [field.value])
  return <textarea dir="auto" {...rest} {...field} ref={ref} rows={1} />
}
