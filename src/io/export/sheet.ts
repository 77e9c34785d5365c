import type { JourneyDoc } from '../../domain'
import { gridLayout, LAYOUT } from '../../domain/layout'
import { HEADER_HEIGHT, type ExportFrame } from './frame'
import type { MapSheet } from './pages'
import { stripHeightAt, type PersonaStripSource } from './personaStrip'

/**
 * The map's grid as the page plan sees it: the lane title column (when the export shows it), steps
 * in reading order, lanes, and the header band (with the persona strip when `personas` is given).
 */
export function mapSheet(doc: JourneyDoc, frame: ExportFrame, personas: PersonaStripSource | null = null): MapSheet {
  const grid = gridLayout(doc)
  const { content } = frame
  const titles = { x: grid.laneTitleX, width: LAYOUT.laneTitleWidth }
  const showsTitles = frame.only === null && titles.x >= content.x - 0.5 && titles.x + titles.width <= content.x + content.width + 0.5
  return {
    area: frame.area,
    header: frame.header,
    headerAt: personas ? (width) => HEADER_HEIGHT + stripHeightAt(personas, width) : undefined,
    content,
    laneTitles: showsTitles ? titles : null,
    columns: grid.columns.map((c) => ({ x: c.x, width: c.width })),
    bodyTop: grid.bodyTop,
    rows: grid.rows.map((r) => ({ y: r.y, height: r.height })),
    rtl: doc.map.direction === 'rtl',
  }
}
