import type { Point } from '../domain/layout'
import type { KeyAction, KeyPress } from './keymap'

/**
 * A pointer event as the editor takes it: where, in CSS pixels from the board's top-left corner,
 * and which button and modifiers. The view turns DOM events into these; tests write them by hand.
 */
export interface PointerInput {
  readonly x: number
  readonly y: number
  /** 0 left (the default), 1 middle, 2 right. */
  readonly button?: number
  readonly shift?: boolean
  /** Ctrl, or Cmd on a Mac. */
  readonly mod?: boolean
  readonly alt?: boolean
  /**
   * What the pointer is over: the board's canvas (the default), a control of the grid drawn over
   * it (a header's toolbar, the rename box), or another control over the board (the minimap).
   */
  readonly over?: PointerTarget
}

export type PointerTarget = 'canvas' | 'gridUi' | 'control'

/** A wheel or trackpad step, already in screen pixels (see viewport.wheelPixels). */
export interface WheelInput {
  readonly x: number
  readonly y: number
  readonly dx: number
  readonly dy: number
  /** Ctrl/Cmd held, or a pinch: the wheel zooms around the pointer. */
  readonly zoom: boolean
}

/** The fields of a KeyboardEvent the editor reads: what the keymap matches, and whether the key is held. */
export type KeyInput = KeyPress & { readonly repeat?: boolean }

/** A pointer event with its place on the board worked out. */
export interface BoardPointer {
  readonly screen: Point
  readonly board: Point
  readonly shift: boolean
  readonly over: PointerTarget
}

/** A press some other part of the board follows to its end (an emotion handle being dragged). */
export interface ClaimedPress {
  /** The cursor while the press lasts, if the claim wants one. */
  readonly cursor?: string
  move(p: BoardPointer): void
  end(p: BoardPointer | null, cancelled: boolean): void
}

/**
 * A part of the board with its own rules for the pointer or the keys (the emotion lanes, the
 * grid's headers). The editor asks each claim, in order, before its own rules, so one place
 * decides who gets a press or a key.
 */
export interface PointerClaim {
  readonly name: string
  /**
   * Whether the claim draws over everything else at this point (the headers pinned over the
   * cards): a press, hover or double-click there is the claim's alone, whatever lies under it.
   */
  covers?(p: BoardPointer): boolean
  /** Takes a left press of the select tool, or returns null to leave it to the board. */
  press?(p: BoardPointer): ClaimedPress | null
  /** The cursor over this board point when it is the claim's, else null (and the claim drops its hover). */
  hover?(p: BoardPointer | null): string | null
  /** Takes a double-click at this board point (true), so it adds no card. */
  doubleClick?(p: BoardPointer): boolean
  /** Takes a key the keymap names `actions` (true), before the board's own keys. */
  key?(actions: readonly KeyAction[], input: KeyInput): boolean
}
