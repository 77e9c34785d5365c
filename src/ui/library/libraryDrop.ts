import type { DragEvent } from 'react'
import { CHANNELS, type Channel } from '../../domain'
import { gridLayout, hitCell, type CellRef } from '../../domain/layout'
import { cardFromLibrary } from '../../domain/touchpointLibrary'
import { appStore, type AppStore } from '../../store'
import { screenToBoard } from '../../canvas/viewport'
import { LIBRARY_DRAG_TYPE } from './useLibrary'

/** What a dragged library entry carries: its name already in the person's language, and its channel. */
export interface LibraryDragPayload {
  readonly name: string
  readonly channel: Channel
}

export function parsePayload(raw: string): LibraryDragPayload | null {
  try {
    const value = JSON.parse(raw) as Partial<LibraryDragPayload>
    if (typeof value.name !== 'string' || !value.name.trim() || !CHANNELS.includes(value.channel as Channel)) return null
    return { name: value.name.slice(0, 500), channel: value.channel as Channel }
  } catch {
    return null
  }
}

/** Adds a touchpoint card for the entry at the bottom of the cell and selects it; one undo step. */
export function addLibraryCard(payload: LibraryDragPayload, cell: CellRef, store: AppStore = appStore): boolean {
  const { doc, dispatch, select } = store.getState()
  if (!doc || !(cell.laneId in doc.lanes) || !(cell.stepId in doc.steps)) return false
  const card = cardFromLibrary(doc, cell, { id: '', phase: 'before', channel: payload.channel, key: null, name: payload.name, builtIn: false }, payload.name)
  dispatch({ type: 'addCards', cards: [card] })
  select([card.id])
  return true
}

export function isLibraryDrag(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes(LIBRARY_DRAG_TYPE)
}

/**
 * A library entry dropped on the board: the drop point goes through the viewport into board
 * coordinates and the layout's hit test finds the cell. Outside the cells (headers, free space) nothing is made.
 */
export function dropOnBoard(e: DragEvent, board: HTMLElement, store: AppStore = appStore): boolean {
  const payload = parsePayload(e.dataTransfer.getData(LIBRARY_DRAG_TYPE))
  const doc = store.getState().doc
  if (!payload || !doc) return false
  const box = board.getBoundingClientRect()
  const point = screenToBoard(store.getState().viewport, { x: e.clientX - box.left, y: e.clientY - box.top })
  const cell = hitCell(gridLayout(doc), point)
  return cell ? addLibraryCard(payload, cell, store) : false
}
