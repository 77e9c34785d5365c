import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CardId } from '../../../src/domain'
import { NO_CONTROL } from '../../../src/domain/facilitation'
import { bindSession } from '../../../src/room/session'
import { bindControl } from '../../../src/room/sessionControl'
import { ROOM_DOC, SESSION_KEYS } from '../../../src/room/types'
import { createAppStore } from '../../../src/store'
import { linkedDocs } from './rooms'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

function room(offset: number) {
  const [hostDoc, laptopDoc] = linkedDocs()
  const facilitator = createAppStore()
  const laptop = createAppStore()
  bindSession(facilitator, hostDoc, { role: 'host' })
  bindControl(facilitator, hostDoc, { role: 'host' })
  bindSession(laptop, laptopDoc, { role: 'participant', offsetMs: () => offset })
  const control = bindControl(laptop, laptopDoc, { role: 'participant', offsetMs: () => offset })
  return { hostDoc, laptopDoc, facilitator, laptop, control }
}

describe('the facilitator’s control shared through the room', () => {
  it('reaches the participant as the locks their page holds, and goes away when they leave', () => {
    const { facilitator, laptop, control, hostDoc } = room(0)
    expect(laptop.getState().roomControl).toEqual(NO_CONTROL)
    const locks = { gridLocked: true, lockedCardIds: ['c1' as CardId], participantsRunTimer: false }
    facilitator.getState().setControl(locks)
    expect(hostDoc.getMap(ROOM_DOC.session).get(SESSION_KEYS.control)).toEqual(locks)
    expect(laptop.getState().roomControl).toEqual(locks)
    // The facilitator is never held by their own locks.
    expect(facilitator.getState().roomControl).toBeNull()
    control.dispose()
    expect(laptop.getState().roomControl).toBeNull()
  })

  it('lets a participant run the timer only when allowed, on the host’s clock', () => {
    // Host minus laptop: the laptop's clock is a minute behind.
    const offset = 60_000
    const { facilitator, laptop, hostDoc } = room(offset)
    laptop.getState().startTimer(300_000)
    expect(hostDoc.getMap(ROOM_DOC.session).get(SESSION_KEYS.timer)).toEqual({ status: 'idle', durationMs: 0, remainingMs: 0 })
    expect(facilitator.getState().timer.status).toBe('idle')

    facilitator.getState().setControl({ ...NO_CONTROL, participantsRunTimer: true })
    laptop.getState().startTimer(300_000)
    const endsOnLaptop = Date.now() + 300_000
    expect(hostDoc.getMap(ROOM_DOC.session).get(SESSION_KEYS.timer)).toEqual({ status: 'running', durationMs: 300_000, endsAtHostMs: endsOnLaptop + offset })
    expect(facilitator.getState().timer).toEqual({ status: 'running', durationMs: 300_000, endsAtHostMs: endsOnLaptop + offset })
    // Shown back on the laptop's own clock: the same second on both screens.
    expect(laptop.getState().timer).toEqual({ status: 'running', durationMs: 300_000, endsAtHostMs: endsOnLaptop })

    vi.advanceTimersByTime(10_000)
    laptop.getState().pauseTimer()
    expect(facilitator.getState().timer).toEqual({ status: 'paused', durationMs: 300_000, remainingMs: 290_000 })
  })
})
