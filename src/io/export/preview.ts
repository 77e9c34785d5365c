import type { JourneyDoc } from '../../domain'
import { exportFrame, type ExportScope } from './frame'
import { planMapPages, type PaperSize, type StagePart } from './pages'
import type { PersonaStripSource } from './personaStrip'
import { mapSheet, type StageNames } from './sheet'
import { planTiles } from './tiles'

export interface ExportSize {
  readonly width: number
  readonly height: number
  /** The PDF's pages on this paper. */
  readonly pages: number
  /** Every part of a stage the PDF's pages show, with whether its name shows whole there. */
  readonly stageParts: readonly StagePart[]
}

/**
 * What the dialog shows before exporting: the PNG's size in pixels and the PDF's page count (and
 * where its pages cut stage names), with the persona strip when one is shown. The page plan is the
 * export's own, from the same measure. Light: no renderer loaded.
 */
export function exportPreview(doc: JourneyDoc, scope: ExportScope, scale: number, paper: PaperSize, names: StageNames, personas: PersonaStripSource | null = null): ExportSize | null {
  const frame = exportFrame(doc, scope, personas)
  if (!frame) return null
  const tiles = planTiles(frame.area, scale)
  const pdf = planMapPages(mapSheet(doc, frame, names, personas), paper)
  return { width: tiles.width, height: tiles.height, pages: pdf.pages.length, stageParts: pdf.pages.flatMap((p) => p.stages) }
}
