import { nanoid } from 'nanoid'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { templateFromDoc } from '../../domain/templates'
import { appStore } from '../../store'
import { Dialog } from '../Dialog'
import { FormActions } from './FormActions'
import { useSavedTemplates } from './useSavedTemplates'

/** Saves the open map's stages, steps and lanes (and, if chosen, its cards) as a template for any workshop. */
export function SaveTemplateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { save } = useSavedTemplates()
  const [name, setName] = useState(() => appStore.getState().doc?.map.title ?? '')
  const [description, setDescription] = useState('')
  const [includeCards, setIncludeCards] = useState(true)
  const [error, setError] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const doc = appStore.getState().doc
    const trimmed = name.trim()
    if (!trimmed) {
      setError(true)
      return
    }
    if (!doc) return
    await save(templateFromDoc(doc, { id: nanoid(), name: trimmed, description: description.trim(), includeCards }))
    appStore.getState().patchWorkspace({ notice: { id: Date.now(), key: 'templates.savedNotice', values: { name: trimmed }, tone: 'info' } })
    onClose()
  }

  return (
    <Dialog
      open
      title={t('templates.saveTitle')}
      onClose={onClose}
      actions={<FormActions form="save-template-form" submitLabel={t('templates.saveButton')} onCancel={onClose} />}
    >
      <form id="save-template-form" className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('templates.saveName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} aria-invalid={error} autoFocus />
        </label>
        {error ? (
          <p className="field-error" role="alert">
            {t('templates.nameRequired')}
          </p>
        ) : null}
        <label className="field">
          <span>{t('templates.saveDescription')}</span>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={1000} />
        </label>
        <label>
          <input type="checkbox" checked={includeCards} onChange={(e) => setIncludeCards(e.target.checked)} /> {t('templates.includeCards')}
        </label>
      </form>
    </Dialog>
  )
}
