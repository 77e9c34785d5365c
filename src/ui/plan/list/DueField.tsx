import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay } from '../../../i18n/format'
import { useCommitDraft } from '../../useCommitDraft'

/**
 * An action's due date: read in the language's own calendar and digits (the Persian calendar in
 * Persian), and edited in the browser's date picker, which stores the Gregorian day. Enter or
 * leaving the picker commits once; Esc puts the old date back.
 */
export function DueField({ value, label, readOnly, onCommit }: { value: string; label: string; readOnly: boolean; onCommit: (due: string) => void }) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const shown = value ? formatDay(value, i18n.language) : t('plan.list.noDue')
  if (editing && !readOnly) return <DueInput value={value} label={label} onCommit={onCommit} onDone={() => setEditing(false)} />
  return (
    <button
      type="button"
      className={`plan-due${value ? '' : ' plan-due--none'}`}
      disabled={readOnly}
      aria-label={`${label}: ${shown}`}
      title={readOnly ? undefined : t('plan.list.editDue')}
      onClick={() => setEditing(true)}
    >
      {shown}
    </button>
  )
}

function DueInput({ value, label, onCommit, onDone }: { value: string; label: string; onCommit: (due: string) => void; onDone: () => void }) {
  const field = useCommitDraft(value, onCommit, { isFinishKey: (e) => e.key === 'Enter', escapeLeaves: true })
  return (
    <input
      type="date"
      className="plan-input plan-input--date"
      aria-label={label}
      autoFocus
      {...field}
      onBlur={() => {
        field.onBlur()
        onDone()
      }}
    />
  )
}
