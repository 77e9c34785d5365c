import type { JourneyDoc } from '../../domain'
import { exportFrame, type ExportScope } from './frame'
import { planMapPages, type PaperSize } from './pages'
import type { PersonaStripSource } from './personaStrip'
import { mapSheet } from './sheet'
import { planTiles } from './tiles'

/**
 * What the dialog shows before exporting: the PNG's size in pixels and the PDF's page count, with
 * the persona strip when one is shown. Light: no renderer loaded.
 */
export function exportPreview(doc: JourneyDoc, scope: ExportScope, scale: number, paper: PaperSize, personas: PersonaStripSource | null = null): { width: number; height: number; pages: number } | null {
  const frame = exportFrame(doc, scope, personas)
  if (!frame) return null
  const plan = planTiles(frame.area, scale)
  return { width: plan.width, height: plan.height, pages: planMapPages(mapSheet(doc, frame, personas), paper).pages.length }
}
