/**
 * The workshop timer, shared by every device in a room. Devices share the end time, not ticks
 * (FACILITATION.md, "Design notes"): a running timer is `endsAtHostMs` on the HOST's clock, and
 * each device turns its own clock into the host's with the offset it measured, so a phone whose
 * clock is minutes wrong still shows the same second. Every function takes `now` in host ms, so
 * tests inject the clock.
 */
export type TimerState =
  | { readonly status: 'idle'; readonly durationMs: number; readonly remainingMs: number }
  | { readonly status: 'running'; readonly durationMs: number; readonly endsAtHostMs: number }
  | { readonly status: 'paused'; readonly durationMs: number; readonly remainingMs: number }
  | { readonly status: 'done'; readonly durationMs: number }

export type TimerPhase = 'idle' | 'running' | 'lastTen' | 'done' | 'paused'

/** A day: far beyond any workshop step, and short of anything that would print oddly. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000
/** The last ten seconds show (and sound) differently, as in Collaboard. */
export const LAST_TEN_MS = 10_000

function clampMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(MAX_TIMER_MS, Math.max(0, ms)) : 0
}

export function idleTimer(durationMs = 0): TimerState {
  const d = clampMs(durationMs)
  return { status: 'idle', durationMs: d, remainingMs: d }
}

export function startTimer(durationMs: number, now: number): TimerState {
  const d = clampMs(durationMs)
  return d === 0 ? { status: 'done', durationMs: 0 } : { status: 'running', durationMs: d, endsAtHostMs: now + d }
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state
  const rest = remainingMs(state, now)
  return rest === 0 ? { status: 'done', durationMs: state.durationMs } : { status: 'paused', durationMs: state.durationMs, remainingMs: rest }
}

/** Resumes a paused timer, or starts an idle one from what it shows; running and done stay as they are. */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused' && state.status !== 'idle') return state
  if (state.remainingMs === 0) return { status: 'done', durationMs: state.durationMs }
  return { status: 'running', durationMs: state.durationMs, endsAtHostMs: now + state.remainingMs }
}

export function resetTimer(state: TimerState): TimerState {
  return idleTimer(state.durationMs)
}

/**
 * +1 / +5 min (or a negative amount) on what is left, never below zero. Works while running,
 * paused or idle; on a finished timer a positive amount runs it again for that long ("one more
 * minute"). The duration grows with it so a progress ring stays between 0 and 1.
 */
export function addTime(state: TimerState, ms: number, now: number): TimerState {
  if (!Number.isFinite(ms) || ms === 0) return state
  const before = remainingMs(state, now)
  const rest = clampMs(before + ms)
  const durationMs = clampMs(Math.max(rest, state.durationMs + (rest - before)))
  switch (state.status) {
    case 'idle':
    case 'paused':
      return { status: state.status, durationMs, remainingMs: rest }
    case 'running':
    case 'done':
      return rest === 0 ? { status: 'done', durationMs } : { status: 'running', durationMs, endsAtHostMs: now + rest }
  }
}

export function remainingMs(state: TimerState, now: number): number {
  switch (state.status) {
    case 'idle':
    case 'paused':
      return state.remainingMs
    case 'running':
      return clampMs(state.endsAtHostMs - now)
    case 'done':
      return 0
  }
}

/** True once the time is up, whether or not the host has written 'done' yet. */
export function isFinished(state: TimerState, now: number): boolean {
  return state.status === 'done' || (state.status === 'running' && now >= state.endsAtHostMs)
}

/** Writes 'done' for a running timer whose time is up (the host does this once, so the end sounds once). */
export function settleTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' && isFinished(state, now) ? { status: 'done', durationMs: state.durationMs } : state
}

export function phaseOf(state: TimerState, now: number): TimerPhase {
  if (state.status !== 'running') return state.status
  const rest = remainingMs(state, now)
  if (rest === 0) return 'done'
  return rest <= LAST_TEN_MS ? 'lastTen' : 'running'
}

/** One clock exchange: the device's send and receive times around the host's reply time. */
export interface ClockSample {
  readonly clientSendMs: number
  readonly hostMs: number
  readonly clientReceiveMs: number
}

/**
 * Host clock minus device clock, NTP-style, from the sample with the shortest round trip (its
 * error is at most half that trip). Samples with a negative trip or non-numbers are ignored;
 * null when none is usable, so the caller does not mistake "unknown" for "in step".
 */
export function estimateOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null
  for (const s of samples) {
    if (![s.clientSendMs, s.hostMs, s.clientReceiveMs].every(Number.isFinite)) continue
    const trip = s.clientReceiveMs - s.clientSendMs
    if (trip < 0) continue
    if (!best || trip < best.clientReceiveMs - best.clientSendMs) best = s
  }
  return best ? best.hostMs - (best.clientSendMs + best.clientReceiveMs) / 2 : null
}

export function hostNow(clientNow: number, offsetMs: number): number {
  return clientNow + offsetMs
}

/** "mm:ss", or "h:mm:ss" from an hour up; rounds up so "00:00" shows only when time is up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(clampMs(ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`
}

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits as ASCII, so a typed time parses in any of the app's languages. */
function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) & 0xf))
}

const COLON = /^(?:(\d{1,2}):(\d{2}):(\d{2})|(\d{1,4}):(\d{2}))$/
const UNITS = /^(?:(\d{1,4})\s*h)?\s*(?:(\d{1,4})\s*m(?:in)?)?\s*(?:(\d{1,5})\s*s(?:ec)?)?$/

/**
 * A typed duration in ms: "5" (minutes), "5:30" (m:ss), "1:05:00" (h:mm:ss), "90s", "10m", "10min", "1h",
 * and combinations such as "1m 30s". Null for anything else, zero, or more than MAX_TIMER_MS.
 */
export function parseDuration(text: string): number | null {
  const t = asciiDigits(text).trim().toLowerCase()
  let seconds: number | null = null
  const colon = COLON.exec(t)
  const units = colon ? null : UNITS.exec(t)
  if (/^\d{1,4}$/.test(t)) seconds = Number(t) * 60
  else if (colon) {
    const [h, mm, ss, m, s] = colon.slice(1).map((v) => (v === undefined ? undefined : Number(v)))
    if (h !== undefined && mm !== undefined && ss !== undefined) seconds = mm < 60 && ss < 60 ? h * 3600 + mm * 60 + ss : null
    else if (m !== undefined && s !== undefined) seconds = s < 60 ? m * 60 + s : null
  } else if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    seconds = Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0)
  }
  if (seconds === null || seconds <= 0 || seconds * 1000 > MAX_TIMER_MS) return null
  return seconds * 1000
}
