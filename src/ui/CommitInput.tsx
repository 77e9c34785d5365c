import { useState, type InputHTMLAttributes } from 'react'

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> {
  value: string
  /** Called once when the person is done typing (Enter or leaving the field), only if the text changed. */
  onCommit: (value: string) => void
  /** Whether an empty value is refused (the old value comes back). */
  required?: boolean
}

/**
 * A text field whose typing stays local until it is committed, so a whole edit becomes one
 * command and one undo step rather than one per keystroke. Esc puts the old text back.
 */
export function CommitInput({ value, onCommit, required, ...rest }: Props) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  // An undo or a change elsewhere replaces the text being shown (React's "adjust state on prop change").
  if (shown !== value) {
    setShown(value)
    setDraft(value)
  }
  const commit = () => {
    const next = required ? draft.trim() : draft
    if (required && !next) setDraft(value)
    else if (next !== value) onCommit(next)
  }
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
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
