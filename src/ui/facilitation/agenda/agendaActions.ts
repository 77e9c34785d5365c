import type { TFunction } from 'i18next'
import { removeStep, type Agenda, type AgendaStep } from '../../../domain/facilitation'
import { appStore } from '../../../store'
import { boardArea, lanesViewport } from './focusLanes'
import { stepTitle } from './stepText'

/** Changes the open map's agenda (a no-op change records nothing). */
export function changeAgenda(change: (agenda: Agenda) => Agenda): void {
  const { facilitation, setAgenda } = appStore.getState()
  if (!facilitation.agenda) return
  const next = change(facilitation.agenda)
  if (next !== facilitation.agenda) setAgenda(next)
}

/**
 * Starts a step: its instruction shows over the board, its timer runs, and the board shows the
 * lanes it works on. A map without any of those lanes keeps its view.
 */
export function startStep(stepId: string): void {
  const state = appStore.getState()
  state.startAgendaStep(stepId)
  const step = state.facilitation.agenda?.steps.find((s) => s.id === stepId)
  if (!step) return
  const fit = () => {
    const { doc } = appStore.getState()
    const area = boardArea()
    return doc && area ? lanesViewport(doc, step.laneKinds, area) : null
  }
  const view = fit()
  if (!view) return
  appStore.getState().setViewport(view, true)
  const placed = appStore.getState().viewport
  // Once the banner shows this step its real height is known: fit again below it, unless the
  // person has moved the view in the meantime.
  requestAnimationFrame(() => {
    const { viewport, activeAgendaStepId, setViewport } = appStore.getState()
    const again = activeAgendaStepId === stepId ? fit() : null
    if (again && viewport === placed) setViewport(again, true)
  })
}

/** Takes a step out of the agenda, with a notice whose undo puts it back where it was. */
export function removeStepWithUndo(step: AgendaStep, t: TFunction): void {
  const state = appStore.getState()
  const index = state.facilitation.agenda?.steps.findIndex((s) => s.id === step.id) ?? -1
  if (index < 0) return
  if (state.activeAgendaStepId === step.id) state.endAgendaStep()
  changeAgenda((agenda) => removeStep(agenda, step.id))
  state.notify({
    key: 'agenda.removed',
    values: { title: stepTitle(step, t) },
    tone: 'info',
    undo: () =>
      changeAgenda((agenda) => {
        if (agenda.steps.some((s) => s.id === step.id)) return agenda
        const steps = [...agenda.steps]
        steps.splice(Math.min(index, steps.length), 0, step)
        return { steps }
      }),
  })
}
