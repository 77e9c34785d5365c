import type { TextareaHTMLAttributes } from 'react'
import { useCommitDraft } from '../useCommitDraft'

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'> {
  value: string
  /** Called once when the field is left, only if the text changed: one edit, one undo step. */
  onCommit: (value: string) => void
}

/** A multi-line field that keeps typing local until it is left; Esc puts the old text back and stays in the field. */
export function CommitText({ value, onCommit, ...rest }: Props) {
  return <textarea {...rest} {...useCommitDraft(value, onCommit)} />
}

/** "One per line" lists (goals, frustrations): blank lines and stray spaces do not become entries. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}
