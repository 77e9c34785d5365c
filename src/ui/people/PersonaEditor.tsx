import { ArrowLeft, Upload, X } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CHANNELS, DEVICES, PERSONA_COLORS, type Channel, type Device, type Persona, type PersonaPatch } from '../../domain'
import { useAppStore } from '../../store'
import { CommitInput } from '../CommitInput'
import { Avatar } from './Avatar'
import { CommitText, linesToList } from './CommitText'
import { PHOTO_ACCEPT, readPhoto } from './photo'

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item)
}

/** Every field of one persona; each field commits as one undoable command when it is left. */
export function PersonaEditor({ persona, onBack }: { persona: Persona; onBack: () => void }) {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const id = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [photoError, setPhotoError] = useState(false)
  const update = (patch: PersonaPatch) => dispatch({ type: 'updatePersona', personaId: persona.id, patch })

  const choosePhoto = async (file: File | undefined) => {
    if (!file) return
    try {
      update({ photo: await readPhoto(file) })
      setPhotoError(false)
    } catch {
      setPhotoError(true)
    }
  }

  const text = (field: 'role' | 'quote' | 'ageRange' | 'demographics') => (
    <label className="field">
      <span>{t(`people.fields.${field}`)}</span>
      <CommitInput value={persona[field]} maxLength={500} onCommit={(value) => update({ [field]: value })} />
    </label>
  )
  const longText = (field: 'timeSpent' | 'description') => (
    <label className="field">
      <span>{t(`people.fields.${field}`)}</span>
      <CommitText value={persona[field]} rows={3} maxLength={5000} onCommit={(value) => update({ [field]: value })} />
    </label>
  )
  const list = (field: 'goals' | 'frustrations') => (
    <label className="field">
      <span>
        {t(`people.fields.${field}`)} <span className="muted">({t('people.fields.listHint')})</span>
      </span>
      <CommitText value={persona[field].join('\n')} rows={3} onCommit={(value) => update({ [field]: linesToList(value) })} />
    </label>
  )

  return (
    <section className="persona-editor" aria-labelledby={`${id}-title`}>
      <div className="people-section-header">
        <button type="button" className="icon-button icon-button--small" onClick={onBack} aria-label={t('people.back')} title={t('people.back')}>
          <ArrowLeft size={16} aria-hidden className="flip-rtl" />
        </button>
        <h3 id={`${id}-title`}>{persona.name || t('people.unnamed')}</h3>
      </div>

      <label className="field">
        <span>{t('people.fields.name')}</span>
        <CommitInput value={persona.name} required maxLength={200} onCommit={(name) => update({ name })} />
      </label>

      <fieldset className="persona-photo">
        <legend>{t('people.fields.photo')}</legend>
        <Avatar persona={persona} size={64} />
        <div className="persona-photo-actions">
          <input ref={fileInput} type="file" accept={PHOTO_ACCEPT} className="visually-hidden" aria-label={t('people.fields.choosePhoto')} onChange={(e) => void choosePhoto(e.target.files?.[0]).then(() => (e.target.value = ''))} />
          <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
            <Upload size={14} aria-hidden /> {t('people.fields.choosePhoto')}
          </button>
          {persona.photo ? (
            <button type="button" className="button button--small" onClick={() => update({ photo: null })}>
              <X size={14} aria-hidden /> {t('people.fields.removePhoto')}
            </button>
          ) : null}
          {photoError ? (
            <p className="field-error" role="alert">
              {t('people.fields.photoFailed')}
            </p>
          ) : null}
        </div>
        <div className="persona-colors" role="radiogroup" aria-label={t('people.fields.color')}>
          {PERSONA_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={persona.color === color}
              aria-label={color}
              className="persona-color"
              style={{ background: color }}
              onClick={() => update({ color })}
            />
          ))}
        </div>
      </fieldset>

      {text('role')}
      {text('quote')}
      <div className="field-row">
        {text('ageRange')}
        {text('demographics')}
      </div>
      {list('goals')}
      {list('frustrations')}

      <fieldset className="checkbox-grid">
        <legend>{t('people.fields.channels')}</legend>
        {CHANNELS.map((channel: Channel) => (
          <label key={channel}>
            <input type="checkbox" checked={persona.channels.includes(channel)} onChange={(e) => update({ channels: toggled(persona.channels, channel, e.target.checked) })} />
            {t(`board.cards.channels.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkbox-grid">
        <legend>{t('people.fields.devices')}</legend>
        {DEVICES.map((device: Device) => (
          <label key={device}>
            <input type="checkbox" checked={persona.devices.includes(device)} onChange={(e) => update({ devices: toggled(persona.devices, device, e.target.checked) })} />
            {t(`board.cards.devices.${device}`)}
          </label>
        ))}
      </fieldset>
      {longText('timeSpent')}
      {longText('description')}
    </section>
  )
}
