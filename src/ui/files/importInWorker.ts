import type { ImportJobMessage, ImportJobRequest, ImportPhase } from '../../io/importJob'
import type { ImportResult } from '../../io'

/** How a worker import ended: the reader's answer, a Cancel, or a worker that died (out of memory). */
export type WorkerImportEnd = { readonly kind: 'read'; readonly result: ImportResult } | { readonly kind: 'cancelled' } | { readonly kind: 'crashed'; readonly message: string }

export interface WorkerImport {
  readonly done: Promise<WorkerImportEnd>
  /** Stops the worker at once, wherever it is: nothing it did reaches the page. */
  cancel(): void
}

/** Makes the worker; a parameter so tests can hand in a stand-in. */
export type WorkerFactory = () => Worker

// Vite bundles the worker (and what it imports) as a separate module script under the same origin,
// so the CSP's script-src 'self' covers it in the web build and on app://.
const defaultFactory: WorkerFactory = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'journeyboard-import' })

/**
 * Reads a file in a fresh worker, one per import, so a Cancel can terminate it (a long
 * JSON.parse or validation cannot be interrupted any other way) and a crash takes only the worker.
 */
export function importInWorker(request: ImportJobRequest, onPhase: (phase: ImportPhase) => void, factory: WorkerFactory = defaultFactory): WorkerImport {
  let finish: (end: WorkerImportEnd) => void = () => {}
  const done = new Promise<WorkerImportEnd>((resolve) => {
    finish = resolve
  })
  let worker: Worker | null = null
  const end = (result: WorkerImportEnd) => {
    if (!worker) return
    worker.terminate()
    worker = null
    finish(result)
  }
  try {
    worker = factory()
  } catch (e) {
    finish({ kind: 'crashed', message: e instanceof Error ? e.message : String(e) })
    return { done, cancel: () => {} }
  }
  worker.onmessage = (event: MessageEvent<ImportJobMessage>) => {
    const message = event.data
    if (message.kind === 'phase') {
      if (worker) onPhase(message.phase)
    } else end({ kind: 'read', result: message.result })
  }
  worker.onerror = (event) => {
    // Without preventDefault the error is also reported as the page's own uncaught error.
    event.preventDefault()
    end({ kind: 'crashed', message: event.message || 'the import worker stopped' })
  }
  worker.onmessageerror = () => end({ kind: 'crashed', message: 'the imported map could not be handed to the page' })
  worker.postMessage(request)
  return { done, cancel: () => end({ kind: 'cancelled' }) }
}
