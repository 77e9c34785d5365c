import { GRID_INK, GRID_LABEL_INSET, GRID_LINE, GRID_MUTED, GRID_STRONG_LINE, GRID_TITLE_FILL, GRID_TITLE_SIZE } from '../../../drawing/gridStyle'
import type { JourneyDoc } from '../../../domain'
import { gridLayout, LAYOUT, type Rect } from '../../../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../../domain/layoutGrid'
import { headerTitleFit, type HeaderKind } from '../../../drawing/headerTitle'
import { LANE_KIND_SIZE, laneTitleLayout, laneTitleSpan } from '../../../drawing/laneTitle'
import { n, textBox, type Measure, type TextBoxStyle } from './text'

export type Translate = (key: string, values?: Record<string, string | number>) => string

function rect(r: Rect, fill: string, extra = ''): string {
  return `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"/>`
}

const label = (fontSize: number, fontWeight: 'normal' | '600', fill: string): TextBoxStyle => ({
  fontSize,
  fontWeight,
  fill,
  lineHeight: 1.4,
  padding: 0,
  align: 'start',
  verticalAlign: 'middle',
  wrap: false,
})

/**
 * Stage bands and titles, step headers, lane titles and the cell lines, as GridLayer draws them.
 * With a view (one PDF page), a stage's title is placed in the part of its band the page shows.
 */
export function gridSvg(doc: JourneyDoc, t: Translate, measure: Measure, transparent: boolean, view?: Rect): string {
  const grid = gridLayout(doc)
  const dir = doc.map.direction
  const { stageHeaderHeight, stepHeaderHeight, laneTitleWidth } = LAYOUT
  const bodyTop = grid.bodyTop
  const out: string[] = []
  const text = (s: string, x: number, y: number, w: number, h: number, style: TextBoxStyle) =>
    out.push(textBox(s, { x: x + GRID_LABEL_INSET, y, width: Math.max(0, w - 2 * GRID_LABEL_INSET), height: h }, dir, style, measure))
  // Shrunk and wrapped to show whole in the band's fixed height, as the board draws it (headerTitle.ts).
  const headerTitle = (kind: HeaderKind, s: string, x: number, y: number, w: number, h: number) => {
    const fit = headerTitleFit(kind, s, w, measure)
    text(s, x, y, w, h, { ...label(fit.size, '600', GRID_INK), wrap: fit.lines > 1 })
  }

  if (!transparent) out.push(rect({ x: 0, y: 0, width: grid.width, height: grid.height }, '#ffffff'))
  out.push(rect({ x: grid.laneTitleX, y: 0, width: laneTitleWidth, height: bodyTop }, GRID_TITLE_FILL))
  for (const band of grid.stages) {
    const stage = doc.stages[band.stageId]
    if (!stage) continue
    const color = stage.color
    out.push(
      `<g data-stage="${band.stageId.replace(/[^A-Za-z0-9_-]/g, '')}">`,
      rect({ x: band.x, y: 0, width: band.width, height: stageHeaderHeight }, color),
      rect({ x: band.x, y: stageHeaderHeight, width: band.width, height: stepHeaderHeight }, color, 'fill-opacity="0.55"'),
      rect({ x: band.x, y: bodyTop, width: band.width, height: grid.height - bodyTop }, color, 'fill-opacity="0.2"'),
      '</g>',
    )
    const x0 = view ? Math.max(band.x, view.x) : band.x
    const x1 = view ? Math.min(band.x + band.width, view.x + view.width) : band.x + band.width
    if (x1 > x0) headerTitle('stage', stage.title || t('board.untitledStage'), x0, 0, x1 - x0, stageHeaderHeight)
  }
  for (const column of grid.columns) {
    const step = doc.steps[column.stepId]
    headerTitle('step', step?.title || t('board.untitledStep'), column.x, stageHeaderHeight, column.width, stepHeaderHeight)
  }
  const titleX = dir === 'rtl' ? grid.laneTitleX : grid.laneTitleX + LANE_TITLE_TEXT_INSET
  const titleWidth = laneTitleWidth - LANE_TITLE_TEXT_INSET
  for (const row of grid.rows) {
    const lane = doc.lanes[row.laneId]
    if (!lane) continue
    const kind = t(`board.laneKinds.${lane.kind}`)
    if (row.collapsed) out.push(rect({ x: 0, y: row.y, width: grid.width, height: row.height }, '#f4f4f5'))
    out.push(rect({ x: grid.laneTitleX, y: row.y, width: laneTitleWidth, height: row.height }, GRID_TITLE_FILL))
    if (row.collapsed) {
      headerTitle('foldedLane', lane.title || kind, titleX, row.y, titleWidth, row.height)
    } else {
      const title = lane.title.trim() || kind
      const span = laneTitleSpan(grid, lane.kind === 'emotions')
      const place = laneTitleLayout(title, kind, row, span.width, measure)
      text(title, span.x, place.title.y, span.width, place.title.height, { ...label(GRID_TITLE_SIZE.lane, '600', GRID_INK), wrap: place.title.lines > 1 })
      if (place.kind) text(kind, span.x, place.kind.y, span.width, place.kind.height, { ...label(LANE_KIND_SIZE, 'normal', GRID_MUTED), wrap: place.kind.lines > 1 })
    }
  }
  const bottom = grid.height
  for (const row of grid.rows) out.push(line(0, row.y, grid.width, row.y, GRID_LINE, 1))
  out.push(line(0, stageHeaderHeight, grid.width, stageHeaderHeight, GRID_LINE, 1))
  for (const column of grid.columns) out.push(line(column.x, stageHeaderHeight, column.x, bottom, GRID_LINE, 1))
  for (const band of grid.stages) {
    for (const x of [band.x, band.x + band.width]) out.push(line(x, 0, x, bottom, GRID_STRONG_LINE, 1.5))
  }
  const titleEdge = dir === 'rtl' ? grid.laneTitleX : laneTitleWidth
  out.push(
    line(titleEdge, 0, titleEdge, bottom, GRID_STRONG_LINE, 1.5),
    line(0, bodyTop, grid.width, bodyTop, GRID_STRONG_LINE, 1.5),
    `<rect x="0" y="0" width="${n(grid.width)}" height="${n(grid.height)}" fill="none" stroke="${GRID_STRONG_LINE}" stroke-width="1.5"/>`,
  )
  return `<g class="grid">${out.join('')}</g>`
}
