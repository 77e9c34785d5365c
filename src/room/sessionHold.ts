import * as Y from 'yjs'
import type { AppStore } from '../store'
import { plainRecord } from './json'
import { SESSION_ORIGIN } from './session'
import { ROOM_DOC } from './types'

/**
 * Two of the facilitator's room controls, in the shared `session` map beside the timer: `mute`
 * (true: every device's timer is silent) and `hold` (the board rectangle the facilitator sees,
 * which every participant's board shows while the facilitator "takes control"; null when
 * released). Only the facilitator's window writes them; everyone reads them into the store.
 */
export interface HeldView {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

const MUTE = 'mute'
const HOLD = 'hold'
/** Far beyond any board; a larger number is not a view but someone's mistake. */
const MAX_COORD = 10_000_000

const coord = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORD
const extent = (v: unknown): v is number => coord(v) && v > 0

/** The held view from the session, whatever a client wrote there; null when nobody holds it (or it is not one). */
export function readHold(value: unknown): HeldView | null {
  const raw = plainRecord(value)
  if (!raw) return null
  const { x, y, width, height } = raw
  return coord(x) && coord(y) && extent(width) && extent(height) ? { x, y, width, height } : null
}

/** Only `true` mutes: anything else a client wrote leaves the chimes on. */
export function readRoomMute(value: unknown): boolean {
  return value === true
}

function write(ydoc: Y.Doc, key: string, value: unknown): void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  ydoc.transact(() => session.set(key, value), SESSION_ORIGIN)
}

/** The facilitator's window mutes (or unmutes) the timer on every device in the room. */
export function writeRoomMute(ydoc: Y.Doc, muted: boolean): void {
  write(ydoc, MUTE, muted)
}

/** The facilitator's window holds everyone's view to `view`, or (null) gives them their own back. */
export function writeHold(ydoc: Y.Doc, view: HeldView | null): void {
  // Whole pixels: sub-pixel moves are not worth an update to every device.
  write(ydoc, HOLD, view && { x: Math.round(view.x), y: Math.round(view.y), width: Math.round(Math.max(1, view.width)), height: Math.round(Math.max(1, view.height)) })
}

/**
 * Keeps the store's `roomMuted` and `roomHold` in step with the session, for the facilitator's
 * window and participants alike (the facilitator's own board is never held: it is the one held
 * to). Leaving the room gives the device its sound and its view back.
 */
export function bindRoomControls(store: AppStore, ydoc: Y.Doc): () => void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const show = () => {
    const roomMuted = readRoomMute(session.get(MUTE))
    const roomHold = readHold(session.get(HOLD))
    const now = store.getState()
    const same = now.roomHold === roomHold || (now.roomHold !== null && roomHold !== null && (['x', 'y', 'width', 'height'] as const).every((k) => now.roomHold?.[k] === roomHold[k]))
    // The same rectangle keeps its object, so a held board is not fitted again for a mute.
    if (now.roomMuted !== roomMuted || !same) store.setState({ roomMuted, roomHold: same ? now.roomHold : roomHold })
  }
  const update = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(MUTE) || event.keysChanged.has(HOLD)) show()
  }
  show()
  session.observe(update)
  return () => {
    session.unobserve(update)
    store.setState({ roomMuted: false, roomHold: null })
  }
}
