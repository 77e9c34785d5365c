import { Square } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../../store'
import { stepInstruction, stepTitle } from './stepText'
import './agenda.css'

/**
 * While an agenda step runs: its title and instruction across the top of the board, large enough
 * to read from the back of a projected room, with the way to end it. Inside the board area, so the
 * board's bar above stays uncovered. In a room every participant sees it too; only the facilitator ends it.
 */
export function StepBanner({ canEnd = true }: { canEnd?: boolean }) {
  const { t } = useTranslation()
  const step = useAppStore((s) => (s.activeAgendaStepId ? (s.facilitation.agenda?.steps.find((x) => x.id === s.activeAgendaStepId) ?? null) : null))
  const endStep = useAppStore((s) => s.endAgendaStep)
  if (!step) return null
  return (
    <section className="step-banner" aria-label={t('agenda.banner.label')} data-testid="step-banner">
      <div className="step-banner-text" aria-live="polite">
        <h2 className="step-banner-title">{stepTitle(step, t)}</h2>
        <p className="step-banner-instruction">{stepInstruction(step, t)}</p>
      </div>
      {canEnd ? (
        <button type="button" className="button step-banner-end" onClick={endStep}>
          <Square size={16} aria-hidden /> {t('agenda.end')}
        </button>
      ) : null}
    </section>
  )
}
