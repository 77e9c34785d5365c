import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { scheduleOf, totalMinutes, type Agenda } from '../../../domain/facilitation'
import { useAppStore } from '../../../store'
import { formatClock, minutesText, stepInstruction, stepTitle } from './stepText'

/**
 * The facilitator's run sheet: every step with its times, lanes and instruction, laid out for
 * paper. Shown to the printer only (the print stylesheet hides the app); gone once printing ends.
 */
/** `onDone` must keep its identity (useCallback): a new one would print again. */
export function RunSheet({ agenda, startMs, onDone }: { agenda: Agenda; startMs: number | null; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const mapTitle = useAppStore((s) => s.doc?.map.title ?? '')
  const schedule = startMs === null ? null : new Map(scheduleOf(agenda, startMs).map((s) => [s.id, s]))

  useEffect(() => {
    const done = () => onDone()
    window.addEventListener('afterprint', done)
    // Printing after this render, so the sheet is in the page the printer gets.
    const timer = setTimeout(() => {
      if (typeof window.print === 'function') window.print()
      else done()
    }, 50)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('afterprint', done)
    }
  }, [onDone])

  return createPortal(
    <article className="run-sheet" dir={i18n.dir(language)} lang={language}>
      <h1>{mapTitle ? t('agenda.runSheetFor', { title: mapTitle }) : t('agenda.runSheet')}</h1>
      <p>{t('agenda.total', { duration: minutesText(totalMinutes(agenda), language) })}</p>
      <ol>
        {agenda.steps.map((step) => {
          const time = schedule?.get(step.id)
          return (
            <li key={step.id}>
              <h2>{stepTitle(step, t)}</h2>
              {/* Pieces side by side, not joined with a dot: in Persian a dot reads as the digit zero. */}
              <p className="run-sheet-meta">
                {time ? <span>{t('agenda.timeRange', { start: formatClock(time.startMs, language), end: formatClock(time.endMs, language) })}</span> : null}
                <span>{minutesText(step.minutes, language)}</span>
                {step.laneKinds.length > 0 ? <span>{new Intl.ListFormat(language, { type: 'unit' }).format(step.laneKinds.map((k) => t(`laneKinds.${k}`)))}</span> : null}
              </p>
              <p>{stepInstruction(step, t)}</p>
            </li>
          )
        })}
      </ol>
    </article>,
    document.body,
  )
}
