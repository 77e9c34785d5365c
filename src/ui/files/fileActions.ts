import type { TFunction } from 'i18next'
import type { FileError, SaveFileResult } from '../../../electron/shared/ipc'
import type { JourneyDoc } from '../../domain'
import { exportJson, fileNameFor, touchpointLabels, touchpointsToCsv } from '../../io'
import { platform } from '../../platform'
import { appStore } from '../../store'

/** The file dialogs open from anywhere (a toolbar button, a list, the menu): they are session state. */
export function openImportDialog(): void {
  appStore.getState().openDialog({ kind: 'import', preset: null })
}

export function openExportDialog(): void {
  appStore.getState().openDialog({ kind: 'export', pictureKind: 'png' })
}

export function notice(key: string, values: Record<string, string | number>, tone: 'info' | 'error'): void {
  appStore.getState().notify({ key, values, tone })
}

export function describeFileError(t: TFunction, error: FileError): string {
  return t(`files.error.${error.kind}`, { message: error.message, limitMegabytes: Math.round((error.limit ?? 0) / (1024 * 1024)) })
}

async function appInfo() {
  const info = await platform.appInfo()
  return { name: info.name, version: info.version }
}

/** Tells the person how a save or export ended: its file name, or why it failed (a cancelled dialog says nothing). */
export function report(t: TFunction, result: SaveFileResult, savedKey: string): SaveFileResult {
  if (result.kind === 'saved') notice(savedKey, { name: result.name }, 'info')
  else if (result.kind === 'failed') notice('files.saveFailed', { reason: describeFileError(t, result.error) }, 'error')
  return result
}

function openDoc(): JourneyDoc | null {
  return appStore.getState().doc
}

/** The open map as `.journey` text, with its agenda and vote history. */
async function openMapJson(doc: JourneyDoc): Promise<string> {
  return exportJson(doc, await appInfo(), appStore.getState().facilitation)
}

/** Save: back to the map's file when it has one (desktop), else Save As; a download in a browser. */
export async function saveOpenMap(t: TFunction, forceNewFile = false): Promise<void> {
  const doc = openDoc()
  if (!doc) return
  const text = await openMapJson(doc)
  const name = fileNameFor(doc.map.title, 'journey')
  const token = forceNewFile ? null : (appStore.getState().fileTokens[doc.map.id] ?? null)
  let result = await (token ? platform.files.save(token, name, text) : platform.files.saveAs(name, text))
  // Main forgot the file (a restart): ask where to save rather than fail.
  if (result.kind === 'failed' && result.error.kind === 'unknownFile') result = await platform.files.saveAs(name, text)
  if (result.kind === 'saved') appStore.getState().rememberFile(doc.map.id, result.token)
  report(t, result, 'files.saved')
}

export async function exportOpenMap(t: TFunction, kind: 'journey' | 'csv'): Promise<void> {
  const doc = openDoc()
  if (!doc) return
  const text = kind === 'csv' ? touchpointsToCsv(doc, touchpointLabels((key) => t(key))) : await openMapJson(doc)
  report(t, await platform.files.exportFile(kind, fileNameFor(doc.map.title, kind), text), 'files.exported')
}
