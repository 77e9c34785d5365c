import * as Y from 'yjs'
import { idleTimer, MAX_TIMER_MS, validateAgenda, type AgendaStep, type TimerState } from '../domain/facilitation'
import type { AppState, AppStore } from '../store'
import { jsonEqual, plainRecord } from './json'
import { ROOM_DOC } from './types'

/** Transactions of the session: never in anyone's undo (that tracks the binding's own origin only). */
export const SESSION_ORIGIN = Symbol('room session')

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const duration = (v: unknown): number | null => (finite(v) && v >= 0 && v <= MAX_TIMER_MS ? v : null)

/** A timer from the shared document, whatever a client wrote there; null when it is not one. */
export function readTimer(value: unknown): TimerState | null {
  const raw = plainRecord(value)
  if (!raw) return null
  const durationMs = duration(raw.durationMs)
  if (durationMs === null) return null
  switch (raw.status) {
    case 'idle':
    case 'paused': {
      const remainingMs = duration(raw.remainingMs)
      return remainingMs === null ? null : { status: raw.status, durationMs, remainingMs }
    }
    case 'running':
      return finite(raw.endsAtHostMs) ? { status: 'running', durationMs, endsAtHostMs: raw.endsAtHostMs } : null
    case 'done':
      return { status: 'done', durationMs }
    default:
      return null
  }
}

/** The running agenda step from the shared document, checked like an agenda read from a file. */
export function readStep(value: unknown): AgendaStep | null {
  return plainRecord(value) ? (validateAgenda({ steps: [value] }).steps[0] ?? null) : null
}

/** The presenter's slide from the shared document; null when nobody presents (or it is not one). */
export function readPresentation(value: unknown): { readonly slide: number } | null {
  const raw = plainRecord(value)
  return raw && Number.isInteger(raw.slide) && (raw.slide as number) >= 0 && (raw.slide as number) <= 100_000 ? { slide: raw.slide as number } : null
}

/** A host-clock timer on a device whose clock is `offsetMs` behind the host's (host minus device). */
function onDevice(timer: TimerState, offsetMs: number): TimerState {
  return timer.status === 'running' ? { ...timer, endsAtHostMs: timer.endsAtHostMs - offsetMs } : timer
}

function activeStep(s: AppState): AgendaStep | null {
  return (s.activeAgendaStepId && s.facilitation.agenda?.steps.find((step) => step.id === s.activeAgendaStepId)) || null
}

export type SessionRole = { readonly role: 'host' } | { readonly role: 'participant'; readonly offsetMs: () => number | null }

export interface SessionBinding {
  /** A participant measured its clock again: the timer is shown against the new offset. */
  refresh(): void
  dispose(): void
}

/**
 * The facilitator's timer, running agenda step and presentation slide, shared through the room. The facilitator's
 * window writes them (its clock is the host's: the host runs on the same machine); everyone
 * else shows them, with the timer moved onto their own clock, so it ends at the same second on
 * every screen. Participants never write the session.
 */
export function bindSession(store: AppStore, ydoc: Y.Doc, options: SessionRole): SessionBinding {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)

  if (options.role === 'host') {
    const write = (s: AppState) => {
      const next: Record<string, unknown> = { timer: s.timer, step: activeStep(s), present: s.presentation }
      const changed = Object.entries(next).filter(([key, value]) => !jsonEqual(session.get(key) ?? null, value))
      if (changed.length === 0) return
      ydoc.transact(() => {
        for (const [key, value] of changed) session.set(key, value)
      }, SESSION_ORIGIN)
    }
    write(store.getState())
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.timer !== prev.timer || s.activeAgendaStepId !== prev.activeAgendaStepId || s.facilitation.agenda !== prev.facilitation.agenda || s.presentation !== prev.presentation) write(s)
    })
    return { refresh: () => write(store.getState()), dispose: unsubscribe }
  }

  const show = () => {
    const timer = readTimer(session.get('timer'))
    const step = readStep(session.get('step'))
    store.setState({
      timer: timer ? onDevice(timer, options.offsetMs() ?? 0) : idleTimer(),
      // A participant holds only the step being run: the facilitator's agenda stays with them.
      facilitation: { agenda: step ? { steps: [step] } : null, votes: [] },
      activeAgendaStepId: step?.id ?? null,
      // The presenter's slide: everyone's screen follows it ("bring everyone to me").
      presentation: readPresentation(session.get('present')),
    })
  }
  show()
  session.observe(show)
  return { refresh: show, dispose: () => session.unobserve(show) }
}
