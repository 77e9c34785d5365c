import type Konva from 'konva'
import { useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { Group, Line, Rect, Stage } from 'react-konva'
import { BoardLayer } from '../warmLayers'
import { useShallow } from 'zustand/react/shallow'
import type { JourneyDoc, PersonaId } from '../../domain'
import { gridLayout, LAYOUT, type GridLayout } from '../../domain/layout'
import { editableOwner, isEmotionRow, laneFrame, shownCurveOwners } from '../../drawing/emotionGeometry'
import { GRID_LABEL_INSET, GRID_LINE, GRID_STRONG_LINE, GRID_TITLE_FILL } from '../../drawing/gridStyle'
import { titleShift, type Span } from '../../drawing/headerTitle'
import { appStore, useAppStore } from '../../store'
import { DrawnViewContext, useDrawnZoomStep } from '../drawnArea'
import type { Viewport } from '../viewport'
import { curveColor, emotionTitleShapes } from '../emotion/emotionTitle'
import { laneTitleShapes, makeLabel, noLabel, overviewLaneShapes, overviewStageShapes, overviewStripHeight, stageHeaderShapes, stageTitleLabel, stepHeaderLabel, titleFitZoom } from './gridShapes'
import { LaneChevron } from './LaneChevron'
import { offPageWhileEmpty } from '../layerDisplay'
import { headerShownSpan, laneColumnAt, pinnedBuild, pinnedPlaces, sameBuild, stagesSpan, titleColumnView, type PinnedBuild } from './pinnedView'
import { showWithin, type Extents } from './showWithin'

const thin = { stroke: GRID_LINE, strokeWidth: 1, strokeScaleEnabled: false } as const
const strong = { stroke: GRID_STRONG_LINE, strokeWidth: 1.5, strokeScaleEnabled: false } as const

/**
 * The lane titles and stage headers pinned to the board's edges while they are scrolled out of
 * view. A small stage of its own over the board, outside the layers that a pan hides behind its
 * tiles (panSnapshot.ts): React builds the headers of the whole map (a few per step and lane)
 * when the map or which headers are pinned changes, and every view change just moves its groups,
 * shows the headers on screen (showWithin.ts) and redraws them.
 * It does not listen: the board under it takes the pointer and hands a press on a copy to the
 * header it stands for (pinnedView.headerPointAt, headerPointer.ts).
 * It also draws the stage titles, in their place as on the pinned band (the grid leaves them out
 * on the live board): each view change moves each title into its band's part on screen, which a
 * pan's tiles of the grid, drawn once and slid, could not.
 */
export function PinnedHeaders({ width, height }: { width: number; height: number }) {
  const { t } = useStableTranslation()
  const source = useAppStore(
    useShallow((s) => (s.doc ? { map: s.doc.map, stages: s.doc.stages, steps: s.doc.steps, lanes: s.doc.lanes, personas: s.doc.personas } : null)),
  )
  const focusPersona = useAppStore((s) => s.focusPersonaId)
  const chosenPersona = useAppStore((s) => s.emotionPersonaId)
  const grid = useAppStore((s) => (s.doc ? gridLayout(s.doc) : null))
  // The titles are fitted for the zoom the board's layers are drawn at, as the grid's are: a pinch
  // scales them with the rest, and they are fitted again when the layers are drawn again.
  const titleZoom = useDrawnZoomStep(titleFitZoom)
  const drawn = useContext(DrawnViewContext)
  const [build, setBuild] = useState<PinnedBuild | null>(null)
  const lanesRef = useRef<Konva.Group>(null)
  const headerRef = useRef<Konva.Group>(null)
  const cornerRef = useRef<Konva.Group>(null)
  const groundRef = useRef<Konva.Rect>(null)
  const titlesRef = useRef<Konva.Group>(null)

  useLayoutEffect(() => {
    if (!grid) return
    // The headers' extents, measured once per build of them (showWithin).
    const extents: Extents = new WeakMap()
    // The pan places the headers for the view it draws them at (tiles/panOverlay.ts) as well as this
    // subscription: the same view is placed once.
    let placedAt: Viewport | null = null
    const place = (vp: Viewport) => {
      if (vp === placedAt) return
      placedAt = vp
      const next = pinnedBuild(grid, vp, width, height)
      if (!build || !sameBuild(build, next)) setBuild(next)
      const { laneX, headerTop } = pinnedPlaces(grid, vp, width, height)
      const z = vp.zoom
      const lanes = lanesRef.current
      const header = headerRef.current
      const corner = cornerRef.current
      const laneGroupX = titleColumnView(grid, vp, width, height).x
      const headerGroupY = headerTop === null ? 0 : -headerTop * z
      lanes?.setAttrs({ visible: laneX !== null, x: laneGroupX, y: -vp.y * z, scaleX: z, scaleY: z })
      header?.setAttrs({ visible: headerTop !== null, x: -vp.x * z, y: headerGroupY, scaleX: z, scaleY: z })
      // The step row's colours are see-through over the grid's white: the pinned band brings its own
      // white across the whole screen, like a spreadsheet's frozen row, past the map's ends included.
      const { top, bandBottom } = bandEdges(grid, build?.overview ?? false, build?.zoom ?? null)
      groundRef.current?.setAttrs({ visible: headerTop !== null, x: 0, y: headerGroupY + top * z, width, height: (bandBottom - top) * z })
      corner?.setAttrs({ visible: laneX !== null && headerTop !== null, x: laneGroupX, y: headerGroupY, scaleX: z, scaleY: z })
      showWithin(lanes, 'y', vp.y, vp.y + height / z, extents)
      showWithin(header, 'x', vp.x, vp.x + width / z, extents)
      placeTitles(titlesRef.current, vp, headerShownSpan(grid, vp, width, height), headerTop === null ? -vp.y * z : headerGroupY, height)
      if (drawn) drawn.drawOverlay()
      else lanes?.getLayer()?.batchDraw()
    }
    const layer = lanesRef.current?.getLayer() ?? null
    if (layer) drawn?.setOverlay({ layer, place })
    place(appStore.getState().viewport)
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place(s.viewport)
    })
    return () => {
      unsubscribe()
      if (layer) drawn?.setOverlay(null, layer)
    }
    // The titles' text and size (source, titleZoom, t) set how far each moves: placed again when they change.
  }, [grid, width, height, build, source, titleZoom, t, drawn])

  // The whole map's headers, built when the map or which headers are pinned changes: built for each
  // stretch a pan reached, in transitions, they cost a pan ~90 ms of React work at 2,000 cards
  // (profile). Each part is built only when what it shows changes: pinning the header band leaves
  // the lane titles as they are, and the reverse.
  const lanesOn = build?.lanes ?? false
  const headerOn = build?.header ?? false
  const overview = build?.overview ?? false
  const overviewZoom = build?.zoom ?? null
  const laneGroup = useMemo(
    () => (
      <Group ref={lanesRef} visible={false}>
        {/* Down to the first lane: zoomed out the header rows there are not pinned, and must not show through. */}
        {grid ? corner(laneColumnAt(grid, overviewZoom ?? 1), bandEdges(grid, overview, overviewZoom).top, grid.bodyTop, 'lc') : null}
        {source && grid && lanesOn ? pinnedLaneShapes(grid, source, overviewZoom, overview, t, focusPersona, chosenPersona) : null}
      </Group>
    ),
    [grid, source, lanesOn, overview, overviewZoom, t, focusPersona, chosenPersona],
  )
  const headerGroup = useMemo(
    () => (
      <Group ref={headerRef} visible={false}>
        {source && grid && headerOn ? pinnedHeaderShapes(grid, source, overviewZoom, overview, t, titleZoom) : null}
      </Group>
    ),
    [grid, source, headerOn, overview, overviewZoom, t, titleZoom],
  )
  // The stage titles, in place or pinned: one Text each, its x and width the band's (gridShapes.stageTitleLabel).
  const titleGroup = useMemo(
    () => (
      <Group ref={titlesRef} visible={false}>
        {source && grid && !overview
          ? grid.stages.flatMap((b) => {
              const stage = source.stages[b.stageId]
              return stage ? [stageTitleLabel(b, stage, grid.direction, t, makeLabel, titleZoom)] : []
            })
          : null}
      </Group>
    ),
    [grid, source, overview, t, titleZoom],
  )
  if (!source || !grid || !build) return null
  const titles = laneColumnAt(grid, build.zoom ?? 1)
  const { top, bandBottom } = bandEdges(grid, build.overview, build.zoom)

  return (
    <div className="board-pinned-headers" aria-hidden>
      <Stage width={width} height={height} listening={false}>
        {/* Off the page while nothing is pinned and no stage title is in view (the whole map on the board). */}
        <BoardLayer ref={offPageWhileEmpty} listening={false}>
          {laneGroup}
          <Rect ref={groundRef} visible={false} fill="#ffffff" />
          {headerGroup}
          <Group ref={cornerRef} visible={false}>
            {corner(titles, top, bandBottom, 'cc')}
          </Group>
          {titleGroup}
        </BoardLayer>
      </Stage>
    </div>
  )
}

/**
 * Puts the stage titles at the header row's place on screen (`rowTop`: screen y of the board's
 * y 0, in place or pinned) and moves each into its band's part on screen (`shown`, board units),
 * cut there: a title sliding out with its band's end goes under the lane titles pinned at the
 * edge, not over them. A few Text nodes' offsets per view change; nothing is built.
 */
function placeTitles(group: Konva.Group | null, vp: Viewport, shown: Span, rowTop: number, height: number): void {
  if (!group) return
  const z = vp.zoom
  const { stageHeaderHeight } = LAYOUT
  const onScreen = group.hasChildren() && rowTop < height && rowTop + stageHeaderHeight * z > 0
  group.setAttrs({ visible: onScreen, x: -vp.x * z, y: rowTop, scaleX: z, scaleY: z, clipX: shown.x, clipY: 0, clipWidth: shown.width, clipHeight: stageHeaderHeight })
  if (!onScreen) return
  for (const node of group.getChildren()) {
    const title = node as Konva.Text
    // The label's box is the band less its inset on both sides (gridShapes.makeLabel).
    const band = { x: title.x() - GRID_LABEL_INSET, width: title.width() + 2 * GRID_LABEL_INSET }
    title.offsetX(-titleShift(band, shown, title.getTextWidth(), title.align() === 'right' ? 'right' : 'left'))
  }
}

/** The empty cell where the header band meets the lane title column (`column`: its board x and width). */
function corner(column: { x: number; width: number }, top: number, bottom: number, key: string) {
  return (
    <Group key={key}>
      <Rect x={column.x} y={top} width={column.width} height={bottom - top} fill={GRID_TITLE_FILL} stroke={GRID_STRONG_LINE} strokeWidth={1.5} strokeScaleEnabled={false} />
    </Group>
  )
}

type PinnedSource = Pick<JourneyDoc, 'map' | 'stages' | 'steps' | 'lanes' | 'personas'>

/** The board y the pinned band starts at (the overview strip's top zoomed out) and where it ends. */
function bandEdges(grid: GridLayout, overview: boolean, zoom: number | null): { top: number; bandBottom: number } {
  return { top: overview && zoom ? -overviewStripHeight(grid, zoom) : 0, bandBottom: overview ? 0 : grid.bodyTop }
}

/** The pinned lane title column: titles, chevrons, emotion lanes' faces, and its inner edge. */
function pinnedLaneShapes(grid: GridLayout, source: PinnedSource, zoom: number | null, overview: boolean, t: TFunction, focusPersona: PersonaId | null, chosenPersona: PersonaId | null): ReactNode[] {
  const dir = grid.direction
  const label = overview ? noLabel : makeLabel
  const { laneTitleWidth } = LAYOUT
  const innerEdge = dir === 'rtl' ? grid.laneTitleX : grid.laneTitleX + laneTitleWidth
  const { top } = bandEdges(grid, overview, zoom)
  const shapes: ReactNode[] = []
  const owners = shownCurveOwners(source, focusPersona)
  const color = curveColor(source.personas, editableOwner(owners, chosenPersona))
  for (const row of grid.rows) {
    const lane = source.lanes[row.laneId]
    if (!lane) continue
    if (overview && zoom) {
      shapes.push(...overviewLaneShapes(grid, row, lane, t, zoom))
      continue
    }
    shapes.push(...laneTitleShapes(grid, row, lane, t, label))
    if (isEmotionRow(source, row)) shapes.push(...emotionTitleShapes(laneFrame(grid, row, owners), color, dir, t, `e${row.laneId}`))
    shapes.push(<LaneChevron key={`lv${row.laneId}`} grid={grid} row={row} />)
    shapes.push(<Line key={`lr${row.laneId}`} points={[grid.laneTitleX, row.y, grid.laneTitleX + laneTitleWidth, row.y]} {...thin} />)
  }
  shapes.push(<Line key="le" points={[innerEdge, top, innerEdge, grid.height]} {...strong} />)
  return shapes
}

/** The pinned header band: stage bands, step titles and their lines. */
function pinnedHeaderShapes(grid: GridLayout, source: PinnedSource, zoom: number | null, overview: boolean, t: TFunction, titleZoom: number): ReactNode[] {
  const dir = grid.direction
  const label = overview ? noLabel : makeLabel
  const { stageHeaderHeight } = LAYOUT
  const { top, bandBottom } = bandEdges(grid, overview, zoom)
  const stages = stagesSpan(grid)
  const shapes: ReactNode[] = []
  for (const b of grid.stages) {
    const stage = source.stages[b.stageId]
    if (!stage) continue
    shapes.push(...(overview && zoom ? overviewStageShapes(grid, b, stage, dir, t, zoom) : stageHeaderShapes(b, stage, dir, t, noLabel)))
    shapes.push(<Line key={`hs${b.stageId}`} points={[b.x, top, b.x, bandBottom]} {...strong} />)
  }
  if (!overview) {
    for (const column of grid.columns) {
      shapes.push(stepHeaderLabel(column, source.steps[column.stepId], dir, t, label, titleZoom))
      shapes.push(<Line key={`hv${column.stepId}`} points={[column.x, stageHeaderHeight, column.x, bandBottom]} {...thin} />)
    }
    shapes.push(<Line key="hm" points={[stages.from, stageHeaderHeight, stages.to, stageHeaderHeight]} {...thin} />)
  }
  shapes.push(<Line key="hb" points={[stages.from, bandBottom, stages.to, bandBottom]} {...strong} />, corner(laneColumnAt(grid, zoom ?? 1), top, bandBottom, 'hc'))
  return shapes
}
