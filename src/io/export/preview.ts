import type { JourneyDoc } from '../../domain'
import { exportFrame, type ExportScope } from './frame'
import { planMapPages, type PaperSize } from './pages'
import { mapSheet } from './sheet'
import { planTiles } from './tiles'

/** What the dialog shows before exporting: the PNG's size in pixels and the PDF's page count. Light: no renderer loaded. */
export function exportPreview(doc: JourneyDoc, scope: ExportScope, scale: number, paper: PaperSize): { width: number; height: number; pages: number } | null {
  const frame = exportFrame(doc, scope)
  if (!frame) return null
  const plan = planTiles(frame.area, scale)
  return { width: plan.width, height: plan.height, pages: planMapPages(mapSheet(doc, frame), paper).pages.length }
}
