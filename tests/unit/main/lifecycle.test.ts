import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCloseGuard, SLOW_FLUSH_MS, type CloseGuardDeps, type SlowCloseChoice } from '../../../electron/main/lifecycle'

/** A question the test answers by hand, remembering the signal the guard handed it. */
function pendingQuestion<T>() {
  const asked: { answer: (value: T) => void; signal?: AbortSignal }[] = []
  const ask = vi.fn(
    (signal?: AbortSignal) =>
      new Promise<T>((resolve) => {
        asked.push({ answer: resolve, signal })
      }),
  )
  return { ask, asked }
}

function setup(overrides: Partial<CloseGuardDeps> = {}) {
  const deps = {
    sendFlushRequest: vi.fn(),
    confirmCloseAfterFailedSave: vi.fn(async () => true),
    askWhileSaving: vi.fn(async (): Promise<SlowCloseChoice> => 'wait'),
    close: vi.fn(),
    onCloseCancelled: vi.fn(),
    ...overrides,
  }
  const guard = createCloseGuard(deps)
  const closeEvent = () => {
    const event = { preventDefault: vi.fn() }
    guard.onClose(event)
    return event
  }
  return { deps, guard, closeEvent }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('close while saving', () => {
  it('a pending save that completes: holds the close, asks the page to flush, closes after the flush', async () => {
    const { deps, guard, closeEvent } = setup()
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS - 1)
    expect(deps.close).not.toHaveBeenCalled()

    guard.flushed('saved')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
    expect(deps.askWhileSaving).not.toHaveBeenCalled()
    // The real close that follows is let through.
    expect(closeEvent().preventDefault).not.toHaveBeenCalled()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
  })

  it('a running save that fails: asks, and closes only when told to', async () => {
    const { deps, guard, closeEvent } = setup()
    closeEvent()
    guard.flushed('failed')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.confirmCloseAfterFailedSave).toHaveBeenCalledOnce()
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('a failed save and Cancel: stays open, calls off a quit, and asks again next time', async () => {
    const confirm = vi.fn(async () => false)
    const { deps, guard, closeEvent } = setup({ confirmCloseAfterFailedSave: confirm })
    closeEvent()
    guard.flushed('failed')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).not.toHaveBeenCalled()
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()

    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledTimes(2)
    guard.flushed('failed')
    await vi.advanceTimersByTimeAsync(0)
    expect(confirm).toHaveBeenCalledTimes(2)
  })

  it('never closes mid-flush on its own: a page that never answers gets a question, not a timeout', async () => {
    const question = pendingQuestion<SlowCloseChoice>()
    const { deps, closeEvent } = setup({ askWhileSaving: question.ask })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS * 10)
    expect(deps.close).not.toHaveBeenCalled()
    expect(question.ask).toHaveBeenCalledOnce()
    expect(deps.close).not.toHaveBeenCalled()
  })

  it('a slow save and Wait: keeps waiting, closes when the flush lands, asks again only if it is slow again', async () => {
    const question = pendingQuestion<SlowCloseChoice>()
    const { deps, guard, closeEvent } = setup({ askWhileSaving: question.ask })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    question.asked[0]!.answer('wait')
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS - 1)
    expect(question.ask).toHaveBeenCalledOnce()
    guard.flushed('saved')
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.close).toHaveBeenCalledOnce()
    expect(question.ask).toHaveBeenCalledOnce()
  })

  it('a slow save that finishes while the question is open: the question is withdrawn and the flush decides', async () => {
    const question = pendingQuestion<SlowCloseChoice>()
    const { deps, guard, closeEvent } = setup({ askWhileSaving: question.ask })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    const signal = question.asked[0]!.signal!
    guard.flushed('saved')
    expect(signal.aborted).toBe(true)
    // The aborted box answers as if cancelled; that answer must not keep the window open.
    question.asked[0]!.answer('cancel')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
    expect(deps.onCloseCancelled).not.toHaveBeenCalled()
  })

  it('a slow save that fails while the question is open: asks about the failure instead', async () => {
    const question = pendingQuestion<SlowCloseChoice>()
    const confirm = vi.fn(async () => false)
    const { deps, guard, closeEvent } = setup({ askWhileSaving: question.ask, confirmCloseAfterFailedSave: confirm })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    guard.flushed('failed')
    question.asked[0]!.answer('cancel')
    await vi.advanceTimersByTimeAsync(0)
    expect(confirm).toHaveBeenCalledOnce()
    expect(deps.close).not.toHaveBeenCalled()
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()
  })

  it('a slow save and Close anyway: closes, because the person said so', async () => {
    const { deps, closeEvent } = setup({ askWhileSaving: async () => 'closeAnyway' })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('a slow save and Cancel: stays open, and a flush that lands later does not close the window', async () => {
    const { deps, guard, closeEvent } = setup({ askWhileSaving: async () => 'cancel' })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()
    guard.flushed('saved')
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.close).not.toHaveBeenCalled()
  })

  it('a question that cannot be shown counts as Cancel', async () => {
    const { deps, guard, closeEvent } = setup({
      askWhileSaving: async () => Promise.reject(new Error('no window')),
      confirmCloseAfterFailedSave: async () => Promise.reject(new Error('no window')),
    })
    closeEvent()
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()
    closeEvent()
    guard.flushed('failed')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.onCloseCancelled).toHaveBeenCalledTimes(2)
    expect(deps.close).not.toHaveBeenCalled()
  })

  it('ignores repeated close clicks while waiting and while asking', async () => {
    const question = pendingQuestion<boolean>()
    const { deps, guard, closeEvent } = setup({ confirmCloseAfterFailedSave: () => question.ask() })
    closeEvent()
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    guard.flushed('failed')
    await vi.advanceTimersByTimeAsync(0)
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
    question.asked[0]!.answer(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('ignores a stray flushed before any close', async () => {
    const { deps, guard } = setup()
    guard.flushed('saved')
    await vi.advanceTimersByTimeAsync(SLOW_FLUSH_MS)
    expect(deps.close).not.toHaveBeenCalled()
  })

  it("trusts the flush's own outcome over an earlier reported status", async () => {
    const { deps, guard, closeEvent } = setup()
    guard.reportSaveStatus('failed')
    closeEvent()
    guard.flushed('saved')
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.confirmCloseAfterFailedSave).not.toHaveBeenCalled()
    expect(deps.close).toHaveBeenCalledOnce()
    expect(guard.lastSaveStatus).toBe('failed')
  })

  it('does not wait for a page that cannot be asked (crashed: no flush is running)', async () => {
    const { deps, closeEvent } = setup({
      sendFlushRequest: () => {
        throw new Error('Object has been destroyed')
      },
    })
    closeEvent()
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
  })
})
