import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Direction, StepId } from '../../domain'
import type { StepEntry } from './phoneModel'

interface Props {
  readonly steps: readonly StepEntry[]
  readonly current: StepEntry
  /** The map's direction: a right-to-left map runs its stages and steps from the right. */
  readonly direction: Direction
  readonly onChoose: (stepId: StepId) => void
}

/**
 * Where on the journey a phone is: a strip of stages, the chosen step between previous and next
 * buttons, and the steps of its stage. Buttons rather than swipes, which fight the page's own
 * scrolling and are invisible to people who do not know they exist. The strip, the buttons and the
 * list follow the map's direction; the words follow the interface's.
 */
export function StepPicker({ steps, current, direction, onChoose }: Props) {
  const { t, i18n } = useTranslation()
  const strip = useRef<HTMLUListElement>(null)
  const stages = steps.filter((e, i) => i === 0 || steps[i - 1]?.stage.id !== e.stage.id)
  const ofStage = steps.filter((e) => e.stage.id === current.stage.id)
  const previous = steps[current.index - 1]
  const next = steps[current.index + 1]
  const stepTitle = (e: StepEntry) => e.step.title || t('board.untitledStep')
  // Chosen by map direction, not by a CSS flip: a left-to-right map in the Persian interface still points its arrows left to right.
  const Back = direction === 'rtl' ? ChevronRight : ChevronLeft
  const Forward = direction === 'rtl' ? ChevronLeft : ChevronRight

  useEffect(() => {
    // Next/previous can cross into a stage scrolled out of the strip: bring it into view.
    strip.current?.querySelector('[aria-pressed="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }, [current.stage.id])

  return (
    <div className="room-picker">
      <nav aria-label={t('room.phone.stages')}>
        <ul ref={strip} className="room-stage-strip" dir={direction}>
          {stages.map((e) => (
            <li key={e.stage.id}>
              <button type="button" className="room-stage room-touch" style={{ borderColor: e.stage.color, background: e.stage.id === current.stage.id ? e.stage.color : undefined }} aria-pressed={e.stage.id === current.stage.id} onClick={() => onChoose(e.step.id)}>
                <span dir="auto">{e.stage.title || t('board.untitledStage')}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <div className="room-step-nav" dir={direction}>
        <button type="button" className="icon-button room-touch" aria-label={t('room.phone.previousStep')} title={t('room.phone.previousStep')} disabled={!previous} onClick={() => previous && onChoose(previous.step.id)}>
          <Back size={24} aria-hidden />
        </button>
        <div className="room-step-current" dir={i18n.dir()}>
          <span className="muted">{t('room.phone.stepOf', { n: current.index + 1, total: steps.length })}</span>
          <h2 dir="auto">{stepTitle(current)}</h2>
        </div>
        <button type="button" className="icon-button room-touch" aria-label={t('room.phone.nextStep')} title={t('room.phone.nextStep')} disabled={!next} onClick={() => next && onChoose(next.step.id)}>
          <Forward size={24} aria-hidden />
        </button>
      </div>

      <nav aria-label={t('room.phone.steps')}>
        <ul className="room-step-list" dir={direction}>
          {ofStage.map((e) => (
            <li key={e.step.id}>
              <button type="button" className="room-step room-touch" aria-current={e.step.id === current.step.id ? 'step' : undefined} onClick={() => onChoose(e.step.id)}>
                <span dir="auto">{stepTitle(e)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
