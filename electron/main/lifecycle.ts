import type { SaveStatus } from '../shared/ipc'

/** How long a page gets to write its pending edits before the window closes anyway (a hung page must not trap people). */
export const FLUSH_TIMEOUT_MS = 3000

export interface CloseGuardDeps {
  /** Asks the page to write pending edits; it answers through the `flushed` channel. */
  readonly sendFlushRequest: () => void
  /** Asks whether to quit although the last save failed; resolves true to quit. */
  readonly confirmQuitAfterFailedSave: () => Promise<boolean>
  /** Closes the window for real; the guard lets the resulting 'close' event through. */
  readonly close: () => void
  /** The person chose to stay: a pending app quit must be called off. */
  readonly onCloseCancelled?: () => void
  readonly timeoutMs?: number
  readonly setTimeout?: (callback: () => void, ms: number) => unknown
  readonly clearTimeout?: (handle: unknown) => void
}

export interface CloseGuard {
  /** Wire to the window's 'close' event. */
  onClose(event: { preventDefault(): void }): void
  /** The page reports it has written everything. */
  flushed(): void
  reportSaveStatus(status: SaveStatus): void
  readonly lastSaveStatus: SaveStatus | undefined
}

type Phase = 'open' | 'flushing' | 'confirming' | 'closing'

/**
 * The close handshake: the first close is held back until the page has flushed its pending saves
 * (or FLUSH_TIMEOUT_MS passed), and a failed last save asks before anything is thrown away.
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS
  const schedule = deps.setTimeout ?? ((cb, ms) => globalThis.setTimeout(cb, ms))
  const cancel = deps.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>))
  let phase: Phase = 'open'
  let lastSaveStatus: SaveStatus | undefined
  let timer: unknown

  const finishFlush = async (): Promise<void> => {
    if (phase !== 'flushing') return
    if (timer !== undefined) cancel(timer)
    timer = undefined
    if (lastSaveStatus === 'failed') {
      phase = 'confirming'
      // A dialog that cannot be shown counts as "stay": losing work needs a yes.
      const quit = await deps.confirmQuitAfterFailedSave().catch(() => false)
      if (!quit) {
        phase = 'open'
        deps.onCloseCancelled?.()
        return
      }
    }
    phase = 'closing'
    deps.close()
  }

  return {
    onClose(event) {
      if (phase === 'closing') return
      event.preventDefault()
      // A second click on the close button while we wait must not start a second handshake.
      if (phase !== 'open') return
      phase = 'flushing'
      timer = schedule(() => void finishFlush(), timeoutMs)
      try {
        deps.sendFlushRequest()
      } catch {
        // A crashed or destroyed page cannot flush; nothing is gained by waiting for it.
        void finishFlush()
      }
    },
    flushed() {
      void finishFlush()
    },
    reportSaveStatus(status) {
      lastSaveStatus = status
    },
    get lastSaveStatus() {
      return lastSaveStatus
    },
  }
}
