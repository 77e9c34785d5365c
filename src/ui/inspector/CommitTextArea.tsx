import { useState, type TextareaHTMLAttributes } from 'react'

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> {
  readonly value: string
  /** Called once when the person leaves the field, only if the text changed. */
  readonly onCommit: (value: string) => void
}

/**
 * CommitInput's multi-line sibling: typing stays local until the field is left, so a whole edit
 * is one command. Enter makes a new line as in any text box; Ctrl/Cmd+Enter finishes, Esc reverts.
 */
export function CommitTextArea({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setDraft(value)
  }
  return (
    <textarea
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          e.currentTarget.blur()
        } else if (e.key === 'Escape') {
          const field = e.currentTarget
          setDraft(value)
          e.stopPropagation()
          requestAnimationFrame(() => field.blur())
        }
      }}
    />
  )
}
