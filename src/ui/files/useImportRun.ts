import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import type { MapId, WorkshopId } from '../../domain'
import type { ImportPhase } from '../../io/importJob'
import type { Workspace } from '../../store/workspace'
import { notice } from './fileActions'
import type { ImportReportData } from './ImportReport'
import { importInWorker } from './importInWorker'
import { startImport, type FileReader, type ImportOutcome, type ImportRun, type ImportTarget } from './runImport'

/** What the import panel shows: the import under way, or how it ended when the person was busy meanwhile. */
export type ImportPanelView =
  | { readonly kind: 'running'; readonly name: string; readonly phase: ImportPhase; readonly cancelling?: boolean }
  | { readonly kind: 'imported'; readonly name: string; readonly title: string; readonly workshopId: WorkshopId; readonly mapId: MapId; readonly report: ImportReportData | null }
  | { readonly kind: 'refused'; readonly name: string; readonly message: string }

export interface ImportFile {
  readonly name: string
  readonly text: string
  readonly token?: string
}

/** How an import ended, for the host to tell the person about; `waited` when they did nothing else meanwhile. */
export type ImportEnd = { readonly outcome: ImportOutcome; readonly file: ImportFile; readonly waited: boolean }

export interface ImportRunner {
  readonly view: ImportPanelView | null
  /** The panel's element: a click or key in it is not "going back to work". */
  readonly panel: RefObject<HTMLElement | null>
  start(file: ImportFile, target: ImportTarget): void
  /** Stops the import: at once while the file is read, after the write's current chunk during it. */
  cancel(): void
  /** Puts the panel away after the person has read how the import ended. */
  dismiss(): void
}

/**
 * One import at a time, running beside the board instead of in front of it. While it runs, any
 * click or key press outside its panel means the person went back to work: the new map is then not
 * opened over what they are doing, and a refusal is shown in the panel rather than in a dialog.
 * If they only waited, the import ends as it always did (the map opens; a refusal is told in the
 * Import dialog, `onEnd` decides).
 */
export function useImportRun(t: TFunction, workspace: Workspace, onEnd: (end: ImportEnd) => void, read: FileReader = importInWorker): ImportRunner {
  const [view, setView] = useState<ImportPanelView | null>(null)
  const job = useRef<ImportRun | null>(null)
  const runningName = useRef('')
  const worked = useRef(false)
  const panel = useRef<HTMLElement | null>(null)
  const running = view?.kind === 'running'

  useEffect(() => {
    if (!running) return
    const busy = (event: Event) => {
      if (event.target instanceof Node && panel.current?.contains(event.target)) return
      worked.current = true
    }
    // Capture: the board stops some events from bubbling, and the person's action counts all the same.
    window.addEventListener('pointerdown', busy, true)
    window.addEventListener('keydown', busy, true)
    return () => {
      window.removeEventListener('pointerdown', busy, true)
      window.removeEventListener('keydown', busy, true)
    }
  }, [running])

  // A host taken away mid-import (the app closing) must not leave its worker running.
  useEffect(
    () => () => {
      job.current?.cancel()
    },
    [],
  )

  const start = useCallback(
    (file: ImportFile, target: ImportTarget) => {
      if (job.current) return
      worked.current = false
      runningName.current = file.name
      setView({ kind: 'running', name: file.name, phase: 'reading' })
      const started = startImport(
        t,
        workspace,
        target,
        file,
        (phase) => setView((now) => (now?.kind === 'running' && job.current === started ? { ...now, phase } : now)),
        read,
        () => !worked.current,
      )
      job.current = started
      void started.done.then((outcome) => {
        // A cancelled run has already been let go of; its late answer changes nothing.
        if (job.current !== started) return
        job.current = null
        const waited = !worked.current
        // A Cancel pressed during the write ends here, once the write has been rolled back.
        if (outcome.kind === 'cancelled') notice('import.cancelled', { name: file.name }, 'info')
        if (outcome.kind === 'imported' && !outcome.opened) {
          setView({ kind: 'imported', name: file.name, title: outcome.title, workshopId: outcome.workshopId, mapId: outcome.mapId, report: outcome.report })
        } else if (outcome.kind === 'refused' && !waited) setView({ kind: 'refused', name: file.name, message: outcome.message })
        else setView(null)
        onEnd({ outcome, file, waited })
      })
    },
    [t, workspace, read, onEnd],
  )

  const cancel = useCallback(() => {
    const current = job.current
    if (!current) return
    if (current.cancel() === 'stopping') {
      // The write stops after its current chunk, or had just been committed: then the map is
      // offered, not opened, since the person asked for it not to appear.
      worked.current = true
      setView((now) => (now?.kind === 'running' ? { ...now, cancelling: true } : now))
      return
    }
    job.current = null
    setView(null)
    notice('import.cancelled', { name: runningName.current }, 'info')
  }, [])

  const dismiss = useCallback(() => setView((now) => (now?.kind === 'running' ? now : null)), [])

  return { view, panel, start, cancel, dismiss }
}
