import type { TFunction } from 'i18next'
import { fileNameFor } from '../../io'
import type { ExportProgress, VisualExportOptions } from '../../io/export'
import { withoutIsolation } from '../../i18n/isolated'
import { platform } from '../../platform'
import { appStore } from '../../store'
import { describeFileError, notice } from './fileActions'

export type { VisualExportOptions }

/**
 * Exports the open map as a picture and hands it to the save dialog (a download in a browser).
 * The renderers are loaded on the first picture export, never on the app's first load.
 */
export async function exportPicture(t: TFunction, options: VisualExportOptions, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<void> {
  const doc = appStore.getState().doc
  if (!doc) return
  try {
    const [{ runVisualExport }, { renderPng }] = await Promise.all([import('../../io/export'), import('../../canvas/export/renderPng')])
    const blob = await runVisualExport(doc, options, { t: withoutIsolation(t), chosenPersona: appStore.getState().emotionPersonaId, renderPng }, onProgress, signal)
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    const result = await platform.files.exportBytes(options.kind, fileNameFor(doc.map.title, options.kind), bytes)
    if (result.kind === 'saved') notice('files.exported', { name: result.name }, 'info')
    else if (result.kind === 'failed') notice('files.saveFailed', { reason: describeFileError(t, result.error) }, 'error')
  } catch (error) {
    if (signal.aborted || (error instanceof Error && error.name === 'ExportCancelled')) {
      notice('export.cancelled', {}, 'info')
      return
    }
    notice('export.failed', { reason: error instanceof Error ? error.message : String(error) }, 'error')
  }
}
