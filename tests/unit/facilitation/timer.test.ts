import { describe, expect, it } from 'vitest'
import {
  addTime,
  estimateOffset,
  formatRemaining,
  hostNow,
  idleTimer,
  isFinished,
  MAX_TIMER_MS,
  parseDuration,
  pauseTimer,
  phaseOf,
  remainingMs,
  resetTimer,
  resumeTimer,
  settleTimer,
  startTimer,
  type ClockSample,
  type TimerState,
} from '../../../src/domain/facilitation/timer'

const SEC = 1000
const MIN = 60 * SEC
/** An arbitrary host time, so nothing depends on the epoch. */
const T0 = 1_700_000_000_000

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('running, pausing and resuming', () => {
  it('counts down from the start on the host clock', () => {
    const t = startTimer(5 * MIN, T0)
    expect(t).toEqual({ status: 'running', durationMs: 5 * MIN, endsAtHostMs: T0 + 5 * MIN })
    expect(remainingMs(t, T0)).toBe(5 * MIN)
    expect(remainingMs(t, T0 + 2 * MIN)).toBe(3 * MIN)
    expect(formatRemaining(remainingMs(t, T0 + 2 * MIN + 1))).toBe('03:00')
  })

  it('keeps what was left across a pause, however long', () => {
    const running = startTimer(5 * MIN, T0)
    const paused = pauseTimer(running, T0 + 90 * SEC)
    expect(paused).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 210 * SEC })
    expect(remainingMs(paused, T0 + 3 * 3600 * SEC)).toBe(210 * SEC)
    expect(phaseOf(paused, T0 + 3 * 3600 * SEC)).toBe('paused')
    const resumed = resumeTimer(paused, T0 + 10 * MIN)
    expect(resumed).toEqual({ status: 'running', durationMs: 5 * MIN, endsAtHostMs: T0 + 10 * MIN + 210 * SEC })
    expect(remainingMs(resumed, T0 + 10 * MIN)).toBe(210 * SEC)
    expect(remainingMs(resumed, T0 + 11 * MIN)).toBe(150 * SEC)
  })

  it('ignores pause and resume where they make no sense', () => {
    const idle = idleTimer(MIN)
    expect(pauseTimer(idle, T0)).toBe(idle)
    const running = startTimer(MIN, T0)
    expect(resumeTimer(running, T0 + SEC)).toBe(running)
    const paused = pauseTimer(running, T0 + SEC)
    expect(pauseTimer(paused, T0 + 2 * SEC)).toBe(paused)
    const done: TimerState = { status: 'done', durationMs: MIN }
    expect(resumeTimer(done, T0)).toBe(done)
  })

  it('starts an idle timer from what it shows', () => {
    expect(resumeTimer(idleTimer(2 * MIN), T0)).toEqual({ status: 'running', durationMs: 2 * MIN, endsAtHostMs: T0 + 2 * MIN })
    expect(resumeTimer(idleTimer(0), T0).status).toBe('done')
  })

  it('pausing after the end gives done, not a negative time', () => {
    expect(pauseTimer(startTimer(MIN, T0), T0 + 2 * MIN)).toEqual({ status: 'done', durationMs: MIN })
  })

  it('resets to the full duration, idle', () => {
    const paused = pauseTimer(startTimer(5 * MIN, T0), T0 + MIN)
    expect(resetTimer(paused)).toEqual({ status: 'idle', durationMs: 5 * MIN, remainingMs: 5 * MIN })
    expect(resetTimer({ status: 'done', durationMs: 3 * MIN })).toEqual(idleTimer(3 * MIN))
  })

  it('clamps durations to 0..MAX_TIMER_MS and treats non-numbers as zero', () => {
    expect(startTimer(-5, T0)).toEqual({ status: 'done', durationMs: 0 })
    expect(startTimer(Number.NaN, T0)).toEqual({ status: 'done', durationMs: 0 })
    expect(startTimer(1e15, T0)).toEqual({ status: 'running', durationMs: MAX_TIMER_MS, endsAtHostMs: T0 + MAX_TIMER_MS })
    expect(idleTimer(Number.POSITIVE_INFINITY)).toEqual({ status: 'idle', durationMs: 0, remainingMs: 0 })
  })
})

describe('adding time', () => {
  it('adds +1 and +5 minutes while running', () => {
    let t = startTimer(2 * MIN, T0)
    t = addTime(t, MIN, T0 + 30 * SEC)
    t = addTime(t, 5 * MIN, T0 + 40 * SEC)
    expect(remainingMs(t, T0 + 40 * SEC)).toBe(7 * MIN + 20 * SEC)
    expect(t.durationMs).toBe(8 * MIN)
  })

  it('adds time while paused and keeps it paused', () => {
    const paused = pauseTimer(startTimer(2 * MIN, T0), T0 + MIN)
    const more = addTime(paused, MIN, T0 + 5 * MIN)
    expect(more).toEqual({ status: 'paused', durationMs: 3 * MIN, remainingMs: 2 * MIN })
    expect(remainingMs(resumeTimer(more, T0 + 6 * MIN), T0 + 6 * MIN)).toBe(2 * MIN)
  })

  it('adds time to an idle timer', () => {
    expect(addTime(idleTimer(5 * MIN), MIN, T0)).toEqual({ status: 'idle', durationMs: 6 * MIN, remainingMs: 6 * MIN })
  })

  it('never goes below zero, and a running timer taken to zero is done', () => {
    const paused = pauseTimer(startTimer(2 * MIN, T0), T0 + MIN)
    expect(addTime(paused, -5 * MIN, T0)).toMatchObject({ status: 'paused', remainingMs: 0 })
    expect(addTime(startTimer(MIN, T0), -5 * MIN, T0 + 10 * SEC)).toMatchObject({ status: 'done' })
    const less = addTime(startTimer(5 * MIN, T0), -MIN, T0)
    expect(remainingMs(less, T0)).toBe(4 * MIN)
    expect(less.durationMs).toBe(4 * MIN)
  })

  it('adds to what is actually left when the end has passed but is not written yet', () => {
    const late = addTime(startTimer(MIN, T0), MIN, T0 + 3 * MIN)
    expect(late).toMatchObject({ status: 'running', endsAtHostMs: T0 + 4 * MIN })
  })

  it('runs a finished timer again for one more minute', () => {
    const done: TimerState = { status: 'done', durationMs: 5 * MIN }
    const again = addTime(done, MIN, T0)
    expect(again).toEqual({ status: 'running', durationMs: 6 * MIN, endsAtHostMs: T0 + MIN })
    expect(addTime(done, -MIN, T0).status).toBe('done')
  })

  it('ignores zero and non-numbers', () => {
    const t = startTimer(MIN, T0)
    expect(addTime(t, 0, T0)).toBe(t)
    expect(addTime(t, Number.NaN, T0)).toBe(t)
  })

  it('keeps the duration at least what is left, so progress stays within 0..1', () => {
    const rng = random(7)
    let t: TimerState = startTimer(MIN, T0)
    let now = T0
    for (let i = 0; i < 500; i++) {
      now += Math.floor(rng() * 20 * SEC)
      const r = rng()
      if (r < 0.4) t = addTime(t, Math.round((rng() - 0.5) * 10 * MIN), now)
      else if (r < 0.6) t = pauseTimer(t, now)
      else if (r < 0.8) t = resumeTimer(t, now)
      else if (r < 0.85) t = resetTimer(t)
      else t = settleTimer(t, now)
      const rest = remainingMs(t, now)
      expect(rest).toBeGreaterThanOrEqual(0)
      expect(t.durationMs).toBeGreaterThanOrEqual(rest)
      expect(t.durationMs).toBeLessThanOrEqual(MAX_TIMER_MS)
    }
  })
})

describe('the end and the last ten seconds', () => {
  it('goes running, last ten, done', () => {
    const t = startTimer(MIN, T0)
    expect(phaseOf(t, T0)).toBe('running')
    expect(phaseOf(t, T0 + 49_999)).toBe('running')
    expect(phaseOf(t, T0 + 50 * SEC)).toBe('lastTen')
    expect(phaseOf(t, T0 + MIN - 1)).toBe('lastTen')
    expect(phaseOf(t, T0 + MIN)).toBe('done')
    expect(phaseOf(t, T0 + 2 * MIN)).toBe('done')
    expect(phaseOf(idleTimer(MIN), T0)).toBe('idle')
  })

  it('is finished at zero, and stays at zero after', () => {
    const t = startTimer(MIN, T0)
    expect(isFinished(t, T0 + MIN - 1)).toBe(false)
    expect(isFinished(t, T0 + MIN)).toBe(true)
    expect(remainingMs(t, T0 + MIN)).toBe(0)
    expect(remainingMs(t, T0 + 10 * MIN)).toBe(0)
    expect(formatRemaining(remainingMs(t, T0 + 10 * MIN))).toBe('00:00')
    expect(isFinished(pauseTimer(t, T0 + SEC), T0 + 10 * MIN)).toBe(false)
    expect(isFinished(idleTimer(0), T0)).toBe(false)
  })

  it('settles to done once the time is up, and only then', () => {
    const t = startTimer(MIN, T0)
    expect(settleTimer(t, T0 + MIN - 1)).toBe(t)
    expect(settleTimer(t, T0 + MIN)).toEqual({ status: 'done', durationMs: MIN })
    const paused = pauseTimer(t, T0)
    expect(settleTimer(paused, T0 + 5 * MIN)).toBe(paused)
  })
})

describe('clock offset', () => {
  /** A device whose clock reads host time + `skew`, asking the host over a network with the given one-way delays. */
  function sample(hostAt: number, skew: number, up: number, down: number): ClockSample {
    return { clientSendMs: hostAt + skew, hostMs: hostAt + up, clientReceiveMs: hostAt + up + down + skew }
  }

  it('measures a phone 3 minutes ahead exactly when the delays are even', () => {
    expect(estimateOffset([sample(T0, 3 * MIN, 40, 40)])).toBe(-3 * MIN)
    expect(hostNow(T0 + 3 * MIN, -3 * MIN)).toBe(T0)
  })

  it('shows the same remaining time to the second on a phone 3 minutes ahead as on the host', () => {
    const skew = 3 * MIN
    const offset = estimateOffset([sample(T0 - 5 * SEC, skew, 120, 80), sample(T0 - 4 * SEC, skew, 25, 25), sample(T0 - 3 * SEC, skew, 300, 10)])
    expect(offset).toBe(-skew)
    let timer = startTimer(5 * MIN, T0)
    timer = pauseTimer(timer, T0 + 61_234)
    timer = addTime(timer, MIN, T0 + 70 * SEC)
    timer = resumeTimer(timer, T0 + 80_500)
    for (let hostAt = T0 + 80_500; hostAt <= T0 + 7 * MIN; hostAt += 137) {
      const phoneClock = hostAt + skew
      const onPhone = formatRemaining(remainingMs(timer, hostNow(phoneClock, offset ?? 0)))
      const onHost = formatRemaining(remainingMs(timer, hostAt))
      expect(onPhone).toBe(onHost)
      // Without the offset the phone would be three minutes short.
      expect(remainingMs(timer, phoneClock)).toBe(Math.max(0, remainingMs(timer, hostAt) - skew))
    }
  })

  it('picks the shortest round trip, whose error is at most half of it', () => {
    const rng = random(42)
    for (let round = 0; round < 200; round++) {
      const skew = Math.round((rng() - 0.5) * 2 * 3600 * SEC)
      const samples = Array.from({ length: 8 }, (_, i) => sample(T0 + i * SEC, skew, 5 + rng() * 400, 5 + rng() * 400))
      const best = samples.reduce((a, b) => (b.clientReceiveMs - b.clientSendMs < a.clientReceiveMs - a.clientSendMs ? b : a))
      const offset = estimateOffset(samples)
      expect(offset).toBe(best.hostMs - (best.clientSendMs + best.clientReceiveMs) / 2)
      expect(Math.abs((offset ?? 0) + skew)).toBeLessThanOrEqual((best.clientReceiveMs - best.clientSendMs) / 2)
    }
  })

  it('is null without a usable sample, and skips broken ones', () => {
    expect(estimateOffset([])).toBeNull()
    expect(estimateOffset([{ clientSendMs: 10, hostMs: 5, clientReceiveMs: 9 }])).toBeNull()
    expect(estimateOffset([{ clientSendMs: Number.NaN, hostMs: 5, clientReceiveMs: 9 }])).toBeNull()
    const good = sample(T0, -MIN, 50, 50)
    expect(estimateOffset([{ clientSendMs: 0, hostMs: 0, clientReceiveMs: -1 }, good])).toBe(MIN)
  })
})

describe('formatRemaining', () => {
  it('shows mm:ss, rounding up to whole seconds', () => {
    expect(formatRemaining(0)).toBe('00:00')
    expect(formatRemaining(1)).toBe('00:01')
    expect(formatRemaining(999)).toBe('00:01')
    expect(formatRemaining(1000)).toBe('00:01')
    expect(formatRemaining(1001)).toBe('00:02')
    expect(formatRemaining(9 * MIN + 59 * SEC)).toBe('09:59')
    expect(formatRemaining(59 * MIN + 59 * SEC + 1)).toBe('1:00:00')
  })

  it('shows h:mm:ss from an hour up', () => {
    expect(formatRemaining(3600 * SEC)).toBe('1:00:00')
    expect(formatRemaining(3600 * SEC + 5 * MIN + 7 * SEC)).toBe('1:05:07')
    expect(formatRemaining(MAX_TIMER_MS)).toBe('24:00:00')
  })

  it('shows zero for negative or non-numbers', () => {
    expect(formatRemaining(-5000)).toBe('00:00')
    expect(formatRemaining(Number.NaN)).toBe('00:00')
  })
})

describe('parseDuration', () => {
  it.each([
    ['5', 5 * MIN],
    ['5:30', 5 * MIN + 30 * SEC],
    ['0:45', 45 * SEC],
    ['90:00', 90 * MIN],
    ['1:05:00', 65 * MIN],
    ['90s', 90 * SEC],
    ['10m', 10 * MIN],
    ['10 min', 10 * MIN],
    ['1h', 60 * MIN],
    ['1m 30s', 90 * SEC],
    ['1h30m', 90 * MIN],
    ['  7  ', 7 * MIN],
    ['10M', 10 * MIN],
    ['۵', 5 * MIN],
    ['۵:۳۰', 5 * MIN + 30 * SEC],
    ['۱:۰۵:۰۰', 65 * MIN],
    ['۹۰s', 90 * SEC],
    ['٥', 5 * MIN],
    ['٥:٣٠', 5 * MIN + 30 * SEC],
    ['١٠m', 10 * MIN],
    ['24:00:00', MAX_TIMER_MS],
  ])('reads %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', ' ', 'abc', '5:3', '5:60', '1:60:00', '1:00:60', '-5', '5.5', '0', '0:00', '25:00:00', '99999', ':30', '5:', '1:2:3:4', 's', 'm', '10x', '5 5'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeNull()
    },
  )
})
