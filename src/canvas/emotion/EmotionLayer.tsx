import { Fragment, memo, type ReactNode } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { Circle, Line } from 'react-konva'
import { BoardLayer } from '../warmLayers'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { JourneyDoc, PersonaId } from '../../domain'
import { columnCentre, EMOTION_LEVELS, emotionAt, gapRegions, levelToY, sampleCurve, type CurveKnot } from '../../domain/emotion'
import { gridLayout, type GridLayout } from '../../domain/layout'
import { useAppStore } from '../../store'
import { useExportView, useWholeLayerArea } from '../exportView'
import { offPageWhileEmpty } from '../layerDisplay'
import { useEmotionUi } from './emotionUi'
import { editableOwner, HANDLE_RADIUS, isEmotionRow, laneFrame, sameTarget, shownCurveOwners, stepHandles, type EmotionLaneFrame, type EmotionTarget } from '../../drawing/emotionGeometry'
import { curveColor, emotionTitleShapes, FELT_DASH, INTENDED_DASH } from './emotionTitle'

const LEVEL_LINE = '#a1a1aa'
const GAP_FILL = '#f97316'
const AHEAD_FILL = '#22c55e'
const FOCUS = '#2563eb'

type Source = NonNullable<ReturnType<typeof pickSource>>

function pickSource(s: { doc: JourneyDoc | null }) {
  const d = s.doc
  return d ? { map: d.map, stages: d.stages, steps: d.steps, lanes: d.lanes, emotions: d.emotions, personas: d.personas } : null
}

/**
 * The emotional-intent lanes: per step what the customer feels (solid) and what the brand intends
 * (dashed), the gap between them shaded, and the handles that edit them. Its own layer, so a drag
 * redraws a few shapes rather than the cards; an export builds only its tile's steps.
 */
export const EmotionLayer = memo(function EmotionLayer() {
  const { t } = useStableTranslation()
  const source = useAppStore(useShallow(pickSource))
  // The grid on its own: it stays the same object while card edits leave the lanes' heights alone.
  const grid = useAppStore((s) => (s.doc ? gridLayout(s.doc) : null))
  const area = useWholeLayerArea(grid)
  const exporting = useExportView() !== null
  const focusPersona = useAppStore((s) => s.focusPersonaId)
  const chosen = useAppStore((s) => s.emotionPersonaId)
  const pointer = useStore(useEmotionUi(), useShallow((s) => ({ hover: s.hover, focus: s.focus, dragging: s.dragging })))
  const live = { chosen, ...pointer }
  // An export shows the chosen persona's curves, never a hover or focus ring.
  const ui = exporting ? { chosen: live.chosen, hover: null, focus: null, dragging: null } : live
  if (!source || !grid) return <BoardLayer ref={offPageWhileEmpty} listening={false} />
  const rows = grid.rows.filter((r) => isEmotionRow(source, r) && r.y <= area.y + area.height && area.y <= r.y + r.height)
  if (rows.length === 0) return <BoardLayer ref={offPageWhileEmpty} listening={false} />

  const owners = shownCurveOwners(source, focusPersona)
  const active = editableOwner(owners, ui.chosen)
  const visible = grid.columns.filter((c) => c.x <= area.x + area.width && area.x <= c.x + c.width)
  // One step beyond each side of the screen, so the curves run off its edges instead of stopping short.
  const from = Math.max(0, (visible[0]?.index ?? 0) - 1)
  const to = Math.min(grid.columns.length - 1, (visible[visible.length - 1]?.index ?? -1) + 1)
  const columns = visible.length > 0 ? grid.columns.slice(from, to + 1) : []
  const emphasised = ui.dragging ?? ui.hover

  const shapes: ReactNode[] = []
  for (const row of rows) {
    const frame = laneFrame(grid, row, owners)
    const key = row.laneId
    shapes.push(...levelGuides(grid, frame, area, key))
    for (const owner of owners) {
      if (owner !== active) shapes.push(...curvePair(source, grid, frame, owner, from, to, false, `${key}:${owner}`))
    }
    shapes.push(...curvePair(source, grid, frame, active, from, to, true, `${key}:active`))
    for (const column of columns) {
      const value = emotionAt(source.emotions, column.stepId, active)
      for (const h of stepHandles(grid, frame.band, row.laneId, column, active, value)) {
        shapes.push(handleShape(h, colorOf(source, active), sameTarget(h, emphasised), sameTarget(h, ui.focus), `${key}:h:${h.stepId}:${h.curve}`))
      }
    }
    // Zoomed out past reading, the title column is the strip of lane titles (gridShapes.overviewLaneShapes).
    if (area.detail) shapes.push(...emotionTitleShapes(frame, colorOf(source, active), source.map.direction, t, key))
  }
  return (
    <BoardLayer ref={offPageWhileEmpty} listening={false}>
      {shapes}
    </BoardLayer>
  )
})

function colorOf(source: Source, owner: PersonaId | null): string {
  return curveColor(source.personas, owner)
}

/** The five level lines across the steps (their faces are the title column's, emotionTitle.tsx). */
function levelGuides(grid: GridLayout, frame: EmotionLaneFrame, area: { x: number; width: number }, key: string): ReactNode[] {
  const rtl = grid.direction === 'rtl'
  const gap = frame.faceRadius + 4
  const start = rtl ? 0 : frame.faceX + gap
  const end = rtl ? frame.faceX - gap : grid.width
  const x0 = Math.max(start, area.x)
  const x1 = Math.min(end, area.x + area.width)
  const shapes: ReactNode[] = []
  for (const level of EMOTION_LEVELS) {
    const y = levelToY(level, frame.band)
    if (x1 > x0) {
      shapes.push(
        <Line
          key={`${key}:lvl${level}`}
          points={[x0, y, x1, y]}
          stroke={LEVEL_LINE}
          strokeWidth={level === 0 ? 1.5 : 1}
          opacity={level === 0 ? 0.6 : 0.35}
          dash={level === 0 ? undefined : [4, 6]}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />,
      )
    }
  }
  return shapes
}

function curvePair(source: Source, grid: GridLayout, frame: EmotionLaneFrame, owner: PersonaId | null, from: number, to: number, active: boolean, key: string): ReactNode[] {
  if (to < from) return []
  const felt: CurveKnot[] = []
  const intended: CurveKnot[] = []
  let anySet = false
  for (const column of grid.columns) {
    const value = emotionAt(source.emotions, column.stepId, owner)
    anySet ||= value.set
    const x = columnCentre(column)
    felt.push({ x, value: value.felt })
    intended.push({ x, value: value.intended })
  }
  const f = sampleCurve(felt, 12, from, to)
  const n = sampleCurve(intended, 12, from, to)
  const y = (v: number) => levelToY(v, frame.band)
  const flat = (xs: number[], values: number[]) => xs.flatMap((x, i) => [x, y(values[i] ?? 0)])
  const color = colorOf(source, owner)
  // A curve nobody has scored yet is only the neutral default: drawn lighter so it reads as a suggestion.
  const opacity = (anySet ? 1 : 0.45) * (active ? 1 : 0.6)
  const shapes: ReactNode[] = []
  if (active) {
    gapRegions(f.xs, f.values, n.values).forEach((region, i) => {
      shapes.push(
        <Line
          key={`${key}:gap${i}`}
          points={region.points.flatMap((p) => [p.x, y(p.value)])}
          closed
          fill={region.sign === 'gap' ? GAP_FILL : AHEAD_FILL}
          opacity={region.sign === 'gap' ? 0.28 : 0.18}
          strokeEnabled={false}
          perfectDrawEnabled={false}
        />,
      )
    })
  }
  const width = active ? 3 : 1.5
  shapes.push(
    <Line key={`${key}:intended`} points={flat(n.xs, n.values)} stroke={color} strokeWidth={width * 0.85} dash={INTENDED_DASH} lineCap="round" lineJoin="round" opacity={opacity} perfectDrawEnabled={false} />,
    <Line key={`${key}:felt`} points={flat(f.xs, f.values)} stroke={color} strokeWidth={width} dash={FELT_DASH} lineCap="round" lineJoin="round" opacity={opacity} perfectDrawEnabled={false} />,
  )
  return shapes
}

function handleShape(h: EmotionTarget & { x: number; y: number; set: boolean }, color: string, emphasised: boolean, focused: boolean, key: string): ReactNode {
  const r = emphasised ? HANDLE_RADIUS + 2 : HANDLE_RADIUS
  const felt = h.curve === 'felt'
  return (
    <Fragment key={key}>
      {emphasised && <Circle x={h.x} y={h.y} radius={r + 7} fill={color} opacity={0.18} />}
      {focused && <Circle x={h.x} y={h.y} radius={r + 5} stroke={FOCUS} strokeWidth={2.5} />}
      <Circle x={h.x} y={h.y} radius={r} fill={felt ? color : '#ffffff'} stroke={felt ? '#ffffff' : color} strokeWidth={felt ? 2 : 2.5} opacity={h.set || emphasised ? 1 : 0.5} perfectDrawEnabled={false} />
    </Fragment>
  )
}
