import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../../store'
import { AgendaEditor } from './AgendaEditor'
import { AgendaStart } from './AgendaStart'
import './agenda.css'

/** The facilitation side's agenda tab: start one from the method or a saved agenda, then run it step by step. */
export function AgendaPanel() {
  const { t } = useTranslation()
  const agenda = useAppStore((s) => s.facilitation.agenda)
  return (
    <section className="agenda-panel" aria-label={t('agenda.title')} data-testid="agenda-panel">
      {agenda ? <AgendaEditor agenda={agenda} /> : <AgendaStart />}
    </section>
  )
}
