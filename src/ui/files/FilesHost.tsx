import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand, OpenedFile } from '../../../electron/shared/ipc'
import type { MapId, WorkshopId } from '../../domain'
import { platform, readPickedFile } from '../../platform'
import { onAppCommand } from '../../platform/commands'
import { appStore, useAppStore } from '../../store'
import { ExportDialog } from './ExportDialog'
import { ExportProgressDialog } from './ExportProgressDialog'
import { usePictureExport } from './usePictureExport'
import { describeFileError, exportOpenMap, notice, saveOpenMap } from './fileActions'
import { useWorkspace } from '../WorkspaceContext'
import type { Workspace } from '../../store/workspace'
import { ImportDialog, type ImportProblem } from './ImportDialog'
import { ImportPanel } from './ImportPanel'
import type { FileReader } from './runImport'
import { useImportRun, type ImportEnd } from './useImportRun'
import { ImportReport, type ImportReportData } from './ImportReport'

/**
 * Everything about files that is not tied to one screen: the import and export dialogs, the
 * File menu's commands and their keys, files dropped on the window or handed over by the system
 * (a double-clicked .journey). Mounted once, beside the app. `read` reads an imported file (the
 * import worker; tests hand in a stand-in).
 */
export function FilesHost({ read }: { read?: FileReader } = {}) {
  const { t } = useTranslation()
  const dialog = useAppStore((s) => s.dialog)
  const picture = usePictureExport()
  const [report, setReport] = useState<ImportReportData | null>(null)
  const workspace = useWorkspace()
  const [problem, setProblem] = useState<ImportProblem | null>(null)
  // A new dialog (fresh pasted text and workshop choice) after each import that went through.
  const [dialogKey, setDialogKey] = useState(0)
  // The preset file of the running import, so a refused one comes back to the dialog with it.
  const running = useRef<{ preset: OpenedFile | null } | null>(null)
  const onEnd = useCallback(({ outcome, file, waited }: ImportEnd) => {
    if (outcome.kind === 'imported' || outcome.kind === 'cancelled') setDialogKey((k) => k + 1)
    if (outcome.kind === 'imported' && outcome.opened) {
      if (outcome.report) setReport(outcome.report)
      else notice('import.done', { title: outcome.title }, 'info')
    }
    // Someone who only waited hears of a refusal where they started: the Import dialog, with its
    // file or pasted text still there to try again. Past that, the panel tells it.
    if (outcome.kind === 'refused' && waited) {
      setProblem({ name: file.name, message: outcome.message })
      appStore.getState().openDialog({ kind: 'import', preset: running.current?.preset ?? null })
    }
    running.current = null
    // Files that arrived while the Import dialog showed waited for this import to end.
    const state = appStore.getState()
    if (!state.dialog && state.offeredFiles.length > 0) state.closeDialog()
  }, [])
  const imports = useImportRun(t, workspace, onEnd, read)
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
        key={dialogKey}
        open={dialog?.kind === 'import'}
        preset={dialog?.kind === 'import' ? dialog.preset : null}
        busyWith={imports.view?.kind === 'running' ? imports.view.name : null}
        problem={problem}
        onProblem={setProblem}
        onStart={(file, target) => {
          running.current = { preset: dialog?.kind === 'import' ? dialog.preset : null }
          imports.dismiss()
          imports.start(file, target)
          // Out of the way (not closeDialog: a file waiting for the dialog waits for the import too).
          appStore.getState().patchWorkspace({ dialog: null })
        }}
        onClose={closeDialog}
      />
      {imports.view ? (
        <ImportPanel
          view={imports.view}
          panel={imports.panel}
          onCancel={imports.cancel}
          onOpen={() => {
            const view = imports.view
            imports.dismiss()
            if (view?.kind === 'imported') void openImported(workspace, view.workshopId, view.mapId)
          }}
          onShowChanges={() => setReport(imports.view?.kind === 'imported' ? imports.view.report : null)}
          onChooseAnother={() => {
            imports.dismiss()
            appStore.getState().openDialog({ kind: 'import', preset: null })
          }}
          onDismiss={imports.dismiss}
        />
      ) : null}
      <ExportDialog open={dialog?.kind === 'export'} onClose={closeDialog} pictureKind={dialog?.kind === 'export' ? dialog.pictureKind : 'png'} onPicture={picture.start} />
      <ExportProgressDialog progress={picture.progress} onCancel={picture.cancel} />
      <ImportReport report={report} onClose={() => setReport(null)} />
    </>
  )
}

/** The offered map, opened when the person asks: in its workshop, which may not be the one shown. */
async function openImported(workspace: Workspace, workshopId: WorkshopId, mapId: MapId): Promise<void> {
  const screen = workspace.store.getState().screen
  if (screen.kind !== 'workshop' || screen.workshopId !== workshopId) await workspace.openWorkshop(workshopId, { openMap: false })
  await workspace.openMap(mapId)
}
