import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '../domain'
import { DayField } from './DayField'
import { Dialog } from './Dialog'

export type WorkshopFields = Pick<Workshop, 'title' | 'date' | 'facilitator' | 'notes'>

interface Props {
  /** The workshop being edited, or null to create one. */
  initial: WorkshopFields | null
  onSubmit: (fields: WorkshopFields) => void
  onClose: () => void
}

export function WorkshopDialog({ initial, onSubmit, onClose }: Props) {
  const { t } = useTranslation()
  const [fields, setFields] = useState<WorkshopFields>(initial ?? { title: '', date: new Date().toISOString().slice(0, 10), facilitator: '', notes: '' })
  const [showError, setShowError] = useState(false)
  const set = (key: keyof WorkshopFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const title = fields.title.trim()
    if (!title) {
      setShowError(true)
      return
    }
    onSubmit({ ...fields, title, facilitator: fields.facilitator.trim() })
  }

  return (
    <Dialog open title={t(initial ? 'workshopForm.editTitle' : 'workshopForm.createTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('workshopForm.title')}</span>
          <input
            autoFocus
            value={fields.title}
            onChange={set('title')}
            maxLength={200}
            aria-invalid={showError && !fields.title.trim()}
            aria-describedby={showError ? 'workshop-title-error' : undefined}
          />
          {showError && !fields.title.trim() ? (
            <span id="workshop-title-error" className="field-error">
              {t('workshopForm.titleRequired')}
            </span>
          ) : null}
        </label>
        <div className="field-row">
          <DayField label={t('workshopForm.date')} value={fields.date} onChange={(date) => setFields((f) => ({ ...f, date }))} />
          <label className="field">
            <span>{t('workshopForm.facilitator')}</span>
            <input value={fields.facilitator} onChange={set('facilitator')} maxLength={200} />
          </label>
        </div>
        <label className="field">
          <span>{t('workshopForm.notes')}</span>
          <textarea value={fields.notes} onChange={set('notes')} rows={4} maxLength={10000} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('workshopForm.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t(initial ? 'workshopForm.save' : 'workshopForm.create')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
