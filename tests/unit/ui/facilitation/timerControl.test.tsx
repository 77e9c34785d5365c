import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { remainingMs } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { appStore } from '../../../../src/store'
import { prepareSound } from '../../../../src/ui/facilitation/timer/sound'
import { advance, buttonIn, click, dialog, display, open, shown, timerButton, typeAndStart, typeTime, useTimerDom } from './timerFixtures'
import { isolated } from '../../../../src/i18n/isolated'

vi.mock('../../../../src/ui/facilitation/timer/sound', () => ({ playChime: vi.fn(), prepareSound: vi.fn() }))

const { render } = useTimerDom()
const left = () => remainingMs(appStore.getState().timer, Date.now())

describe('the timer button and its dialog', () => {
  it('is an icon while idle, and opens the dialog with the presets', () => {
    render()
    expect(timerButton().textContent).toBe('')
    expect(timerButton().getAttribute('aria-label')).toBe('Timer')
    expect(display()).toBeNull()
    const presets = [...open().querySelectorAll('.timer-preset')].map((b) => b.textContent)
    expect(presets).toEqual(['1 min', '3 min', '5 min', '10 min', '15 min'])
    expect(timerButton().getAttribute('aria-expanded')).toBe('true')
  })

  it('starts from a preset, closes, and shows the time on the button and over the board', () => {
    render()
    click(buttonIn(open(), '5 min'))
    expect(appStore.getState().timer.status).toBe('running')
    expect(left()).toBe(5 * 60_000)
    expect(dialog()).toBeNull()
    expect(timerButton().textContent).toBe('05:00')
    expect(timerButton().getAttribute('aria-label')).toBe(`Timer, ${isolated('05:00')} left`)
    expect(shown()).toBe('05:00')
    advance(1000)
    expect(shown()).toBe('04:59')
    expect(timerButton().textContent).toBe('04:59')
  })

  it('starts from a typed time', () => {
    render()
    open()
    typeAndStart('2:30')
    expect(left()).toBe(150_000)
    expect(shown()).toBe('02:30')
  })

  it('reads a time typed in Persian digits, and shows Persian digits in Persian', async () => {
    render()
    await act(() => i18n.changeLanguage('fa'))
    open()
    typeAndStart('۷')
    expect(left()).toBe(7 * 60_000)
    expect(shown()).toBe('۰۷:۰۰')
    expect(display()!.querySelector('.timer-display-digits')!.getAttribute('dir')).toBe('ltr')
    expect(timerButton().getAttribute('aria-label')).toBe(`زمان‌سنج، ${isolated('۰۷:۰۰')} مانده`)
  })

  it('says clearly what it can read when the typed time is wrong, and starts nothing', () => {
    render()
    open()
    typeAndStart('soon')
    const error = dialog()!.querySelector('[role="alert"]')
    expect(error?.textContent).toContain('Type minutes (5), minutes and seconds (2:30) or seconds (90s)')
    const input = dialog()!.querySelector('input')!
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toBe(error!.id)
    expect(appStore.getState().timer.status).toBe('idle')
    expect(dialog()).not.toBeNull()
    // Typing takes the message away until the next Start; zero is no time at all.
    typeTime('9')
    expect(dialog()!.querySelector('[role="alert"]')).toBeNull()
    expect(input.getAttribute('aria-invalid')).toBe('false')
    typeAndStart('0')
    expect(dialog()!.querySelector('[role="alert"]')).not.toBeNull()
    typeAndStart('90s')
    expect(left()).toBe(90_000)
  })

  it('pauses, adds one and five minutes, resumes and resets', () => {
    render()
    click(buttonIn(open(), '3 min'))
    advance(30_000)
    const d = open()
    expect(d.querySelector('.timer-panel-clock')!.textContent).toBe('02:30')
    expect(buttonIn(d, 'Reset').disabled).toBe(false)
    click(buttonIn(d, 'Pause'))
    expect(appStore.getState().timer.status).toBe('paused')
    advance(60_000)
    expect(left()).toBe(150_000)
    expect(timerButton().textContent).toBe('02:30')
    expect(display()!.textContent).toContain('Paused')
    click(buttonIn(d, '+1 min'))
    expect(left()).toBe(210_000)
    click(buttonIn(d, '+5 min'))
    expect(left()).toBe(510_000)
    click(buttonIn(d, 'Resume'))
    expect(appStore.getState().timer.status).toBe('running')
    advance(10_000)
    expect(left()).toBe(500_000)
    expect(shown()).toBe('08:20')
    click(buttonIn(d, 'Reset'))
    expect(appStore.getState().timer.status).toBe('idle')
    expect(display()).toBeNull()
    expect(timerButton().textContent).toBe('')
  })

  it('keeps the keyboard in the dialog the moment Reset disables itself, so an Esc right after it closes the dialog', () => {
    render()
    click(buttonIn(open(), '3 min'))
    const d = open()
    const reset = buttonIn(d, 'Reset')
    reset.focus()
    click(reset)
    // No frame has passed: the focus is on a control of the dialog already.
    expect(reset.disabled).toBe(true)
    expect(d.contains(document.activeElement)).toBe(true)
    expect((document.activeElement as HTMLButtonElement).disabled).toBeFalsy()
  })

  it('offers pause and +1/+5 only once there is a timer to change', () => {
    render()
    const d = open()
    expect(buttonIn(d, 'Pause').disabled).toBe(true)
    expect(buttonIn(d, '+1 min').disabled).toBe(true)
    expect(buttonIn(d, 'Reset').disabled).toBe(true)
  })

  it('closes on Esc and gives the keyboard back to the button', () => {
    render()
    const d = open()
    act(() => void d.dispatchEvent(new Event('cancel', { cancelable: true })))
    expect(dialog()).toBeNull()
    advance(50)
    expect(document.activeElement).toBe(timerButton())
    expect(timerButton().getAttribute('aria-expanded')).toBe('false')
  })

  it('mutes on this device with a toggle', () => {
    render()
    const mute = buttonIn(open(), 'Mute on this device')
    expect(mute.getAttribute('aria-pressed')).toBe('false')
    click(mute)
    expect(appStore.getState().timerMuted).toBe(true)
    expect(mute.getAttribute('aria-pressed')).toBe('true')
    click(mute)
    expect(appStore.getState().timerMuted).toBe(false)
  })

  it('opens the audio output on Start (a click the browser counts as a gesture), not when muted', () => {
    render()
    vi.mocked(prepareSound).mockClear()
    click(buttonIn(open(), '1 min'))
    expect(prepareSound).toHaveBeenCalledTimes(1)
    act(() => appStore.getState().setTimerMuted(true))
    click(buttonIn(open(), '3 min'))
    expect(prepareSound).toHaveBeenCalledTimes(1)
  })
})
