import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCloseGuard, FLUSH_TIMEOUT_MS, type CloseGuardDeps } from '../../../electron/main/lifecycle'

function setup(overrides: Partial<CloseGuardDeps> = {}) {
  const deps = {
    sendFlushRequest: vi.fn(),
    confirmQuitAfterFailedSave: vi.fn(async () => true),
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

describe('close handshake', () => {
  it('holds the first close, asks the page to flush and closes once it has', async () => {
    const { deps, guard, closeEvent } = setup()
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
    expect(deps.close).not.toHaveBeenCalled()

    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
    // The real close that follows is let through.
    expect(closeEvent().preventDefault).not.toHaveBeenCalled()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
  })

  it('closes after the timeout when the page never answers', async () => {
    const { deps, closeEvent } = setup()
    closeEvent()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1)
    expect(deps.close).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(deps.close).toHaveBeenCalledOnce()
    expect(FLUSH_TIMEOUT_MS).toBe(3000)
  })

  it('closes once even if flushed arrives after the timeout', async () => {
    const { deps, guard, closeEvent } = setup()
    closeEvent()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    guard.flushed()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('ignores repeated close clicks while waiting', async () => {
    const { deps, guard, closeEvent } = setup()
    closeEvent()
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledOnce()
    guard.flushed()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('ignores a stray flushed before any close', async () => {
    const { deps, guard } = setup()
    guard.flushed()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(deps.close).not.toHaveBeenCalled()
  })

  it('asks before quitting when the last save failed, and quits if told to', async () => {
    const { deps, guard, closeEvent } = setup()
    guard.reportSaveStatus('failed')
    closeEvent()
    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.confirmQuitAfterFailedSave).toHaveBeenCalledOnce()
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('stays open when the person cancels, and asks again next time', async () => {
    const confirm = vi.fn(async () => false)
    const { deps, guard, closeEvent } = setup({ confirmQuitAfterFailedSave: confirm })
    guard.reportSaveStatus('failed')
    closeEvent()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(confirm).toHaveBeenCalledOnce()
    expect(deps.close).not.toHaveBeenCalled()
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()

    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    expect(deps.sendFlushRequest).toHaveBeenCalledTimes(2)
    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(confirm).toHaveBeenCalledTimes(2)
  })

  it('uses the status reported during the flush', async () => {
    const { deps, guard, closeEvent } = setup()
    guard.reportSaveStatus('failed')
    closeEvent()
    guard.reportSaveStatus('saved')
    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.confirmQuitAfterFailedSave).not.toHaveBeenCalled()
    expect(deps.close).toHaveBeenCalledOnce()
    expect(guard.lastSaveStatus).toBe('saved')
  })

  it('holds a close during the dialog', async () => {
    let answer: (quit: boolean) => void = () => undefined
    const { deps, guard, closeEvent } = setup({ confirmQuitAfterFailedSave: () => new Promise((resolve) => (answer = resolve)) })
    guard.reportSaveStatus('failed')
    closeEvent()
    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(closeEvent().preventDefault).toHaveBeenCalledOnce()
    answer(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).toHaveBeenCalledOnce()
  })

  it('treats a failing dialog as cancel', async () => {
    const { deps, guard, closeEvent } = setup({ confirmQuitAfterFailedSave: async () => Promise.reject(new Error('no window')) })
    guard.reportSaveStatus('failed')
    closeEvent()
    guard.flushed()
    await vi.advanceTimersByTimeAsync(0)
    expect(deps.close).not.toHaveBeenCalled()
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce()
  })

  it('does not wait for a page that cannot be asked', async () => {
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
