import { act } from 'react'
import { vi } from 'vitest'
import { idleTimer } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { appStore } from '../../../../src/store'
import { TimerControl } from '../../../../src/ui/facilitation/timer/TimerControl'
import { TimerDisplay } from '../../../../src/ui/facilitation/timer/TimerDisplay'
import { useDom } from '../../support/renderDom'

/** The bar's button and the big display as MapEditor mounts them, on fake timers (Date included). */
export function useTimerDom() {
  const dom = useDom(async () => {
    vi.useRealTimers()
    appStore.setState({ timer: idleTimer(), timerMuted: false })
    localStorage.clear()
    await i18n.changeLanguage('en')
  })
  const render = () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
    dom.render(
      <div className="board-area">
        <TimerControl />
        <TimerDisplay />
      </div>,
    )
  }
  return { dom, render }
}

export const timerButton = () => document.querySelector<HTMLButtonElement>('[data-testid="timer-button"]')!
export const display = () => document.querySelector<HTMLElement>('[data-testid="timer-display"]')
export const dialog = () => document.querySelector<HTMLDialogElement>('dialog')

export function buttonIn(root: ParentNode | null, text: string): HTMLButtonElement {
  const found = [...(root?.querySelectorAll('button') ?? [])].filter((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text)
  if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`)
  return found[0]!
}

export function click(el: Element): void {
  act(() => (el as HTMLElement).click())
}

export function open(): HTMLDialogElement {
  click(timerButton())
  return dialog()!
}

/** Moves the clock a second at a time, each in its own act, as a browser renders each tick in its own task. */
export function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 1000) act(() => void vi.advanceTimersByTime(Math.min(1000, left)))
}

/** Types into the dialog's time field the way a keyboard does: the native setter, then an input event. */
export function typeTime(text: string): void {
  const input = dialog()!.querySelector('input')!
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setter.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** Types a time, then presses Start (submits the form). */
export function typeAndStart(text: string): void {
  typeTime(text)
  act(() => void dialog()!.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })))
}

export const shown = () => display()?.querySelector('.timer-display-digits, .timer-display-ends')?.textContent ?? null
