import { Trash2, X } from 'lucide-react'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { cleanParagraph, SENTIMENTS, type Sentiment } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'
import './cardSheet.css'

/** The same limit the outline's card fields use: a card is a sticky note, not a document. */
export const CARD_TEXT_MAX = 5000

interface Props {
  /** Shown as the sheet's title: "New card" or "Edit card". */
  readonly title: string
  /** Where the card is: step and lane, so a person on a small screen knows where it goes. */
  readonly where: string
  readonly text: string
  readonly sentiment: Sentiment
  readonly onSave: (text: string, sentiment: Sentiment) => void
  /** Offered for an existing card of one's own; asks once more before it deletes. */
  readonly onDelete?: () => void
  readonly onClose: () => void
}

/**
 * A bottom sheet for writing one card on a phone: text, sentiment, save. A modal <dialog>, so the
 * keyboard and screen readers stay inside it and the Back gesture (Esc) closes it.
 */
export function CardSheet({ title, where, text: initialText, sentiment: initialSentiment, onSave, onDelete, onClose }: Props) {
  const { t } = useTranslation()
  const ids = { title: useId(), text: useId() }
  const ref = useRef<HTMLDialogElement>(null)
  const textArea = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initialText)
  const [sentiment, setSentiment] = useState(initialSentiment)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const clean = cleanParagraph(text).trim()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal?.()
    // showModal focuses the first button (the close button); the text is what a person came to write.
    textArea.current?.focus()
  }, [])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (clean) onSave(clean, sentiment)
  }

  return (
    <dialog
      ref={ref}
      className="room-sheet"
      aria-labelledby={ids.title}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={submit}>
        <div className="room-sheet-header">
          <div>
            <h2 id={ids.title}>{title}</h2>
            <p className="muted room-sheet-where">{where}</p>
          </div>
          <button type="button" className="icon-button room-touch" aria-label={t('room.cancel')} onClick={onClose}>
            <X size={20} aria-hidden />
          </button>
        </div>
        <label htmlFor={ids.text} className="room-sheet-label">
          {t('room.phone.cardText')}
        </label>
        <textarea id={ids.text} className="room-sheet-text" dir="auto" rows={4} maxLength={CARD_TEXT_MAX} value={text} ref={textArea} onChange={(e) => setText(e.target.value)} />
        <fieldset className="room-sheet-sentiments">
          <legend>{t('board.inspector.sentiment')}</legend>
          {SENTIMENTS.map((s) => {
            const colors = cardColors({ sentiment: s, color: null })
            return (
              <button key={s} type="button" className="room-sentiment room-touch" aria-pressed={sentiment === s} style={{ background: colors.fill, borderColor: sentiment === s ? colors.edge : 'transparent' }} onClick={() => setSentiment(s)}>
                {t(`board.cards.sentiments.${s}`)}
              </button>
            )
          })}
        </fieldset>
        {confirmDelete ? (
          <div className="room-sheet-actions room-sheet-confirm" role="alert">
            <p>{t('room.phone.deleteQuestion')}</p>
            <button type="button" className="button room-touch" onClick={() => setConfirmDelete(false)}>
              {t('room.phone.keep')}
            </button>
            <button type="button" className="button button--primary button--danger-fill room-touch" onClick={onDelete}>
              {t('room.phone.deleteConfirm')}
            </button>
          </div>
        ) : (
          <div className="room-sheet-actions">
            {onDelete && (
              <button type="button" className="button button--danger room-touch room-sheet-delete" onClick={() => setConfirmDelete(true)}>
                <Trash2 size={18} aria-hidden />
                {t('room.phone.delete')}
              </button>
            )}
            <button type="submit" className="button button--primary room-touch" disabled={!clean}>
              {t('room.phone.save')}
            </button>
          </div>
        )}
      </form>
    </dialog>
  )
}
