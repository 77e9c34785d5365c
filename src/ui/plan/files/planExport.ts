import type { TFunction } from 'i18next'
import type { Action, JourneyDoc } from '../../../domain'
import { withoutIsolation } from '../../../i18n/isolated'
import { fileNameFor } from '../../../io'
import type { ExportProgress, PaperSize } from '../../../io/export'
import { planToCsv } from '../../../io/plan/csvExport'
import { planToMarkdown } from '../../../io/plan/markdown'
import type { Translate } from '../../../io/plan/source'
import { platform } from '../../../platform'
import { notice, report } from '../../files/fileActions'

/** What the plan can be exported as: rows for a spreadsheet, a checklist for a ticket system, or the matrix as a picture. */
export const PLAN_EXPORT_KINDS = ['csv', 'md', 'png', 'svg', 'pdf'] as const
export type PlanExportKind = (typeof PLAN_EXPORT_KINDS)[number]
export type PlanPictureKind = Extract<PlanExportKind, 'png' | 'svg' | 'pdf'>

export interface PlanExportOptions {
  readonly kind: PlanExportKind
  /** PNG pixels per CSS pixel. */
  readonly scale: 1 | 2 | 3
  readonly paper: PaperSize
  readonly transparent: boolean
}

export function isPictureKind(kind: PlanExportKind): kind is PlanPictureKind {
  return kind === 'png' || kind === 'svg' || kind === 'pdf'
}

/** The export's words: they leave the app, so a person's words go in without isolation marks. */
function translate(t: TFunction): Translate {
  return withoutIsolation(t)
}

/** "Onboarding – action plan.csv": the map's title with the plan's word, so it sits beside the map's own exports. */
export function planFileName(t: TFunction, title: string, kind: PlanExportKind): string {
  return fileNameFor(withoutIsolation(t)('plan.export.fileName', { title: title.trim() || t('plan.export.untitledMap') }), kind)
}

/** The plan as CSV or a Markdown checklist, handed to the save dialog (a download in a browser). */
export async function exportPlanText(t: TFunction, language: string, doc: JourneyDoc, actions: readonly Action[], kind: 'csv' | 'md'): Promise<void> {
  const text = kind === 'csv' ? planToCsv(actions, doc, translate(t)) : planToMarkdown(actions, doc, translate(t), { title: doc.map.title, language })
  report(t, await platform.files.exportFile(kind, planFileName(t, doc.map.title, kind), text), 'files.exported')
}

/**
 * The matrix as PNG, SVG or PDF. Its renderer (canvas tiles, the PDF writer and its fonts) is
 * loaded on the first picture export, never with the plan. A cancel between tiles or pages says so.
 */
export async function exportPlanPicture(
  t: TFunction,
  language: string,
  doc: JourneyDoc,
  actions: readonly Action[],
  options: PlanExportOptions & { readonly kind: PlanPictureKind },
  onProgress: (p: ExportProgress) => void,
  signal: AbortSignal,
): Promise<void> {
  try {
    const { exportMatrix } = await import('../../../io/plan/matrixExport')
    const input = { actions, t: translate(t), language, title: doc.map.title, rtl: doc.map.direction === 'rtl' }
    const blob = await exportMatrix(input, { kind: options.kind, scale: options.scale, paper: options.paper, transparent: options.transparent }, onProgress, signal)
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    report(t, await platform.files.exportBytes(options.kind, planFileName(t, doc.map.title, options.kind), bytes), 'files.exported')
  } catch (error) {
    if (signal.aborted || (error instanceof Error && error.name === 'ExportCancelled')) {
      notice('export.cancelled', {}, 'info')
      return
    }
    notice('export.failed', { reason: error instanceof Error ? error.message : String(error) }, 'error')
  }
}
