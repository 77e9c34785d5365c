import { useState, type ChangeEvent, type KeyboardEvent } from 'react'

type Field = HTMLInputElement | HTMLTextAreaElement

interface Options {
  /** Whether an empty value is refused (the old value comes back); the committed text is trimmed. */
  readonly required?: boolean
  /** Which key press finishes the edit (leaves the field, which commits); none when absent. */
  readonly isFinishKey?: (e: KeyboardEvent<Field>) => boolean
  /** Whether Esc also leaves the field after putting the old text back. */
  readonly escapeLeaves?: boolean
  /** Rewrites what is typed or pasted before it is shown (a title keeps no line breaks). */
  readonly normalize?: (text: string) => string
}

/**
 * The typing of a commit-on-blur text control: it stays local until the field is left, so a whole
 * edit becomes one command and one undo step rather than one per keystroke; Esc puts the old text
 * back. Returns the props to spread on the <input> or <textarea>.
 */
export function useCommitDraft(value: string, onCommit: (value: string) => void, { required, isFinishKey, escapeLeaves, normalize }: Options = {}) {
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
  return {
    value: draft,
    onChange: (e: ChangeEvent<Field>) => setDraft(normalize ? normalize(e.target.value) : e.target.value),
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent<Field>) => {
      if (isFinishKey?.(e)) {
        e.preventDefault()
        e.currentTarget.blur()
      } else if (e.key === 'Escape') {
        const field = e.currentTarget
        setDraft(value)
        e.stopPropagation()
        // Blur after the old text is back, so leaving the field commits nothing.
        if (escapeLeaves) requestAnimationFrame(() => field.blur())
      }
    },
  }
}
