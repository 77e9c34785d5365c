import type { TextareaHTMLAttributes } from 'react'
import { useCommitDraft } from './useCommitDraft'

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'rows' | 'dir'> {
  readonly value: string
  /** Called once when the person is done typing (Enter or leaving the field), only if the text changed. */
  readonly onCommit: (value: string) => void
  /** Whether an empty value is refused (the old value comes back). */
  readonly required?: boolean
}

/** Line breaks pasted into a title become single spaces: a title is one paragraph. */
const oneParagraph = (text: string) => text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])+[ \t]*/g, ' ')

/**
 * A title field that wraps instead of scrolling out of sight: "Kjøp og kundestøtte etter kjøpet"
 * shows in full in a narrow panel. A textarea sized to its lines by CSS (`field-sizing: content`,
 * so it follows the panel's width and late fonts without measuring), holding one paragraph; as in
 * CommitInput, Enter finishes and Esc puts the old text back. dir="auto" orders each title by its
 * own script, so an English name keeps its punctuation in the Persian interface.
 */
export function CommitTitle({ value, onCommit, required, className, ...rest }: Props) {
  const field = useCommitDraft(value, onCommit, { required, isFinishKey: (e) => e.key === 'Enter' && !e.nativeEvent.isComposing, escapeLeaves: true, normalize: oneParagraph })
  return <textarea {...rest} {...field} className={className ? `commit-title ${className}` : 'commit-title'} rows={1} dir="auto" />
}
