import type { JourneyDoc } from '../../domain'
import { gridLayout, LAYOUT } from '../../domain/layout'
import { headerTitleFit } from '../../drawing/headerTitle'
import type { TextWidth } from '../../drawing/textMeasure'
import { HEADER_HEIGHT, type ExportFrame } from './frame'
import type { MapSheet } from './pages'
import { stripHeightAt, type PersonaStripSource } from './personaStrip'

/** What the pages need to fit stage names as the export draws them: its measure, and the word an untitled stage shows. */
export interface StageNames {
  readonly measure: TextWidth
  readonly untitled: string
}

/**
 * The map's grid as the page plan sees it: the lane title column (when the export shows it), steps
 * in reading order, lanes, stage bands with how wide a part of each must be to show its name whole
 * (as gridSvg fits it to a page's part), and the header band (with the persona strip when
 * `personas` is given).
 */
export function mapSheet(doc: JourneyDoc, frame: ExportFrame, names: StageNames, personas: PersonaStripSource | null = null): MapSheet {
  const grid = gridLayout(doc)
  const { content } = frame
  const titles = { x: grid.laneTitleX, width: LAYOUT.laneTitleWidth }
  const showsTitles = frame.only === null && titles.x >= content.x - 0.5 && titles.x + titles.width <= content.x + content.width + 0.5
  const stages = grid.stages.map((band) => {
    const name = doc.stages[band.stageId]?.title || names.untitled
    // The plan asks of the same widths many times over while it tries page counts.
    const known = new Map<number, boolean>()
    const fits = (width: number) => {
      let whole = known.get(width)
      if (whole === undefined) known.set(width, (whole = headerTitleFit('stage', name, width, names.measure).whole))
      return whole
    }
    return { id: band.stageId, x: band.x, width: band.width, fits }
  })
  return {
    area: frame.area,
    header: frame.header,
    headerAt: personas ? (width) => HEADER_HEIGHT + stripHeightAt(personas, width) : undefined,
    content,
    laneTitles: showsTitles ? titles : null,
    columns: grid.columns.map((c) => ({ x: c.x, width: c.width })),
    bodyTop: grid.bodyTop,
    rows: grid.rows.map((r) => ({ y: r.y, height: r.height })),
    stages,
    rtl: doc.map.direction === 'rtl',
  }
}
