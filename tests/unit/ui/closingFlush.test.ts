import { describe, expect, it, vi } from 'vitest'
import { createClosingFlush } from '../../../src/ui/closingFlush'

function deferred() {
  let resolve: () => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('"Saving…" while a closing window waits', () => {
  it('shows while the flush runs and hides once it has written', async () => {
    const write = deferred()
    const show = vi.fn()
    const run = createClosingFlush(() => write.promise, show)
    const done = run()
    expect(show.mock.calls).toEqual([[true]])
    write.resolve()
    await done
    expect(show.mock.calls).toEqual([[true], [false]])
  })

  it('hides after a failed flush too, and passes the failure on so main hears "failed"', async () => {
    const show = vi.fn()
    const run = createClosingFlush(async () => Promise.reject(new Error('disk full')), show)
    await expect(run()).rejects.toThrow('disk full')
    expect(show).toHaveBeenLastCalledWith(false)
  })

  it('stays up until the last of two overlapping flushes ends', async () => {
    const first = deferred()
    const second = deferred()
    const writes = [first.promise, second.promise]
    const show = vi.fn()
    const run = createClosingFlush(() => writes.shift()!, show)
    const a = run()
    const b = run()
    first.resolve()
    await a
    expect(show).not.toHaveBeenCalledWith(false)
    second.resolve()
    await b
    expect(show).toHaveBeenLastCalledWith(false)
  })
})
