import { Dialog } from '../Dialog'

interface Props {
  readonly open: boolean
  readonly title: string
  readonly message: string
  readonly confirmLabel: string
  readonly cancelLabel: string
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** A question before a step that cannot be taken back (removing someone, a new code, closing the room). */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className="button button--primary button--danger-fill" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="room-confirm-message">{message}</p>
    </Dialog>
  )
}
