import { useState, type TextareaHTMLAttributes } from 'react'

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'> {
  value: string
  /** Called once when the field is left, only if the text changed: one edit, one undo step. */
  onCommit: (value: string) => void
}

/** A multi-line field that keeps typing local until it is left; Esc puts the old text back. */
export function CommitText({ value, onCommit, ...rest }: Props) {
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
        if (e.key === 'Escape') {
          e.stopPropagation()
          setDraft(value)
        }
      }}
    />
  )
}

/** "One per line" lists (goals, frustrations): blank lines and stray spaces do not become entries. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}
