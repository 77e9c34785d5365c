import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand, OpenedFile, VisualExportKind } from '../../../electron/shared/ipc'
import { exportJson } from '../../io'
import { platform, readPickedFile } from '../../platform'
import { onAppCommand } from '../../platform/commands'
import { appStore } from '../../store'
import { ExportDialog } from './ExportDialog'
import { ExportProgressDialog } from './ExportProgressDialog'
import { usePictureExport } from './usePictureExport'
import { describeFileError, exportOpenMap, notice, OPEN_EXPORT_EVENT, OPEN_IMPORT_EVENT, saveOpenMap } from './fileActions'
import { ImportDialog } from './ImportDialog'
import { ImportReport, type ImportReportData } from './ImportReport'

/** A rolling backup of the open map at most this often, once its edits are saved (desktop only). */
const BACKUP_EVERY_MS = 5 * 60 * 1000

type ImportState = { readonly open: false } | { readonly open: true; readonly preset: OpenedFile | null }

/**
 * Everything about files that is not tied to one screen: the import and export dialogs, the
 * File menu's commands and their keys, files dropped on the window or handed over by the system
 * (a double-clicked .journey), and rolling backups. Mounted once, beside the app.
 */
export function FilesHost() {
  const { t } = useTranslation()
  const [importing, setImporting] = useState<ImportState>({ open: false })
  const [exporting, setExporting] = useState(false)
  const [pictureKind, setPictureKind] = useState<VisualExportKind>('png')
  const picture = usePictureExport()
  const [report, setReport] = useState<ImportReportData | null>(null)
  // Files that arrived while a dialog was showing wait their turn.
  const waiting = useRef<OpenedFile[]>([])

  const offer = useCallback((file: OpenedFile) => {
    setImporting((state) => {
      if (state.open) {
        waiting.current.push(file)
        return state
      }
      return { open: true, preset: file }
    })
  }, [])

  const closeImport = useCallback(() => {
    const next = waiting.current.shift()
    setImporting(next ? { open: true, preset: next } : { open: false })
  }, [])

  const run = useCallback(
    (command: MenuCommand) => {
      const hasMap = appStore.getState().doc !== null
      switch (command) {
        case 'openFile':
        case 'importFile':
          setImporting({ open: true, preset: null })
          return true
        case 'saveFile':
          if (hasMap) void saveOpenMap(t)
          return true
        case 'saveFileAs':
          if (hasMap) void saveOpenMap(t, true)
          return true
        case 'exportJson':
          if (hasMap) void exportOpenMap(t, 'journey')
          return true
        case 'exportCsv':
          if (hasMap) void exportOpenMap(t, 'csv')
          return true
        case 'exportPng':
        case 'exportSvg':
        case 'exportPdf':
          // Pictures have options (scale, scope, paper): the dialog opens on the chosen format.
          if (hasMap) {
            setPictureKind(command === 'exportPng' ? 'png' : command === 'exportSvg' ? 'svg' : 'pdf')
            setExporting(true)
          }
          return true
        default:
          return false
      }
    },
    [t],
  )

  useEffect(() => {
    const onImport = () => setImporting({ open: true, preset: null })
    const onExport = () => setExporting(true)
    const onOffer = (e: Event) => offer((e as CustomEvent<OpenedFile>).detail)
    const stopCommands = onAppCommand(run)
    window.addEventListener(OPEN_IMPORT_EVENT, onImport)
    window.addEventListener(OPEN_EXPORT_EVENT, onExport)
    window.addEventListener('journeyboard:offer-file', onOffer)
    return () => {
      stopCommands()
      window.removeEventListener(OPEN_IMPORT_EVENT, onImport)
      window.removeEventListener(OPEN_EXPORT_EVENT, onExport)
      window.removeEventListener('journeyboard:offer-file', onOffer)
    }
  }, [run, offer])

  // A file dropped anywhere on the window is read in the page (no path needed) and offered for import.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      // Never let the browser navigate to the dropped file.
      e.preventDefault()
      for (const file of Array.from(e.dataTransfer?.files ?? [])) {
        void readPickedFile(file).then((read) => {
          if (read.kind === 'opened') offer(read.file)
          else if (read.kind === 'failed') notice('files.openFailed', { name: read.name, reason: describeFileError(t, read.error) }, 'error')
        })
      }
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [offer, t])

  // Files the system handed to the app (double-click, a second launch, Open Recent).
  useEffect(() => {
    const take = () =>
      void platform.files.takePending().then((results) => {
        for (const result of results) {
          if (result.kind === 'opened') offer(result.file)
          else if (result.kind === 'failed') notice('files.openFailed', { name: result.name, reason: describeFileError(t, result.error) }, 'error')
        }
      })
    take()
    return platform.files.onPending(take)
  }, [offer, t])

  useEffect(() => {
    if (!platform.files.native) return
    const lastBackup = new Map<string, number>()
    return appStore.subscribe((s, prev) => {
      if (!s.doc || s.saveStatus !== 'saved' || (prev.saveStatus === 'saved' && prev.doc === s.doc)) return
      const mapId = s.doc.map.id
      const now = Date.now()
      if (now - (lastBackup.get(mapId) ?? 0) < BACKUP_EVERY_MS) return
      lastBackup.set(mapId, now)
      const doc = s.doc
      void platform
        .appInfo()
        .then((info) => platform.files.backup(mapId, doc.map.title, exportJson(doc, { name: info.name, version: info.version })))
        // A backup is a second copy: failing it must not interrupt work, and the next one retries.
        .catch(() => lastBackup.delete(mapId))
    })
  }, [])

  return (
    <>
      <ImportDialog
        open={importing.open}
        preset={importing.open ? importing.preset : null}
        onClose={closeImport}
        onDone={(outcome) => {
          if (outcome.report) setReport(outcome.report)
          else notice('import.done', { title: outcome.title }, 'info')
        }}
      />
      <ExportDialog open={exporting} onClose={() => setExporting(false)} pictureKind={pictureKind} onPicture={picture.start} />
      <ExportProgressDialog progress={picture.progress} onCancel={picture.cancel} />
      <ImportReport report={report} onClose={() => setReport(null)} />
    </>
  )
}
