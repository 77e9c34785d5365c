import type { MapId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import type { SaveStatus } from './autosave'
import type { JourneyboardDb } from './db'
import { writeMapFacilitation } from './facilitation'

export interface FacilitationAutosaveOptions {
  readonly db: JourneyboardDb
  readonly mapId: MapId
  /** The facilitation exactly as it is stored (what the map was opened with). */
  readonly initial: MapFacilitation
  readonly delayMs?: number
  readonly onStatus: (status: SaveStatus, error?: unknown) => void
  readonly readOnly?: boolean
}

export interface FacilitationAutosave {
  /** Records the newest facilitation; it is written at most `delayMs` later. */
  update(facilitation: MapFacilitation): void
  /** Writes whatever is pending now (blur, hide, close, Try again); rejects if that write fails. */
  flush(): Promise<void>
  /** Flushes, then ignores further updates. */
  dispose(): Promise<void>
}

/**
 * Keeps one open map's agenda and vote history stored, the way createAutosave keeps its document:
 * throttled, strict durability, and `saved` advances only after a commit, so a failed write
 * (storage full) is reported and carried by the next attempt, never lost. The row is small and
 * written whole, so there is nothing to diff: a change is a new value (compared by reference).
 */
export function createFacilitationAutosave(options: FacilitationAutosaveOptions): FacilitationAutosave {
  const { db, mapId } = options
  const delayMs = options.delayMs ?? 300
  const readOnly = options.readOnly ?? db.readOnly
  let saved = options.initial
  let latest = options.initial
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<void> | null = null
  let disposed = false
  let status: SaveStatus = 'saved'
  const onStatus = (next: SaveStatus, error?: unknown): void => {
    if (next === status && next !== 'failed') return
    status = next
    options.onStatus(next, error)
  }
  if (readOnly) onStatus('readonly')

  function schedule(): void {
    if (timer === null && inFlight === null) timer = setTimeout(() => void write().catch(() => {}), delayMs)
  }

  function write(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    if (inFlight) return inFlight
    const target = latest
    if (target === saved) return Promise.resolve()
    onStatus('saving')
    inFlight = writeMapFacilitation(db, mapId, target).then(
      () => {
        saved = target
        inFlight = null
        if (latest === saved) onStatus('saved')
        else {
          onStatus('unsaved')
          if (!disposed) schedule()
        }
      },
      (error: unknown) => {
        inFlight = null
        onStatus('failed', error)
        throw error
      },
    )
    return inFlight
  }

  async function flush(): Promise<void> {
    if (readOnly) return
    while (latest !== saved) {
      const running = inFlight
      if (running) await running.catch(() => {})
      else await write()
    }
  }

  return {
    update(facilitation) {
      if (disposed) return
      if (readOnly) {
        onStatus('readonly')
        return
      }
      latest = facilitation
      if (latest === saved && inFlight === null) {
        if (timer !== null) clearTimeout(timer)
        timer = null
        onStatus('saved')
        return
      }
      onStatus('unsaved')
      schedule()
    },
    flush,
    async dispose() {
      try {
        await flush()
      } finally {
        disposed = true
        if (timer !== null) clearTimeout(timer)
        timer = null
      }
    },
  }
}
