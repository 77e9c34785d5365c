import { MonitorPlay } from 'lucide-react'
import { useEffect, useRef } from 'react'
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
  // In the store, so a room's participants follow the slide (src/room/session.ts).
  const presentation = useAppStore((s) => s.presentation)
  const setPresentation = useAppStore((s) => s.setPresentation)
  const open = presentation !== null
  const setOpen = (on: boolean) => setPresentation(on ? { slide: 0 } : null)
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
      setPresentation({ slide: 0 })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open, setPresentation])

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
      {presentation && doc ? createPortal(<Presentation doc={doc} slide={presentation.slide} onSlide={(slide) => setPresentation({ slide })} onExit={close} />, document.body) : null}
    </>
  )
}
