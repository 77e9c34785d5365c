import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand'
import type { Card, DocDiff, JourneyDoc } from '../domain'
import { privateCardsStore } from '../store/privateCards'
import { jsonEqual } from './json'
import { sendPrivate, type PrivateRefusal, type PrivateReply } from './privateClient'
import { splitPrivate } from './privateOverlay'
import { observeSessionPrivate, type SessionPrivate } from './sessionPrivate'
import { roomTable, storedFields } from './shape'
import { ROOM_DOC } from './types'
import type { VoteIdentity } from './voteClient'

export interface PrivateWritingState {
  /** Private writing as the session says: null when off. */
  readonly session: SessionPrivate | null
  /** This person's private cards, as their board shows them. */
  readonly cards: ReadonlyMap<string, Card>
  readonly error: PrivateRefusal | null
}

/** What the binding asks of private writing (see bindRoom's `privateWriting`). */
export interface PrivateWriting {
  readonly state: StoreApi<PrivateWritingState>
  /** Takes this person's private cards out of a local command's diff and sends them to the host; returns the rest. */
  take(prev: JourneyDoc, diff: DocDiff): DocDiff
  /** Follows the session on this shared document until the returned dispose; `changed` redraws the board. */
  attach(ydoc: Y.Doc, changed: () => void): () => void
}

interface Options {
  readonly who: VoteIdentity
  /** The participant page's own origin: the host answers where it serves the page. */
  readonly origin: string
  readonly fetchImpl?: typeof fetch
}

/** The origin of a card this device writes itself after a round ended under it: nobody's undo. */
const LATE_ORIGIN = 'journeyboard:private-late'

/**
 * A participant's private writing. While the session says it is on, the cards this person adds go
 * to the host's private store (never to the shared document) and stay on their own board only,
 * editable, movable and deletable, until the facilitator reveals them: the host then writes them
 * to the shared document with the end of the round, and this copy is dropped. A card the host
 * could not take because the round had just ended is put on the board like any card, so a card
 * written in the last second is not lost.
 */
export function createPrivateWriting(options: Options): PrivateWriting {
  const state = createStore<PrivateWritingState>()(() => ({ session: null, cards: new Map(), error: null }))
  // The board's private look follows the held cards.
  state.subscribe((s, prev) => {
    if (s.cards !== prev.cards) privateCardsStore.setState({ ids: new Set(s.cards.keys()) })
  })
  let ydoc: Y.Doc | null = null
  let redraw = () => {}
  let asked = 0
  let lastAnonymous = false

  const setCards = (cards: ReadonlyMap<string, Card>) => {
    state.setState({ cards })
    redraw()
  }

  /** A card of this person's that the round no longer holds, written to the shared document as theirs (or nobody's). */
  const publish = (card: Card) => {
    const doc = ydoc
    if (!doc || roomTable(doc, 'cards').has(card.id)) return
    doc.transact(() => {
      const fields = new Y.Map<unknown>()
      for (const [key, value] of storedFields('cards', card)) fields.set(key, value)
      roomTable(doc, 'cards').set(card.id, fields)
      if (!lastAnonymous) doc.getMap<unknown>(ROOM_DOC.owners).set(card.id, options.who.pid)
    }, LATE_ORIGIN)
  }

  /** The host's list replaces this copy; objects equal to the held ones are kept (the board compares by reference). */
  const adopt = (reply: Extract<PrivateReply, { ok: true }>) => {
    const held = state.getState().cards
    const next = new Map<string, Card>()
    for (const card of reply.cards) {
      const mine = held.get(card.id)
      next.set(card.id, mine && jsonEqual(mine, card) ? mine : card)
    }
    setCards(next)
  }

  const send = async (request: Parameters<typeof sendPrivate>[2], card?: Card) => {
    const n = ++asked
    const reply = await sendPrivate(options.origin, options.who, request, options.fetchImpl)
    if (!reply.ok && reply.reason === 'closed' && card) {
      publish(card)
      return
    }
    // Only the answer to the latest request says what the host holds now.
    if (n !== asked || !state.getState().session) return
    if (reply.ok) {
      state.setState({ error: null })
      adopt(reply)
    } else {
      state.setState({ error: reply.reason })
      if (reply.reason !== 'failed') void send({ op: 'list' })
    }
  }

  const follow = (session: SessionPrivate | null) => {
    const before = state.getState().session
    state.setState({ session })
    if (session) {
      lastAnonymous = session.anonymous
      if (!before) void send({ op: 'list' })
      return
    }
    if (!before) return
    // The reveal came in the same update as the cards: anything held that is not on the board
    // never reached the host (a put under way), and goes on the board now instead.
    const held = [...state.getState().cards.values()]
    asked++
    state.setState({ error: null })
    setCards(new Map())
    for (const card of held) publish(card)
  }

  return {
    state,
    take(prev, diff) {
      const { session, cards } = state.getState()
      if (!session && cards.size === 0) return diff
      const split = splitPrivate(prev, diff, new Set(cards.keys()), session !== null)
      if (split.puts.length === 0 && split.deletes.length === 0) return diff
      const next = new Map(cards)
      for (const card of split.puts) next.set(card.id, card)
      for (const id of split.deletes) next.delete(id)
      state.setState({ cards: next })
      for (const card of split.puts) void send({ op: 'put', card }, card)
      for (const id of split.deletes) void send({ op: 'delete', id })
      return split.shared
    },
    attach(doc, changed) {
      ydoc = doc
      redraw = changed
      const stop = observeSessionPrivate(doc, follow)
      return () => {
        stop()
        ydoc = null
        redraw = () => {}
      }
    },
  }
}
