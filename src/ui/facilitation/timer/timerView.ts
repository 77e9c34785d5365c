import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRemaining, phaseOf, remainingMs, type TimerPhase, type TimerState } from '../../../domain/facilitation'
import { formatNumber } from '../../../i18n'
import { useAppStore } from '../../../store'
import { chimesMuted } from './mutePref'
import { playChime } from './sound'
import { useTimerNow } from './useTimerNow'

/** "mm:ss" in the language's own digits (Persian ۰۴:۵۹), from the app's number formatter. */
export function formatClock(ms: number, language: string): string {
  return formatRemaining(ms).replace(/\d/g, (digit) => formatNumber(Number(digit), language, { useGrouping: false }))
}

export interface TimerView {
  readonly timer: TimerState
  readonly phase: TimerPhase
  readonly rest: number
  /** What is left, formatted for the interface language. */
  readonly clock: string
}

/** The timer as components show it, on the one shared clock. */
export function useTimerView(): TimerView {
  const { i18n } = useTranslation()
  const timer = useAppStore((s) => s.timer)
  const now = useTimerNow()
  const rest = remainingMs(timer, now)
  return { timer, phase: phaseOf(timer, now), rest, clock: formatClock(rest, i18n.language) }
}

/**
 * The sounds, on phase changes: a soft chime when a running timer enters its last ten seconds, a
 * distinct one when it ends. Mounted once (by the big display), so each sounds once; muted on this
 * device or by the facilitator for the room, both stay silent and the display still shows them.
 */
export function useTimerChimes(phase: TimerPhase): void {
  const previous = useRef(phase)
  useEffect(() => {
    const before = previous.current
    previous.current = phase
    // Muted here or for the room: nothing is played (playChime checks it too, for any other caller).
    if (before === phase || chimesMuted()) return
    if (phase === 'lastTen' && before === 'running') playChime('lastTen')
    else if (phase === 'done' && (before === 'running' || before === 'lastTen')) playChime('end')
  }, [phase])
}
