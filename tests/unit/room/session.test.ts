import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatRemaining, methodAgenda, remainingMs } from '../../../src/domain/facilitation'
import { bindSession, readPresentation, readStep, readTimer } from '../../../src/room/session'
import { createAppStore } from '../../../src/store'
import { linkedDocs } from './rooms'

let n = 0
const ids = () => `s${++n}`

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('the timer and agenda step shared through the room', () => {
  it('shows the facilitator’s step and the same seconds left on a phone whose clock is three minutes behind', () => {
    const [hostDoc, phoneDoc] = linkedDocs()
    const facilitator = createAppStore()
    const phone = createAppStore()
    const agenda = methodAgenda(ids)
    facilitator.getState().loadFacilitation({ agenda, votes: [] })
    bindSession(facilitator, hostDoc, { role: 'host' })
    // Host minus phone: the phone's clock reads three minutes earlier than the host's.
    const offset = 180_000
    bindSession(phone, phoneDoc, { role: 'participant', offsetMs: () => offset })

    facilitator.getState().startAgendaStep(agenda.steps[2]!.id)
    expect(phone.getState().activeAgendaStepId).toBe(agenda.steps[2]!.id)
    expect(phone.getState().facilitation.agenda?.steps[0]?.kind).toBe(agenda.steps[2]!.kind)

    vi.advanceTimersByTime(42_300)
    const hostNow = Date.now()
    const phoneNow = hostNow - offset
    expect(formatRemaining(remainingMs(phone.getState().timer, phoneNow))).toBe(formatRemaining(remainingMs(facilitator.getState().timer, hostNow)))

    facilitator.getState().pauseTimer()
    expect(phone.getState().timer.status).toBe('paused')
    facilitator.getState().endAgendaStep()
    expect(phone.getState().activeAgendaStepId).toBeNull()
    expect(phone.getState().facilitation.agenda).toBeNull()
  })

  it('a participant joining later sees the running timer, and never writes the session', () => {
    const [hostDoc, lateDoc] = linkedDocs()
    const facilitator = createAppStore()
    bindSession(facilitator, hostDoc, { role: 'host' })
    facilitator.getState().startTimer(5 * 60_000)
    const late = createAppStore()
    const writes: unknown[] = []
    lateDoc.on('update', (_u: Uint8Array, origin: unknown) => origin !== 'remote' && writes.push(origin))
    bindSession(late, lateDoc, { role: 'participant', offsetMs: () => null })
    expect(remainingMs(late.getState().timer, Date.now())).toBe(5 * 60_000)
    late.getState().startTimer(1000)
    expect(writes).toEqual([])
  })

  it('brings everyone to the presenter’s slide, and lets them go when the presentation ends', () => {
    const [hostDoc, phoneDoc] = linkedDocs()
    const facilitator = createAppStore()
    const phone = createAppStore()
    bindSession(facilitator, hostDoc, { role: 'host' })
    bindSession(phone, phoneDoc, { role: 'participant', offsetMs: () => null })
    facilitator.getState().setPresentation({ slide: 0 })
    facilitator.getState().setPresentation({ slide: 3 })
    expect(phone.getState().presentation).toEqual({ slide: 3 })
    facilitator.getState().setPresentation(null)
    expect(phone.getState().presentation).toBeNull()
  })

  it('reads whatever a client put in the session safely', () => {
    expect(readTimer({ status: 'running', durationMs: 1000, endsAtHostMs: 5 })).toEqual({ status: 'running', durationMs: 1000, endsAtHostMs: 5 })
    expect(readTimer({ status: 'running', durationMs: 1000 })).toBeNull()
    expect(readTimer({ status: 'paused', durationMs: -1, remainingMs: 1 })).toBeNull()
    expect(readTimer({ status: 'exploded', durationMs: 1 })).toBeNull()
    expect(readTimer('tick')).toBeNull()
    expect(readStep({ id: 'x', kind: 'custom', title: '‮evil', instruction: 7, minutes: 1e9, laneKinds: ['__proto__'] })).toMatchObject({ id: 'x', kind: 'custom', minutes: 240 })
    expect(readStep(null)).toBeNull()
    expect(readPresentation({ slide: 2 })).toEqual({ slide: 2 })
    expect(readPresentation({ slide: -1 })).toBeNull()
    expect(readPresentation({ slide: 1.5 })).toBeNull()
    expect(readPresentation('slide')).toBeNull()
  })
})
