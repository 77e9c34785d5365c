import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../../src/i18n'
import { appStore } from '../../../../src/store'
import { playChime } from '../../../../src/ui/facilitation/timer/sound'
import { advance, buttonIn, click, display, shown, timerButton, useTimerDom } from './timerFixtures'

vi.mock('../../../../src/ui/facilitation/timer/sound', () => ({ playChime: vi.fn(), prepareSound: vi.fn() }))

const { render } = useTimerDom()
const chime = vi.mocked(playChime)
beforeEach(() => chime.mockClear())

function start(ms: number) {
  render()
  act(() => appStore.getState().startTimer(ms))
}

describe('the big timer over the board', () => {
  it('shows nothing while idle', () => {
    render()
    expect(display()).toBeNull()
  })

  it('counts down once a second, on one shared clock that stops while idle or paused', () => {
    start(15_000)
    expect(shown()).toBe('00:15')
    expect(vi.getTimerCount()).toBe(1)
    advance(999)
    expect(shown()).toBe('00:15')
    advance(1)
    expect(shown()).toBe('00:14')
    // Two components show the time, one clock ticks.
    expect(vi.getTimerCount()).toBe(1)
    act(() => appStore.getState().pauseTimer())
    expect(vi.getTimerCount()).toBe(0)
    act(() => appStore.getState().resumeTimer())
    expect(vi.getTimerCount()).toBe(1)
    act(() => appStore.getState().resetTimer())
    expect(vi.getTimerCount()).toBe(0)
    expect(display()).toBeNull()
  })

  it('marks the last ten seconds and chimes softly once as they begin', () => {
    start(60_000)
    advance(49_000)
    expect(display()!.className).toContain('timer-display--running')
    expect(chime).not.toHaveBeenCalled()
    advance(1000)
    expect(shown()).toBe('00:10')
    expect(display()!.className).toContain('timer-display--lastTen')
    expect(timerButton().className).toContain('timer-button--lastTen')
    expect(display()!.querySelector('[aria-live]')!.textContent).toBe('Ten seconds left')
    advance(5000)
    expect(chime.mock.calls).toEqual([['lastTen']])
  })

  it('says "Time\'s up" at the end, settles the timer once and chimes once, until dismissed', () => {
    start(12_000)
    advance(12_000)
    expect(appStore.getState().timer.status).toBe('done')
    expect(shown()).toBe("Time's up")
    expect(display()!.className).toContain('timer-display--done')
    expect(timerButton().getAttribute('aria-label')).toBe("Timer: time's up")
    expect(chime.mock.calls).toEqual([['lastTen'], ['end']])
    // Nothing ticks on a finished timer, and the end stays on screen.
    expect(vi.getTimerCount()).toBe(0)
    advance(60_000)
    expect(shown()).toBe("Time's up")
    expect(chime).toHaveBeenCalledTimes(2)
    click(buttonIn(display(), 'Dismiss'))
    expect(appStore.getState().timer.status).toBe('idle')
    expect(display()).toBeNull()
  })

  it('runs one more minute from "Time\'s up"', () => {
    start(1000)
    advance(1000)
    click(buttonIn(display(), '+1 min'))
    expect(shown()).toBe('01:00')
    advance(60_000)
    expect(chime.mock.calls).toEqual([['end'], ['lastTen'], ['end']])
  })

  it('stays silent when muted on this device, and still shows the end', () => {
    render()
    act(() => appStore.getState().setTimerMuted(true))
    act(() => appStore.getState().startTimer(20_000))
    advance(20_000)
    expect(shown()).toBe("Time's up")
    expect(chime).not.toHaveBeenCalled()
  })

  it('does not chime when paused in the last ten seconds and resumed', () => {
    start(30_000)
    advance(25_000)
    act(() => appStore.getState().pauseTimer())
    act(() => appStore.getState().resumeTimer())
    expect(chime.mock.calls).toEqual([['lastTen']])
  })

  it('grows, shrinks and folds to a chip, and remembers the size on this machine', () => {
    start(5 * 60_000)
    expect(display()!.className).toContain('timer-display--medium')
    click(buttonIn(display(), 'Larger'))
    expect(display()!.className).toContain('timer-display--large')
    expect(buttonIn(display(), 'Larger').disabled).toBe(true)
    click(buttonIn(display(), 'Smaller'))
    click(buttonIn(display(), 'Smaller'))
    expect(display()!.className).toContain('timer-display--small')
    expect(buttonIn(display(), 'Smaller').disabled).toBe(true)
    click(buttonIn(display(), 'Fold the big timer'))
    expect(display()!.dataset.collapsed).toBe('true')
    expect(buttonIn(display(), 'Show the big timer').textContent).toBe('05:00')
    expect(JSON.parse(localStorage.getItem('journeyboard.timerDisplay')!)).toEqual({ size: 'small', collapsed: true })
    click(buttonIn(display(), 'Show the big timer'))
    expect(shown()).toBe('05:00')
  })

  it('says the end in Persian', async () => {
    start(3000)
    await act(() => i18n.changeLanguage('fa'))
    expect(shown()).toBe('۰۰:۰۳')
    advance(3000)
    expect(shown()).toBe('وقت تمام شد')
  })
})
