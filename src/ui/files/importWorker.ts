import { z } from 'zod'
import { runImportJob, type ImportJobMessage, type ImportJobRequest } from '../../io/importJob'

// The worker is its own global: the page's zod setting does not reach it. Under the app's CSP zod
// must not try to compile validators with new Function (it would be refused and reported).
z.config({ jitless: true })

/** The worker's own scope, typed as much as this file uses of it (the project's lib is the DOM's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportJobRequest>) => void) | null
  postMessage(message: ImportJobMessage): void
}

scope.onmessage = (event) => runImportJob(event.data, (message) => scope.postMessage(message))
