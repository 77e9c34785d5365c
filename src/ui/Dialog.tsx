import { useEffect, useRef, type ReactNode } from 'react'
import { OneLine } from './OneLine'

interface DialogProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** The footer buttons. */
  actions?: ReactNode
}

/** A modal built on <dialog>: focus is trapped and Esc closes it, the way the platform does it. */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal?.()
      // showModal focuses the first button and scrolls it into view: in a long dialog that is the
      // footer, and the title would open hidden. Start at the top, as a page does.
      dialog.scrollTop = 0
    }
    if (!open && dialog.open) dialog.close()
  }, [open])
  if (!open) return null
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id="dialog-title" className="dialog-title">
        <OneLine text={title} />
      </h2>
      <div className="dialog-body">{children}</div>
      {actions ? <div className="dialog-actions">{actions}</div> : null}
    </dialog>
  )
}
