import type * as Y from 'yjs'
import { NO_CONTROL, validateControl, type TimerState } from '../domain/facilitation'
import type { AppStore } from '../store'
import { jsonEqual } from './json'
import { readTimer, SESSION_ORIGIN, type SessionBinding, type SessionRole } from './session'
import { ROOM_DOC, SESSION_KEYS } from './types'

/** A device-clock timer on the host's clock: the way back of session.ts onDevice. */
function onHost(timer: TimerState, offsetMs: number): TimerState {
  return timer.status === 'running' ? { ...timer, endsAtHostMs: timer.endsAtHostMs + offsetMs } : timer
}

/**
 * The facilitator's control in a room (issue 12). The facilitator's window publishes its locks in
 * the session (the host's guard reads them there); a participant's page holds them as
 * `roomControl`, so its commands that touch something locked are refused, and its board shows the
 * locks. When the facilitator lets participants run the timer, a participant's timer changes go
 * into the session on the host's clock, and the facilitator's window shows them (its own changes
 * go out through bindSession as ever). Whatever a participant writes otherwise the host puts back.
 */
export function bindControl(store: AppStore, ydoc: Y.Doc, options: SessionRole): SessionBinding {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const write = (key: string, value: unknown) => {
    if (!jsonEqual(session.get(key) ?? null, value)) ydoc.transact(() => session.set(key, value), SESSION_ORIGIN)
  }

  if (options.role === 'host') {
    const publish = () => write(SESSION_KEYS.control, store.getState().facilitation.control ?? NO_CONTROL)
    // A participant's timer (when allowed; the guard reverts any other) becomes the facilitator's too.
    const follow = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.local || !event.keysChanged.has(SESSION_KEYS.timer)) return
      if (!(store.getState().facilitation.control ?? NO_CONTROL).participantsRunTimer) return
      const timer = readTimer(session.get(SESSION_KEYS.timer))
      if (timer && !jsonEqual(timer, store.getState().timer)) store.setState({ timer })
    }
    publish()
    session.observe(follow)
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.facilitation.control !== prev.facilitation.control) publish()
    })
    return {
      refresh: publish,
      dispose: () => {
        unsubscribe()
        session.unobserve(follow)
      },
    }
  }

  const { offsetMs } = options
  const show = () => {
    const control = validateControl(session.get(SESSION_KEYS.control))
    if (!jsonEqual(control, store.getState().roomControl)) store.setState({ roomControl: control })
  }
  show()
  session.observe(show)
  // The participant's own timer changes (start, pause, +1 min): the session's timer is shown on
  // this device's clock (bindSession), so one equal to it is no change and writes nothing.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.timer === prev.timer || !s.roomControl?.participantsRunTimer || s.viewOnly) return
    write(SESSION_KEYS.timer, onHost(s.timer, offsetMs() ?? 0))
  })
  return {
    refresh: show,
    dispose: () => {
      unsubscribe()
      session.unobserve(show)
      store.setState({ roomControl: null })
    },
  }
}
