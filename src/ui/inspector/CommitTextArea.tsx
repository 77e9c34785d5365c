import type { TextareaHTMLAttributes } from 'react'
import { useCommitDraft } from '../useCommitDraft'

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
  const field = useCommitDraft(value, onCommit, { isFinishKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey), escapeLeaves: true })
  return <textarea {...rest} {...field} />
}
