import { describe, expect, it } from 'vitest'
import type { ImportPhase } from '../../../src/io/importJob'
import { runImportJob, type ImportJobMessage, type ImportJobRequest } from '../../../src/io/importJob'
import { importInWorker } from '../../../src/ui/files/importInWorker'
import { TITLES } from './helpers'

const MERMAID: ImportJobRequest = { name: 'Pasted text', text: 'journey\n  section A\n    Task: 3: Me\n', titles: TITLES }

/** A stand-in for the browser's Worker: runs the real job, answering one message per macrotask like a real one would. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ImportJobMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  delivered = 0
  constructor(private readonly fail = false) {}
  postMessage(request: ImportJobRequest) {
    if (this.fail) {
      setTimeout(() => this.onerror?.({ message: 'Out of memory', preventDefault() {} } as ErrorEvent), 0)
      return
    }
    const queue: ImportJobMessage[] = []
    runImportJob(request, (m) => queue.push(m))
    queue.forEach((message, i) =>
      setTimeout(() => {
        // A terminated worker sends nothing more, and the page hears nothing more.
        if (this.terminated) return
        this.delivered++
        this.onmessage?.({ data: message } as MessageEvent<ImportJobMessage>)
      }, i * 5),
    )
  }
  terminate() {
    this.terminated = true
  }
}

describe('importInWorker: the page’s side of the import worker', () => {
  it('passes on each phase and resolves with the result; the worker is ended afterwards', async () => {
    const worker = new FakeWorker()
    const phases: ImportPhase[] = []
    const job = importInWorker(MERMAID, (p) => phases.push(p), () => worker as unknown as Worker)
    const end = await job.done
    expect(phases).toEqual(['reading', 'checking'])
    if (end.kind !== 'read' || !end.result.ok) expect.fail(JSON.stringify(end))
    expect(end.result.value.source).toBe('mermaid')
    expect(worker.terminated).toBe(true)
  })

  it('Cancel terminates the worker at once: it resolves as cancelled and no later phase or result gets through', async () => {
    const worker = new FakeWorker()
    const phases: ImportPhase[] = []
    const job = importInWorker(MERMAID, (p) => phases.push(p), () => worker as unknown as Worker)
    await new Promise((resolve) => setTimeout(resolve, 1))
    job.cancel()
    expect(worker.terminated).toBe(true)
    expect(await job.done).toEqual({ kind: 'cancelled' })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(worker.delivered).toBeLessThan(3)
    expect(phases.length).toBe(worker.delivered)
    job.cancel()
    expect(await job.done).toEqual({ kind: 'cancelled' })
  })

  it('a worker that dies (out of memory) or cannot start ends as crashed, with its message', async () => {
    const dying = importInWorker(MERMAID, () => {}, () => new FakeWorker(true) as unknown as Worker)
    expect(await dying.done).toEqual({ kind: 'crashed', message: 'Out of memory' })
    const unborn = importInWorker(MERMAID, () => {}, () => {
      throw new Error('workers are not allowed here')
    })
    expect(await unborn.done).toEqual({ kind: 'crashed', message: 'workers are not allowed here' })
  })
})
