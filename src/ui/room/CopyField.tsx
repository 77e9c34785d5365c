import { Copy } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  readonly label: string
  readonly value: string
}

type Outcome = 'idle' | 'copied' | 'selected'

/**
 * A link with a copy button. The async clipboard exists only in a secure context (not on a page
 * served over plain http from a LAN address), and may be refused; then the text is selected so
 * Ctrl+C or a long press copies it, and the line below says so.
 */
export function CopyField({ label, value }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome>('idle')

  const selectText = () => {
    input.current?.focus()
    input.current?.select()
    setOutcome('selected')
  }

  const copy = async () => {
    const clipboard = typeof navigator !== 'undefined' && window.isSecureContext ? navigator.clipboard : undefined
    if (clipboard?.writeText) {
      try {
        await clipboard.writeText(value)
        setOutcome('copied')
        return
      } catch {
        // Refused (no permission, the window lost focus): selecting still lets the person copy.
      }
    }
    selectText()
  }

  return (
    <div className="room-copy">
      <label htmlFor={id} className="room-copy-label">
        {label}
      </label>
      <div className="room-copy-row">
        {/* Links read left to right in every language. */}
        <input id={id} ref={input} className="room-copy-input" dir="ltr" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          <Copy size={16} aria-hidden />
          {t('room.copy.copy')}
        </button>
      </div>
      <p className="room-copy-outcome muted" role="status">
        {outcome === 'copied' ? t('room.copy.copied') : outcome === 'selected' ? t('room.copy.selected') : ''}
      </p>
    </div>
  )
}
