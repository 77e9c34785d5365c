import { createContext, useContext } from 'react'
import { createStore, useStore } from 'zustand'
import type { HeaderTarget } from '../../domain/layoutGrid'

/** A header being dragged to a new place: what it is, where it would land, and where the pointer holds it. */
export interface HeaderDrag {
  readonly target: HeaderTarget
  /** The insertion line in board pixels: vertical at x for stages and steps, horizontal at y for lanes. */
  readonly at: number
  /** Where the dragged header is drawn now, in board pixels. */
  readonly ghost: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
}

export type GridPopover = 'color' | 'laneKind' | null

/**
 * Pointer state of the grid's headers. Like the board's interaction store it changes on pointer
 * moves, so it stays out of the app store. Each board makes its own (GridUiContext) and clears it
 * when another map opens.
 */
export interface GridUiState {
  /** The header the toolbar belongs to. */
  hover: HeaderTarget | null
  /** The header being renamed in place. */
  editing: HeaderTarget | null
  drag: HeaderDrag | null
  popover: GridPopover
  set: (patch: Partial<Omit<GridUiState, 'set' | 'reset'>>) => void
  reset: () => void
}

export function createGridUiStore() {
  return createStore<GridUiState>()((set) => ({
    hover: null,
    editing: null,
    drag: null,
    popover: null,
    set: (patch) => set(patch),
    reset: () => set({ hover: null, editing: null, drag: null, popover: null }),
  }))
}

export type GridUiStore = ReturnType<typeof createGridUiStore>

export const GridUiContext = createContext<GridUiStore | null>(null)

/** The board's grid UI store, for handlers that read or set it outside a render. */
export function useGridUiStore(): GridUiStore {
  const store = useContext(GridUiContext)
  if (!store) throw new Error('the grid UI needs a Board around it')
  return store
}

export function useGridUi<T>(selector: (s: GridUiState) => T): T {
  return useStore(useGridUiStore(), selector)
}

export function sameTarget(a: HeaderTarget | null, b: HeaderTarget | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id)
}
