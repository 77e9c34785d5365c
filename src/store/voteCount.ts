import { createStore, useStore } from 'zustand'
import type { CardId, MapId } from '../domain'
import { setHandCount, type HandTally, type VoteRecord, type VoteScope } from '../domain/facilitation'

/**
 * The facilitator counting a show of hands: what is being voted on and the hands per card so far.
 * Session state only (never saved, never undone, never in a room's document); it names its map so
 * a count left open never shows on another map. The board draws its dots from here, the vote
 * panel writes them.
 */
export interface HandCount {
  readonly mapId: MapId
  readonly scope: VoteScope
  readonly startedAt: number
  readonly tally: HandTally
}

export interface VoteCountState {
  count: HandCount | null
  /** The dots the person hid from the board (see dotsKey); showing other dots brings them back. */
  hiddenDots: string | null
  startCount: (mapId: MapId, scope: VoteScope, startedAt: number) => void
  setHands: (cardId: CardId, n: number) => void
  /** Saved or discarded: the count ends. */
  endCount: () => void
  setDotsHidden: (key: string | null) => void
}

export const voteCountStore = createStore<VoteCountState>()((set, get) => ({
  count: null,
  hiddenDots: null,
  startCount: (mapId, scope, startedAt) => set({ count: { mapId, scope, startedAt, tally: {} } }),
  setHands: (cardId, n) => {
    const count = get().count
    if (!count) return
    const tally = setHandCount(count.tally, cardId, n)
    if (tally !== count.tally) set({ count: { ...count, tally } })
  },
  endCount: () => set({ count: null }),
  setDotsHidden: (hiddenDots) => set({ hiddenDots }),
}))

export function useVoteCount<T>(selector: (s: VoteCountState) => T): T {
  return useStore(voteCountStore, selector)
}

/** What the board shows as dots: a key naming it (to hide exactly it) and the votes per card. */
export interface BoardDots {
  readonly key: string
  readonly votes: ReadonlyMap<CardId, number>
}

/**
 * The dots on the board: the count under way on this map, else the map's latest saved vote; none
 * once the person hid exactly those. Cards without votes are left out, so only they draw a badge.
 */
export function boardDots(count: HandCount | null, mapId: MapId | null, history: readonly VoteRecord[], hidden: string | null): BoardDots | null {
  const dots = currentDots(count, mapId, history)
  return dots && dots.key !== hidden ? dots : null
}

function currentDots(count: HandCount | null, mapId: MapId | null, history: readonly VoteRecord[]): BoardDots | null {
  if (mapId === null) return null
  if (count && count.mapId === mapId) {
    return { key: `count:${count.startedAt}`, votes: new Map(Object.entries(count.tally).filter(([, n]) => n > 0) as [CardId, number][]) }
  }
  const latest = history.at(-1)
  if (!latest) return null
  return { key: `record:${latest.id}`, votes: new Map(latest.rows.filter((row) => row.votes > 0).map((row) => [row.cardId, row.votes])) }
}

/** The key of the dots the board would show with nothing hidden, for a "Show dots" control. */
export function dotsKey(count: HandCount | null, mapId: MapId | null, history: readonly VoteRecord[]): string | null {
  return currentDots(count, mapId, history)?.key ?? null
}
