import * as Y from 'yjs'
import { plainRecord } from './json'
import { ROOM_DOC } from './types'

/**
 * Private writing as everyone may know it, in the shared `session` map under `private`: that it
 * is on, since when, and whether authors stay anonymous at the reveal. Never a card: those stay
 * on the host (docs/room-host.md, "Private writing") until the reveal writes them to the board.
 * The host process writes this entry itself, in the same transaction as the revealed cards.
 */
export interface SessionPrivate {
  readonly anonymous: boolean
  readonly startedAt: number
}

const KEY = 'private'
/** The host's own transactions (start, reveal): nobody's undo tracks them. */
export const PRIVATE_ORIGIN = 'journeyboard:private'

/** Private writing from the session, whatever a client wrote there; null when it is off (or not one). */
export function readSessionPrivate(value: unknown): SessionPrivate | null {
  const raw = plainRecord(value)
  if (!raw || typeof raw.startedAt !== 'number' || !Number.isFinite(raw.startedAt)) return null
  return { anonymous: raw.anonymous === true, startedAt: raw.startedAt }
}

/** Sets (or, with null, clears) private writing in `session`; inside the caller's transaction when there is one. */
export function setSessionPrivate(ydoc: Y.Doc, value: SessionPrivate | null): void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const next = value ? { anonymous: value.anonymous, startedAt: value.startedAt } : null
  const now = readSessionPrivate(session.get(KEY))
  if (now === null ? next === null : next !== null && now.anonymous === next.anonymous && now.startedAt === next.startedAt) return
  ydoc.transact(() => session.set(KEY, next), PRIVATE_ORIGIN)
}

/** Calls `show` with private writing's state now and whenever it changes; returns the unsubscribe. */
export function observeSessionPrivate(ydoc: Y.Doc, show: (value: SessionPrivate | null) => void): () => void {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  const update = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(KEY)) show(readSessionPrivate(session.get(KEY)))
  }
  show(readSessionPrivate(session.get(KEY)))
  session.observe(update)
  return () => session.unobserve(update)
}
