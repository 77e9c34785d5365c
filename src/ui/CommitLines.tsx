import { useLayoutEffect, useRef, useState, type TextareaHTMLAttributes } from 'react'

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
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  const ref = useRef<HTMLTextAreaElement>(null)
  if (shown !== value) {
    setShown(value)
    setDraft(value)
  }
  useLayoutEffect(() => {
    if (ref.current) fit(ref.current)
  }, [draft])
  return (
    <textarea
      {...rest}
      ref={ref}
      rows={1}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault()
          e.currentTarget.blur()
        } else if (e.key === 'Escape') {
          const field = e.currentTarget
          setDraft(value)
          e.stopPropagation()
          // Blur after the old text is back, so leaving the field commits nothing.
          requestAnimationFrame(() => field.blur())
        }
      }}
    />
  )
}
