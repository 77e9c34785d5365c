import { MonitorPlay } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { isTextEntry } from '../../../canvas/keyboard'
import { actionsFor } from '../../../editor/keymap'
import { useAppStore } from '../../../store'
import { Presentation } from './Presentation'

/**
 * The board bar's "Present" button (icon-sized so the bar keeps to one line) and its key (F5 by
 * the keymap): opens the presentation of the open map over the whole window.
 */
export function PresentButton() {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    // Back on the board bar where the facilitator left it.
    buttonRef.current?.focus()
  }

  useEffect(() => {
    if (open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target) || !actionsFor(e).includes('present')) return
      e.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        onClick={() => setOpen(true)}
        disabled={!doc}
        aria-label={t('present.open')}
        title={t('present.open')}
        data-testid="present-open"
      >
        <MonitorPlay size={14} aria-hidden />
      </button>
      {open && doc ? createPortal(<Presentation doc={doc} onExit={close} />, document.body) : null}
    </>
  )
}
