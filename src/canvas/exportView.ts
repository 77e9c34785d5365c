import { createContext, useContext } from 'react'
import type { CardId } from '../domain'
import type { Rect } from '../domain/layout'
import { useDrawnArea, useDrawnScale } from './drawnArea'

/** The part of the board a layer builds, and whether it is close enough to draw text. */
export interface LayerArea extends Rect {
  readonly detail: boolean
  /** The zoom the layer is drawn at: what keeps an overview label legible when cards are blocks. */
  readonly zoom: number
}

/**
 * An image export renders the board's own layers into an offscreen stage, one tile at a time: this
 * tells them to build the tile (not the screen's viewport), at full detail, without hover, drag or
 * persona dimming, and optionally only some cards. Absent on the live board.
 */
export interface ExportView {
  /** Must keep its identity for one tile: layers memoise on it. */
  readonly area: LayerArea
  /** Only these cards (a "selection" export); null for all. */
  readonly only: ReadonlySet<CardId> | null
  /** Leaves out the grid's white sheet so the PNG is transparent around and under the cells. */
  readonly transparent: boolean
}

export const ExportViewContext = createContext<ExportView | null>(null)

export function useExportView(): ExportView | null {
  return useContext(ExportViewContext)
}

/** The board area a layer builds: the export's tile when exporting, else the screen plus a margin. */
export function useLayerArea(width: number, height: number): LayerArea {
  const view = useContext(ExportViewContext)
  // The live board builds around the view its layers are drawn at, which a pan holds still (panSnapshot.ts).
  const live = useDrawnArea(width, height)
  return view ? view.area : live
}

/**
 * The board area a layer with few parts (the grid and the emotion lanes: a part per stage, step or
 * lane) builds, given the whole board's box: the export's tile when exporting, else the whole board
 * at the detail and zoom the layers are drawn at. Such a layer does not follow a pan: built for the
 * view and its margin, it was built again at every stretch a pan reached, the largest part of a
 * pan's React work on a journey grid (a profile of the pan bench: ~190 ms of ~500 at 2,000 cards).
 */
export function useWholeLayerArea(board: { readonly width: number; readonly height: number } | null): LayerArea {
  const view = useContext(ExportViewContext)
  const scale = useDrawnScale()
  return view ? view.area : { x: 0, y: 0, width: board?.width ?? 0, height: board?.height ?? 0, ...scale }
}
