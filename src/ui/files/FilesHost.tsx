import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '../../../electron/shared/ipc'
import { platform, readPickedFile } from '../../platform'
import { onAppCommand } from '../../platform/commands'
import { appStore, useAppStore } from '../../store'
import { ExportDialog } from './ExportDialog'
import { ExportProgressDialog } from './ExportProgressDialog'
import { usePictureExport } from './usePictureExport'
import { describeFileError, exportOpenMap, notice, saveOpenMap } from './fileActions'
import { ImportDialog } from './ImportDialog'
import { ImportReport, type ImportReportData } from './ImportReport'

/**
 * Everything about files that is not tied to one screen: the import and export dialogs, the
 * File menu's commands and their keys, files dropped on the window or handed over by the system
 * (a double-clicked .journey). Mounted once, beside the app.
 */
export function FilesHost() {
  const { t } = useTranslation()
  const dialog = useAppStore((s) => s.dialog)
  const picture = usePictureExport()
  const [report, setReport] = useState<ImportReportData | null>(null)
  // Files that arrive while a dialog is showing wait their turn (the store keeps the queue).
  const offer = appStore.getState().offerFile
  const closeDialog = appStore.getState().closeDialog

  const run = useCallback(
    (command: MenuCommand) => {
      const hasMap = appStore.getState().doc !== null
      switch (command) {
        case 'openFile':
        case 'importFile':
          appStore.getState().openDialog({ kind: 'import', preset: null })
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
          if (hasMap) appStore.getState().openDialog({ kind: 'export', pictureKind: command === 'exportPng' ? 'png' : command === 'exportSvg' ? 'svg' : 'pdf' })
          return true
        default:
          return false
      }
    },
    [t],
  )

  // Ctrl+S, Ctrl+Shift+S and Ctrl+O arrive as app commands from the keymap, like the File menu's items.
  useEffect(() => onAppCommand(run), [run])

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

  return (
    <>
      <ImportDialog
        open={dialog?.kind === 'import'}
        preset={dialog?.kind === 'import' ? dialog.preset : null}
        onClose={closeDialog}
        onDone={(outcome) => {
          if (outcome.report) setReport(outcome.report)
          else notice('import.done', { title: outcome.title }, 'info')
        }}
      />
      <ExportDialog open={dialog?.kind === 'export'} onClose={closeDialog} pictureKind={dialog?.kind === 'export' ? dialog.pictureKind : 'png'} onPicture={picture.start} />
      <ExportProgressDialog progress={picture.progress} onCancel={picture.cancel} />
      <ImportReport report={report} onClose={() => setReport(null)} />
    </>
  )
}
