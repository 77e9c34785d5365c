import { readImport, type ImportTitles } from './readImport'
import type { ImportResult } from './types'

/**
 * What an import goes through, in order. `reading` and `checking` run in the import worker,
 * `saving` on the page (the database write and opening the new map). The format's load does its
 * checks and repairs in one call, so they are one phase here.
 */
export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const
export type ImportPhase = (typeof IMPORT_PHASES)[number]

/** The page asks the worker to read one file. Plain data: it crosses a structured clone. */
export interface ImportJobRequest {
  readonly name: string
  readonly text: string
  readonly titles: ImportTitles
}

/** What the worker sends back: any number of phases, then exactly one result. */
export type ImportJobMessage = { readonly kind: 'phase'; readonly phase: ImportPhase } | { readonly kind: 'result'; readonly result: ImportResult }

/**
 * The whole of the worker's work as a plain function, so Node tests run exactly what the worker
 * runs: parse, bound, migrate, validate and normalize the file, telling each phase as it starts.
 * Never throws (readImport does not, and a malformed request is answered, not thrown).
 */
export function runImportJob(request: ImportJobRequest, post: (message: ImportJobMessage) => void): void {
  post({ kind: 'phase', phase: 'reading' })
  if (!isRequest(request)) {
    post({ kind: 'result', result: { ok: false, error: { kind: 'notJson', message: 'the file is not text' } } })
    return
  }
  post({ kind: 'phase', phase: 'checking' })
  post({ kind: 'result', result: readImport(request.name, request.text, request.titles) })
}

function isRequest(value: unknown): value is ImportJobRequest {
  if (typeof value !== 'object' || value === null) return false
  const { name, text, titles } = value as Record<string, unknown>
  return typeof name === 'string' && typeof text === 'string' && typeof titles === 'object' && titles !== null
}
