import type { JourneyboardDb } from '../persistence/db'
import type { Notice } from './workspaceSlice'

/** Why a storage call did not happen. One shape for every call, so the UI says it one way. */
export interface StorageFailure {
  readonly kind: 'storage'
  readonly message: string
}

export type StorageResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: StorageFailure }

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message
  return String(error)
}

export function storageFailure(error: unknown): StorageFailure {
  return { kind: 'storage', message: errorMessage(error) }
}

/** The notice every storage failure becomes. */
export function storageNotice(failure: StorageFailure): Omit<Notice, 'id'> {
  return { key: 'errors.storage', values: { message: failure.message }, tone: 'error' }
}

/**
 * The one door from the workspace to IndexedDB: every call goes through `run`, which hands the
 * work the open database and turns any failure (storage not open, quota, a closed connection)
 * into a StorageFailure that is shown as a notice and returned, never thrown.
 */
export interface StorageGate {
  run<T>(work: (db: JourneyboardDb) => Promise<T>): Promise<StorageResult<T>>
  /** The open database, or null before init and after dispose. */
  current(): JourneyboardDb | null
}

export function createStorageGate(getDb: () => JourneyboardDb | null, report: (failure: StorageFailure) => void): StorageGate {
  return {
    async run(work) {
      try {
        const db = getDb()
        if (!db) throw new Error('The database is not open')
        return { ok: true, value: await work(db) }
      } catch (error) {
        const failure = storageFailure(error)
        report(failure)
        return { ok: false, failure }
      }
    },
    current: getDb,
  }
}
