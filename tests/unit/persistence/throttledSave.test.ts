import { describe, expect, it, vi } from 'vitest'
import { createThrottledSave, type SaveStatus } from '../../../src/persistence/throttledSave'

/** A saver over plain values whose writes are recorded, in the order things happened. */
function recorder(delayMs = 300) {
  const events: string[] = []
  const statuses: SaveStatus[] = []
  const saver = createThrottledSave<string>({
    initial: 'stored',
    delayMs,
    readOnly: false,
    onStatus: (s) => statuses.push(s),
    write: async (saved, target) => {
      events.push(`write ${saved}→${target}`)
    },
  })
  return { saver, events, statuses }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('throttled save', () => {
  it('starts the write of an edit after a quiet spell within the task that made it, before any later task', async () => {
    const { saver, events } = recorder()
    // A task queued before the edit: with the write on a zero timer it came first.
    setTimeout(() => events.push('the next task'), 0)
    saver.update('typed')
    await nextTask()
    expect(events).toEqual(['write stored→typed', 'the next task'])
  })

  it('takes the updates of one task as one write, and none when they end where they began', async () => {
    const { saver, events, statuses } = recorder()
    saver.update('a')
    saver.update('ab')
    await nextTask()
    expect(events).toEqual(['write stored→ab'])
    saver.update('ab!')
    saver.update('ab')
    await nextTask()
    expect(events).toEqual(['write stored→ab'])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('holds a burst after a write until the delay has passed, then writes it once', async () => {
    const { saver, events } = recorder(200)
    saver.update('1')
    await nextTask()
    saver.update('12')
    await nextTask()
    saver.update('123')
    await nextTask()
    expect(events).toEqual(['write stored→1'])
    await vi.waitFor(() => expect(events).toEqual(['write stored→1', 'write 1→123']), { timeout: 2000 })
  })
})
