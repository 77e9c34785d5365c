import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../../src/store'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('settling the timer in the store', () => {
  it('writes done only once the time is up, and leaves every other state alone', () => {
    const store = createAppStore()
    const idle = store.getState().timer
    store.getState().settleTimer()
    expect(store.getState().timer).toBe(idle)
    store.getState().startTimer(5000)
    const running = store.getState().timer
    vi.advanceTimersByTime(4999)
    store.getState().settleTimer()
    expect(store.getState().timer).toBe(running)
    vi.advanceTimersByTime(1)
    store.getState().settleTimer()
    const done = store.getState().timer
    expect(done).toEqual({ status: 'done', durationMs: 5000 })
    // A second call changes nothing, so nothing listening hears a second end.
    store.getState().settleTimer()
    expect(store.getState().timer).toBe(done)
  })

  it('does not finish a paused timer', () => {
    const store = createAppStore()
    store.getState().startTimer(5000)
    store.getState().pauseTimer()
    vi.advanceTimersByTime(60_000)
    store.getState().settleTimer()
    expect(store.getState().timer.status).toBe('paused')
  })
})
