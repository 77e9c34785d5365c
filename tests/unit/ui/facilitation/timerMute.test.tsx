import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appStore } from '../../../../src/store'
import { playChime } from '../../../../src/ui/facilitation/timer/sound'
import { advance, display, useTimerDom } from './timerFixtures'

// The real sound module over a fake Web Audio that counts each note it starts: a chime while muted
// (this device or the room) would show up here.
let started = 0
class CountingContext {
  state = 'running'
  currentTime = 0
  destination = {}
  resume = async () => undefined
  createOscillator() {
    return { type: '', frequency: { value: 0 }, connect: () => undefined, start: () => void (started += 1), stop: () => undefined }
  }
  createGain() {
    const param = { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }
    return { gain: param, connect: () => undefined }
  }
}

const { render } = useTimerDom()
beforeEach(() => {
  started = 0
  vi.stubGlobal('AudioContext', CountingContext)
  appStore.setState({ roomMuted: false })
})
afterEach(() => {
  vi.unstubAllGlobals()
  appStore.setState({ roomMuted: false })
})

const muteButton = () => display()!.querySelector<HTMLButtonElement>('[data-testid="timer-mute"]')!

function runToEnd(ms: number) {
  act(() => appStore.getState().startTimer(ms))
  advance(ms)
}

describe('muting the timer', () => {
  it('rings at the end when nothing is muted (the counter does count)', () => {
    render()
    runToEnd(5000)
    expect(started).toBe(3)
  })

  it('on this device: the big timer’s toggle silences it, says so and is remembered here', () => {
    render()
    act(() => appStore.getState().startTimer(20_000))
    expect(muteButton().getAttribute('aria-pressed')).toBe('false')
    expect(muteButton().getAttribute('aria-label')).toBe('Mute on this device')
    act(() => muteButton().click())
    expect(muteButton().getAttribute('aria-pressed')).toBe('true')
    expect(muteButton().title).toBe('Muted on this device')
    expect(localStorage.getItem('journeyboard.timer.muted')).toBe('1')
    advance(20_000)
    expect(started).toBe(0)
    // playChime itself refuses, whoever calls it.
    playChime('end')
    expect(started).toBe(0)
  })

  it('reads the remembered choice when the timer appears again', () => {
    localStorage.setItem('journeyboard.timer.muted', '1')
    render()
    expect(appStore.getState().timerMuted).toBe(true)
    runToEnd(5000)
    expect(started).toBe(0)
  })

  it('for the room: silent on this device and said on the big timer', () => {
    render()
    act(() => appStore.setState({ roomMuted: true }))
    act(() => appStore.getState().startTimer(30_000))
    expect(display()!.querySelector('[data-testid="timer-room-muted"]')?.textContent).toContain('The room is muted')
    advance(30_000)
    expect(started).toBe(0)
    act(() => appStore.setState({ roomMuted: false }))
    runToEnd(3000)
    expect(started).toBe(3)
  })
})
