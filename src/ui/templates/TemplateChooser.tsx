import { Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BUILT_IN_TEMPLATES, type JourneyTemplate } from '../../domain/templates'
import { useAppStore } from '../../store'
import { Dialog } from '../Dialog'
import { useWorkspace } from '../WorkspaceContext'
import { FormActions } from './FormActions'
import { TemplatePreview } from './TemplatePreview'
import { useSavedTemplates } from './useSavedTemplates'
import '../people/people.css'
import './templates.css'
import { OneLine } from '../OneLine'

/**
 * "New map": choose a template (the stage models of the sources, a day in the life, a blank grid,
 * or one of the facilitator's own) and a title. The first template has the focus, so Ctrl+N then
 * Enter still makes a map at once.
 */
export function TemplateChooser({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const mapCount = useAppStore((s) => s.maps.length)
  const { saved, remove } = useSavedTemplates()
  const [chosen, setChosen] = useState<string>(BUILT_IN_TEMPLATES[0]!.id)
  const [title, setTitle] = useState(() => t('maps.newTitle', { n: mapCount + 1 }))
  const all = [...BUILT_IN_TEMPLATES, ...saved]
  const template = all.find((tpl) => tpl.id === chosen) ?? BUILT_IN_TEMPLATES[0]!
  const text = (tpl: JourneyTemplate, value: string) => (tpl.builtIn ? t(value) : value)

  const submit = (e?: FormEvent) => {
    e?.preventDefault()
    const name = title.trim() || t('maps.newTitle', { n: mapCount + 1 })
    onClose()
    void workspace.createMapFromTemplate(template, name, (key) => t(key))
  }

  const option = (tpl: JourneyTemplate, autoFocus: boolean) => (
    <li key={tpl.id} className={`template-option${chosen === tpl.id ? ' template-option--chosen' : ''}`}>
      <label>
        <input type="radio" name="template" value={tpl.id} checked={chosen === tpl.id} onChange={() => setChosen(tpl.id)} autoFocus={autoFocus} />
        <TemplatePreview template={tpl} />
        <OneLine text={text(tpl, tpl.name)} className="template-option-name" />
        <span className="muted">{tpl.description ? text(tpl, tpl.description) : t('templates.stageCount', { count: tpl.stages.length })}</span>
      </label>
      {tpl.builtIn ? null : (
        <button type="button" className="icon-button icon-button--small" onClick={() => void remove(tpl.id)} aria-label={t('templates.deleteSaved', { name: tpl.name })} title={t('templates.deleteSaved', { name: tpl.name })}>
          <Trash2 size={14} aria-hidden />
        </button>
      )}
    </li>
  )

  return (
    <Dialog
      open
      title={t('templates.chooserTitle')}
      onClose={onClose}
      actions={<FormActions form="template-chooser-form" submitLabel={t('templates.create')} onCancel={onClose} />}
    >
      <form id="template-chooser-form" className="form template-chooser" onSubmit={submit}>
        <p className="muted">{t('templates.chooserIntro')}</p>
        <fieldset>
          <legend>{t('templates.builtIn')}</legend>
          <ul className="template-options">{BUILT_IN_TEMPLATES.map((tpl, i) => option(tpl, i === 0))}</ul>
        </fieldset>
        {saved.length > 0 ? (
          <fieldset>
            <legend>{t('templates.saved')}</legend>
            <ul className="template-options">{saved.map((tpl) => option(tpl, false))}</ul>
          </fieldset>
        ) : null}
        <label className="field">
          <span>{t('templates.titleLabel')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </label>
      </form>
    </Dialog>
  )
}
