import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { methodAgenda, NO_FACILITATION, remainingMs } from '../../../src/domain/facilitation'
import { createAppStore } from '../../../src/store'

let n = 0
const ids = () => `step${++n}`

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('running a workshop in the store', () => {
  it('counts the person’s changes for saving, but not opening a map', () => {
    const store = createAppStore()
    store.getState().loadFacilitation({ agenda: methodAgenda(ids), votes: [] })
    expect(store.getState().facilitationRevision).toBe(0)
    store.getState().setAgenda({ steps: [] })
    expect(store.getState().facilitationRevision).toBe(1)
    expect(store.getState().facilitation.agenda).toEqual({ steps: [] })
    // Edits to the agenda never enter the board's undo history.
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('starts an agenda step with its instruction and a timer of its planned minutes', () => {
    const store = createAppStore()
    const agenda = methodAgenda(ids)
    store.getState().loadFacilitation({ agenda, votes: [] })
    const step = agenda.steps[1]!
    store.getState().startAgendaStep(step.id)
    expect(store.getState().activeAgendaStepId).toBe(step.id)
    expect(remainingMs(store.getState().timer, Date.now())).toBe(step.minutes * 60_000)
    vi.advanceTimersByTime(60_000)
    store.getState().pauseTimer()
    vi.advanceTimersByTime(5 * 60_000)
    expect(remainingMs(store.getState().timer, Date.now())).toBe((step.minutes - 1) * 60_000)
    store.getState().addTimerTime(60_000)
    store.getState().resumeTimer()
    expect(remainingMs(store.getState().timer, Date.now())).toBe(step.minutes * 60_000)
    // Opening another map ends the step.
    store.getState().loadFacilitation(NO_FACILITATION)
    expect(store.getState().activeAgendaStepId).toBeNull()
  })

  it('ending a step early stops its countdown, and leaves a timer that ran out showing its end', () => {
    const store = createAppStore()
    const agenda = methodAgenda(ids)
    store.getState().loadFacilitation({ agenda, votes: [] })
    const step = agenda.steps[1]!
    store.getState().startAgendaStep(step.id)
    vi.advanceTimersByTime(30_000)
    store.getState().endAgendaStep()
    expect(store.getState().activeAgendaStepId).toBeNull()
    expect(store.getState().timer).toMatchObject({ status: 'idle', remainingMs: step.minutes * 60_000 })

    store.getState().startAgendaStep(step.id)
    vi.advanceTimersByTime(step.minutes * 60_000 + 1_000)
    store.getState().endAgendaStep()
    expect(store.getState().timer.status).toBe('done')
  })

  it('ignores a step that is not on the agenda', () => {
    const store = createAppStore()
    store.getState().startAgendaStep('missing')
    expect(store.getState().activeAgendaStepId).toBeNull()
    expect(store.getState().timer.status).toBe('idle')
  })
})
