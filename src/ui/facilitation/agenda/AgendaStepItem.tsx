import { ArrowDown, ArrowUp, Pencil, Play, Plus, Square, Trash2 } from 'lucide-react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaStep, ScheduledStep } from '../../../domain/facilitation'
import { appStore } from '../../../store'
import { startStep } from './agendaActions'
import { StepEditor } from './StepEditor'
import { formatClock, minutesText, stepTitle } from './stepText'
import { useMapLaneKinds } from './useMapLaneKinds'

interface Props {
  readonly step: AgendaStep
  readonly index: number
  readonly count: number
  /** Planned clock times, when the session's start is set. */
  readonly time: ScheduledStep | null
  readonly running: boolean
  readonly editing: boolean
  onEdit(on: boolean): void
  /** Moves the step by one place; `control` is the button to keep focused. */
  onMove(by: -1 | 1, control: string): void
  onAddAfter(): void
  onRemove(): void
}

/** One step of the agenda: what it is, when, for how long and on which lanes, and what can be done with it. */
export function AgendaStepItem({ step, index, count, time, running, editing, onEdit, onMove, onAddAfter, onRemove }: Props) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const onMap = useMapLaneKinds()
  const title = stepTitle(step, t)
  const titleId = `agenda-step-title-${step.id}`

  // Alt+Up and Alt+Down move the step from anywhere inside it (but not while typing in its fields).
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return
    e.preventDefault()
    const by = e.key === 'ArrowUp' ? -1 : 1
    onMove(by, e.target instanceof HTMLElement ? (e.target.dataset.control ?? 'item') : 'item')
  }

  return (
    <li
      className={`agenda-step${running ? ' agenda-step--running' : ''}`}
      data-step-id={step.id}
      data-control="item"
      tabIndex={-1}
      aria-current={running ? 'step' : undefined}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="agenda-step-head">
        <span className="agenda-step-number" aria-hidden>
          {(index + 1).toLocaleString(language)}
        </span>
        <div className="agenda-step-text">
          <h4 className="agenda-step-title" id={titleId}>
            {title}
          </h4>
          <p className="agenda-step-meta">
            {time ? (
              <span className="agenda-step-time" data-testid="agenda-step-time">
                {t('agenda.timeRange', { start: formatClock(time.startMs, language), end: formatClock(time.endMs, language) })}
              </span>
            ) : null}
            <span className="agenda-step-minutes">{minutesText(step.minutes, language)}</span>
            {running ? <span className="agenda-step-running">{t('agenda.running')}</span> : null}
          </p>
          <ul className="agenda-step-lanes" aria-label={t('agenda.fields.lanes')}>
            {step.laneKinds.length === 0 ? <li className="agenda-lane agenda-lane--none">{t('agenda.lanesNone')}</li> : null}
            {step.laneKinds.map((kind) => (
              <li key={kind} className={`agenda-lane${onMap.includes(kind) ? '' : ' agenda-lane--absent'}`} title={onMap.includes(kind) ? undefined : t('agenda.notOnMap')}>
                {t(`laneKinds.${kind}`)}
                {onMap.includes(kind) ? null : <span className="visually-hidden">{` (${t('agenda.notOnMap')})`}</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>

      <div className="agenda-step-actions">
        {running ? (
          <button type="button" className="button button--small button--primary" data-control="end" onClick={() => appStore.getState().endAgendaStep()}>
            <Square size={14} aria-hidden /> {t('agenda.end')}
          </button>
        ) : (
          <button type="button" className="button button--small" data-control="start" aria-label={t('agenda.startNamed', { title })} onClick={() => startStep(step.id)}>
            <Play size={14} aria-hidden /> {t('agenda.start')}
          </button>
        )}
        <span className="agenda-step-tools">
          <button type="button" className="icon-button icon-button--small" data-control="edit" aria-expanded={editing} aria-label={t('agenda.editNamed', { title })} title={t('agenda.edit')} onClick={() => onEdit(!editing)}>
            <Pencil size={14} aria-hidden />
          </button>
          <button type="button" className="icon-button icon-button--small" data-control="up" disabled={index === 0} aria-label={t('agenda.moveUpNamed', { title })} title={t('agenda.moveUp')} onClick={() => onMove(-1, 'up')}>
            <ArrowUp size={14} aria-hidden />
          </button>
          <button type="button" className="icon-button icon-button--small" data-control="down" disabled={index === count - 1} aria-label={t('agenda.moveDownNamed', { title })} title={t('agenda.moveDown')} onClick={() => onMove(1, 'down')}>
            <ArrowDown size={14} aria-hidden />
          </button>
          <button type="button" className="icon-button icon-button--small" data-control="add" aria-label={t('agenda.addAfterNamed', { title })} title={t('agenda.addAfter')} onClick={onAddAfter}>
            <Plus size={14} aria-hidden />
          </button>
          <button type="button" className="icon-button icon-button--small" data-control="remove" aria-label={t('agenda.removeNamed', { title })} title={t('agenda.remove')} onClick={onRemove}>
            <Trash2 size={14} aria-hidden />
          </button>
        </span>
      </div>

      {editing ? <StepEditor step={step} onDone={() => onEdit(false)} /> : null}
    </li>
  )
}
