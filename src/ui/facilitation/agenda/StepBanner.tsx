import { Square } from 'lucide-react'
import { useLayoutEffect, useRef } from 'react'
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
  const ref = useRef<HTMLElement>(null)
  const shown = step !== null
  // The board's timer sits below the banner rather than over its end (and its End step button):
  // the banner's height goes to the board area as --step-banner-height for timer.css.
  useLayoutEffect(() => {
    const banner = ref.current
    const area = banner?.parentElement
    if (!shown || !banner || !area) return
    const measure = () => area.style.setProperty('--step-banner-height', `${banner.offsetHeight}px`)
    measure()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    observer?.observe(banner)
    return () => {
      observer?.disconnect()
      area.style.removeProperty('--step-banner-height')
    }
  }, [shown])
  if (!step) return null
  return (
    <section ref={ref} className="step-banner" aria-label={t('agenda.banner.label')} data-testid="step-banner">
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
