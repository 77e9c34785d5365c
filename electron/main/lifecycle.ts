import type { FlushOutcome, SaveStatus } from '../shared/ipc'

/**
 * How long a close waits quietly for the page's flush before asking the person. A strict flush of
 * a big map takes well under a second; five seconds means something is stuck (a full disk, a
 * hung page), and the person should decide rather than the window closing on its own.
 */
export const SLOW_FLUSH_MS = 5000

/** What the person chose while a save was still running. */
export type SlowCloseChoice = 'wait' | 'closeAnyway' | 'cancel'

export interface CloseGuardDeps {
  /** Asks the page to write pending edits (it shows "Saving…"); it answers through `flushed`. */
  readonly sendFlushRequest: () => void
  /** Asks whether to close although the save failed; resolves true to close. */
  readonly confirmCloseAfterFailedSave: () => Promise<boolean>
  /**
   * Asks what to do about a save that is taking long. The guard aborts `signal` when the save
   * finishes while the question is open; the answer is then ignored.
   */
  readonly askWhileSaving: (signal: AbortSignal) => Promise<SlowCloseChoice>
  /** Closes the window for real; the guard lets the resulting 'close' event through. */
  readonly close: () => void
  /** The person chose to stay: a pending app quit must be called off. */
  readonly onCloseCancelled?: () => void
  readonly slowAfterMs?: number
  readonly setTimeout?: (callback: () => void, ms: number) => unknown
  readonly clearTimeout?: (handle: unknown) => void
}

export interface CloseGuard {
  /** Wire to the window's 'close' event. */
  onClose(event: { preventDefault(): void }): void
  /** The page has finished its flush: everything written, or the write failed. */
  flushed(outcome: FlushOutcome): void
  reportSaveStatus(status: SaveStatus): void
  readonly lastSaveStatus: SaveStatus | undefined
}

/**
 * open: nothing happening. flushing: the page is writing, the window waits. askingSlow: the
 * write is still running and the person is being asked. askingFailed: the write failed and the
 * person is being asked. closing: the real close is under way and is let through.
 */
type Phase = 'open' | 'flushing' | 'askingSlow' | 'askingFailed' | 'closing'

/**
 * The close handshake. A close is held back until the page has flushed its pending saves, and
 * the window never closes while a flush runs unless the person said so: a failed save asks
 * (close anyway or cancel), and a save that takes long asks (wait, close anyway or cancel).
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const slowAfterMs = deps.slowAfterMs ?? SLOW_FLUSH_MS
  const schedule = deps.setTimeout ?? ((cb, ms) => globalThis.setTimeout(cb, ms))
  const cancel = deps.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>))
  let phase: Phase = 'open'
  let lastSaveStatus: SaveStatus | undefined
  let timer: unknown
  // The outcome of the flush of this close attempt, once the page has answered.
  let outcome: FlushOutcome | undefined
  let slowQuestion: AbortController | undefined

  const stopTimer = (): void => {
    if (timer !== undefined) cancel(timer)
    timer = undefined
  }
  const startTimer = (): void => {
    stopTimer()
    timer = schedule(() => void onSlow(), slowAfterMs)
  }

  const closeNow = (): void => {
    stopTimer()
    phase = 'closing'
    deps.close()
  }
  const stay = (): void => {
    stopTimer()
    phase = 'open'
    deps.onCloseCancelled?.()
  }

  async function onFlushDone(): Promise<void> {
    // The page's own answer decides: a status reported earlier may be stale by now.
    if (outcome === 'saved') {
      closeNow()
      return
    }
    phase = 'askingFailed'
    // A dialog that cannot be shown counts as "stay": losing work needs a yes.
    const closeAnyway = await deps.confirmCloseAfterFailedSave().catch(() => false)
    if (closeAnyway) closeNow()
    else stay()
  }

  async function onSlow(): Promise<void> {
    timer = undefined
    if (phase !== 'flushing') return
    phase = 'askingSlow'
    const question = new AbortController()
    slowQuestion = question
    const choice = await deps.askWhileSaving(question.signal).catch((): SlowCloseChoice => 'cancel')
    slowQuestion = undefined
    // The flush ended while the question was open: its outcome decides, not the stale answer.
    if (question.signal.aborted) return
    if (choice === 'closeAnyway') closeNow()
    else if (choice === 'cancel') stay()
    else {
      phase = 'flushing'
      startTimer()
    }
  }

  return {
    onClose(event) {
      if (phase === 'closing') return
      event.preventDefault()
      // A second click on the close button while we wait or ask must not start a second handshake.
      if (phase !== 'open') return
      phase = 'flushing'
      outcome = undefined
      startTimer()
      try {
        deps.sendFlushRequest()
      } catch {
        // A crashed or destroyed page has no flush running and cannot answer; nothing to wait for.
        closeNow()
      }
    },
    flushed(result) {
      outcome = result
      if (phase === 'askingSlow') {
        phase = 'flushing'
        slowQuestion?.abort()
      }
      // A flush that finishes after the person cancelled (or before any close) changes nothing.
      if (phase !== 'flushing') return
      stopTimer()
      void onFlushDone()
    },
    reportSaveStatus(status) {
      lastSaveStatus = status
    },
    get lastSaveStatus() {
      return lastSaveStatus
    },
  }
}
