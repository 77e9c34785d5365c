import type { InputHTMLAttributes, Ref } from 'react'
import { useCommitDraft } from './useCommitDraft'

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> {
  value: string
  /** Called once when the person is done typing (Enter or leaving the field), only if the text changed. */
  onCommit: (value: string) => void
  /** Whether an empty value is refused (the old value comes back). */
  required?: boolean
  ref?: Ref<HTMLInputElement>
}

/** A one-line commit-on-blur field (see useCommitDraft): Enter finishes, Esc puts the old text back. */
export function CommitInput({ value, onCommit, required, ...rest }: Props) {
  const field = useCommitDraft(value, onCommit, { required, isFinishKey: (e) => e.key === 'Enter', escapeLeaves: true })
  // dir="auto": a person's text runs in its own direction whatever the interface language.
  return <input dir="auto" {...rest} {...field} />
}
