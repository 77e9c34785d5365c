import { ListChecks, Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { methodAgenda, totalMinutes, type Agenda } from '../../../domain/facilitation'
import { newId } from '../../../domain/ids'
import { agendaFromTemplate } from '../../../persistence/agendaTemplates'
import { appStore } from '../../../store'
import { minutesText } from './stepText'
import { useAgendaTemplates } from './useAgendaTemplates'

/** How long the method's agenda runs, for its description. */
const METHOD_MINUTES = totalMinutes(methodAgenda(() => 'x'))

/** A map without an agenda: what one is for, the method's agenda, and the facilitator's saved ones. */
export function AgendaStart() {
  const { t, i18n } = useTranslation()
  const { templates, remove } = useAgendaTemplates()
  const setAgenda = (agenda: Agenda) => appStore.getState().setAgenda(agenda)

  return (
    <div className="agenda-start">
      <p className="agenda-intro">{t('agenda.empty.intro')}</p>
      <button type="button" className="button button--primary agenda-method" onClick={() => setAgenda(methodAgenda(() => newId()))}>
        <ListChecks size={16} aria-hidden /> {t('agenda.empty.useMethod')}
      </button>
      <p className="agenda-hint">{t('agenda.empty.methodHint', { duration: minutesText(METHOD_MINUTES, i18n.language) })}</p>

      <h3 className="agenda-subtitle" id="agenda-saved-title">
        {t('agenda.empty.savedTitle')}
      </h3>
      {templates.length === 0 ? (
        <p className="agenda-hint">{t('agenda.empty.noSaved')}</p>
      ) : (
        <ul className="agenda-saved" aria-labelledby="agenda-saved-title">
          {templates.map((template) => (
            <li key={template.id} className="agenda-saved-item">
              <div className="agenda-saved-text">
                <span className="agenda-saved-name">{template.name}</span>
                <span className="agenda-hint">
                  {t('agenda.templates.summary', { count: template.agenda.steps.length, duration: minutesText(totalMinutes(template.agenda), i18n.language) })}
                </span>
              </div>
              <button
                type="button"
                className="button button--small"
                aria-label={t('agenda.templates.applyNamed', { name: template.name })}
                onClick={() => setAgenda(agendaFromTemplate(template))}
              >
                {t('agenda.templates.apply')}
              </button>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={t('agenda.templates.deleteNamed', { name: template.name })}
                title={t('agenda.templates.delete')}
                onClick={() => {
                  if (window.confirm(t('agenda.templates.confirmDelete', { name: template.name }))) void remove(template.id)
                }}
              >
                <Trash2 size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
