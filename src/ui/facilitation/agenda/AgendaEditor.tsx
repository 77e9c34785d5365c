import { Plus, Printer, Save } from 'lucide-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addStep, moveStep, scheduleOf, totalMinutes, type Agenda } from '../../../domain/facilitation'
import { newId } from '../../../domain/ids'
import { appStore, useAppStore } from '../../../store'
import { changeAgenda, removeStepWithUndo } from './agendaActions'
import { AgendaStepItem } from './AgendaStepItem'
import { RunSheet } from './RunSheet'
import { SaveAgendaForm } from './SaveAgendaForm'
import { formatClock, minutesText, startOfSession, stepTitle } from './stepText'
import { useAgendaTemplates } from './useAgendaTemplates'
import { useSessionStart } from './useSessionStart'

/** Where keyboard focus goes after the list changed under it. */
interface FocusRequest {
  readonly stepId: string | null
  readonly control: string
}

/** The map's agenda: its steps in order with their times, each editable, movable and startable. */
export function AgendaEditor({ agenda }: { agenda: Agenda }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const activeId = useAppStore((s) => s.activeAgendaStepId)
  const [start, setStart] = useSessionStart()
  const [editing, setEditing] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [printing, setPrinting] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const pendingFocus = useRef<FocusRequest | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const { save } = useAgendaTemplates()

  const startMs = startOfSession(start)
  const schedule = startMs === null ? null : new Map(scheduleOf(agenda, startMs).map((s) => [s.id, s]))
  const total = totalMinutes(agenda)
  const duration = minutesText(total, language)

  // A moved or removed step takes the focus with it (a moved DOM node loses it), so the keyboard carries on.
  useEffect(() => {
    const focus = pendingFocus.current
    if (!focus) return
    const root = listRef.current?.parentElement
    const item = focus.stepId ? root?.querySelector<HTMLElement>(`[data-step-id="${focus.stepId}"]`) : null
    const control = item?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]`)
    const target = control && !control.disabled ? control : (item ?? root?.querySelector<HTMLElement>('[data-control="addFirst"]'))
    target?.focus()
    pendingFocus.current = null
  })
  const setFocus = (request: FocusRequest) => {
    pendingFocus.current = request
  }
  const stopPrinting = useCallback(() => setPrinting(false), [])

  const move = (stepId: string, by: number, control: string) => {
    const from = agenda.steps.findIndex((s) => s.id === stepId)
    const to = from + by
    if (from < 0 || to < 0 || to >= agenda.steps.length) return
    changeAgenda((a) => moveStep(a, from, to))
    const step = agenda.steps[from]!
    setAnnouncement(t('agenda.moved', { title: stepTitle(step, t), position: to + 1, count: agenda.steps.length }))
    setFocus({ stepId, control })
  }

  const add = (after: string | null) => {
    const id = newId()
    changeAgenda((a) => addStep(a, after, id))
    setEditing(id)
    setFocus({ stepId: id, control: 'title' })
  }

  const remove = (stepId: string) => {
    const index = agenda.steps.findIndex((s) => s.id === stepId)
    const step = agenda.steps[index]
    if (!step) return
    removeStepWithUndo(step, t)
    const next = agenda.steps[index + 1] ?? agenda.steps[index - 1]
    setFocus({ stepId: next?.id ?? null, control: 'item' })
  }

  return (
    <div className="agenda-editor">
      <div className="agenda-head">
        <label className="agenda-start-time">
          <span>{t('agenda.startsAt')}</span>
          <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <p className="agenda-total" data-testid="agenda-total">
          {schedule && startMs !== null ? t('agenda.totalUntil', { duration, end: formatClock(startMs + total * 60_000, language) }) : t('agenda.total', { duration })}
        </p>
      </div>
      <p className="agenda-hint" id="agenda-reorder-hint">
        {t('agenda.reorderHint')}
      </p>
      <ol className="agenda-steps" ref={listRef} aria-label={t('agenda.steps')} aria-describedby="agenda-reorder-hint">
        {agenda.steps.map((step, index) => (
          <AgendaStepItem
            key={step.id}
            step={step}
            index={index}
            count={agenda.steps.length}
            time={schedule?.get(step.id) ?? null}
            running={activeId === step.id}
            editing={editing === step.id}
            onEdit={(on) => setEditing(on ? step.id : null)}
            onMove={(by, control) => move(step.id, by, control)}
            onAddAfter={() => add(step.id)}
            onRemove={() => remove(step.id)}
          />
        ))}
      </ol>
      <div className="agenda-row agenda-foot">
        <button type="button" className="button button--small" data-control="addFirst" onClick={() => add(agenda.steps.at(-1)?.id ?? null)}>
          <Plus size={14} aria-hidden /> {t('agenda.addFirst')}
        </button>
        <button type="button" className="button button--small" aria-expanded={saving} onClick={() => setSaving((v) => !v)}>
          <Save size={14} aria-hidden /> {t('agenda.save.open')}
        </button>
        <button type="button" className="button button--small" onClick={() => setPrinting(true)}>
          <Printer size={14} aria-hidden /> {t('agenda.print')}
        </button>
      </div>
      {saving ? <SaveAgendaForm agenda={agenda} save={save} onClose={() => setSaving(false)} /> : null}
      <button
        type="button"
        className="link-button agenda-discard"
        onClick={() => {
          if (!window.confirm(t('agenda.confirmDiscard'))) return
          const { facilitation, endAgendaStep, setAgenda, notify } = appStore.getState()
          const previous = facilitation.agenda
          endAgendaStep()
          setAgenda(null)
          if (previous) notify({ key: 'agenda.discarded', tone: 'info', undo: () => appStore.getState().setAgenda(previous) })
        }}
      >
        {t('agenda.discard')}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {printing ? <RunSheet agenda={agenda} startMs={startMs} onDone={stopPrinting} /> : null}
    </div>
  )
}
