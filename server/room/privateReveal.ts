// The reveal of private writing: every held card goes on the board in one transaction of the
// host's document, together with the session's "private writing is off", so every screen gets
// the cards and the end of the round in the same update (no moment with both or neither).
import * as Y from 'yjs'
import type { CardId } from '../../src/domain'
import { newId } from '../../src/domain/ids'
import { roomTable, storedFields } from '../../src/room/shape'
import { PRIVATE_ORIGIN, setSessionPrivate, type SessionPrivate } from '../../src/room/sessionPrivate'
import { ROOM_DOC } from '../../src/room/types'

type CardJson = Record<string, unknown> & { readonly id: string }

/** Writes private writing's state into the session (start, a reopened room, the end without a reveal). */
export function writePrivateSession(ydoc: Y.Doc, value: SessionPrivate | null): void {
  setSessionPrivate(ydoc, value)
}

/**
 * Inserts the cards like any card (one Y.Map of stored fields per card). `owners` records the
 * author unless the round is anonymous: then no entry at all, so nothing in the shared document
 * says who wrote it. A card whose id is already on the board was put there by an earlier reveal
 * (a host that crashed after writing the document but before forgetting the round): skipped, so
 * a second reveal never doubles it. Two authors who chose the same id each keep their card.
 */
export function revealPrivateCards(ydoc: Y.Doc, byAuthor: Readonly<Record<string, Readonly<Record<string, CardJson>>>>, anonymous: boolean): number {
  let written = 0
  ydoc.transact(() => {
    const cards = roomTable(ydoc, 'cards')
    const owners = ydoc.getMap<unknown>(ROOM_DOC.owners)
    const before = new Set(cards.keys())
    for (const [pid, mine] of Object.entries(byAuthor)) {
      for (const card of Object.values(mine)) {
        if (before.has(card.id)) continue
        const id = cards.has(card.id) ? newId<CardId>() : card.id
        const fields = new Y.Map<unknown>()
        for (const [key, value] of storedFields('cards', card)) fields.set(key, value)
        cards.set(id, fields)
        if (!anonymous) owners.set(id, pid)
        written++
      }
    }
    setSessionPrivate(ydoc, null)
  }, PRIVATE_ORIGIN)
  return written
}
