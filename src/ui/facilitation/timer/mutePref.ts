import { useLayoutEffect } from 'react'
import { appStore } from '../../../store'

/** This device's choice, kept across visits: a laptop on the projector's speakers, a phone in a quiet room. */
const MUTED_KEY = 'journeyboard.timer.muted'

export function rememberedMute(): boolean {
  try {
    return localStorage.getItem(MUTED_KEY) === '1'
  } catch {
    return false
  }
}

/** Mutes or unmutes the timer on this device and remembers it here. */
export function setDeviceMute(muted: boolean): void {
  appStore.getState().setTimerMuted(muted)
  try {
    localStorage.setItem(MUTED_KEY, muted ? '1' : '0')
  } catch {
    // Storage may be unavailable (a private window): the choice holds until the page closes.
  }
}

/** Whether a chime may sound now: not when this device is muted, nor when the facilitator muted the room. */
export function chimesMuted(): boolean {
  const { timerMuted, roomMuted } = appStore.getState()
  return timerMuted || roomMuted
}

/** Reads this device's remembered choice into the store when the timer's controls appear. */
export function useRememberedMute(): void {
  useLayoutEffect(() => {
    const muted = rememberedMute()
    if (appStore.getState().timerMuted !== muted) appStore.getState().setTimerMuted(muted)
  }, [])
}
