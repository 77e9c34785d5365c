import { useSyncExternalStore } from 'react'
import { isFinished, remainingMs } from '../../../domain/facilitation'
import { appStore } from '../../../store'

/**
 * The one clock every timer component reads. It ticks only while the timer runs and something
 * shows it, and then once per shown second (when "mm:ss" changes), so an idle app does no work and
 * a running one re-renders once a second, however many components show the time. When the time is
 * up it asks the store to write 'done', once.
 */
let now = Date.now()
const listeners = new Set<() => void>()
let timeout: ReturnType<typeof setTimeout> | null = null
let unsubscribeStore: (() => void) | null = null

function emit(): void {
  now = Date.now()
  for (const listener of listeners) listener()
}

/** Until the shown second changes: "mm:ss" rounds up, so 4 200 ms left shows 00:05 until 4 000. */
export function msToNextSecond(rest: number): number {
  return rest <= 0 ? 0 : rest - (Math.ceil(rest / 1000) - 1) * 1000
}

function schedule(): void {
  if (timeout !== null) clearTimeout(timeout)
  timeout = null
  const { timer } = appStore.getState()
  if (timer.status !== 'running' || listeners.size === 0) return
  timeout = setTimeout(tick, msToNextSecond(remainingMs(timer, Date.now())))
}

function tick(): void {
  timeout = null
  const state = appStore.getState()
  // Settling changes the timer, and the store subscription below re-renders and reschedules.
  if (state.timer.status === 'running' && isFinished(state.timer, Date.now())) state.settleTimer()
  else {
    emit()
    schedule()
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) {
    now = Date.now()
    unsubscribeStore = appStore.subscribe((state, previous) => {
      if (state.timer === previous.timer) return
      emit()
      schedule()
    })
    schedule()
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    unsubscribeStore?.()
    unsubscribeStore = null
    if (timeout !== null) clearTimeout(timeout)
    timeout = null
  }
}

const snapshot = () => now

/** This machine's time in ms, updated once per shown second while the timer runs. */
export function useTimerNow(): number {
  return useSyncExternalStore(subscribe, snapshot)
}
