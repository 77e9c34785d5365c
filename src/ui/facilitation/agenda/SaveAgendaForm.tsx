import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agenda } from '../../../domain/facilitation'
import { appStore } from '../../../store'

/** Names the agenda and keeps it among the facilitator's own, for the next workshop. */
export function SaveAgendaForm({ agenda, save, onClose }: { agenda: Agenda; save: (name: string, agenda: Agenda) => Promise<boolean>; onClose: () => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [error, setError] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setError(true)
      return
    }
    if (await save(trimmed, agenda)) {
      appStore.getState().notify({ key: 'agenda.save.saved', values: { name: trimmed }, tone: 'info' })
      onClose()
    }
  }

  return (
    <form className="agenda-save" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <label className="field">
        <span>{t('agenda.save.name')}</span>
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value)
            setError(false)
          }}
          maxLength={200}
          aria-invalid={error}
          aria-describedby={error ? 'agenda-save-error' : undefined}
          autoFocus
        />
      </label>
      {error ? (
        <p className="field-error" id="agenda-save-error" role="alert">
          {t('agenda.save.nameRequired')}
        </p>
      ) : null}
      <div className="agenda-row">
        <button type="submit" className="button button--primary button--small">
          {t('agenda.save.submit')}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('agenda.save.cancel')}
        </button>
      </div>
    </form>
  )
}
