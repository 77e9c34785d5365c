import type { Card, DocDiff, JourneyDoc, Link } from '../domain'

type AnyRecord = { readonly id: string }

/** A local command's diff, split: what goes to the shared document, and the private cards it put or deleted. */
export interface SplitDiff {
  readonly shared: DocDiff
  readonly puts: readonly Card[]
  readonly deletes: readonly string[]
}

/**
 * Takes the private cards out of a command's diff. A card is private when it is one already, or
 * new (not in `prev`) while private writing is on. A link that touches a private card stays off
 * the shared document too: it would point at nothing there, and tell the others a card exists.
 */
export function splitPrivate(prev: JourneyDoc, diff: DocDiff, held: ReadonlySet<string>, on: boolean): SplitDiff {
  const puts: Card[] = []
  const deletes: string[] = []
  const sharedCards: AnyRecord[] = []
  const own = (id: string) => Object.prototype.hasOwnProperty.call(prev.cards, id)
  for (const card of (diff.puts.cards ?? []) as Card[]) {
    if (held.has(card.id) || (on && !own(card.id))) puts.push(card)
    else sharedCards.push(card)
  }
  const sharedDeletes: string[] = []
  for (const id of diff.deletes.cards ?? []) (held.has(id) ? deletes : sharedDeletes).push(id)
  if (puts.length === 0 && deletes.length === 0) return { shared: diff, puts, deletes }
  const hidden = new Set([...held, ...puts.map((c) => c.id)])
  const links = ((diff.puts.links ?? []) as Link[]).filter((l) => !hidden.has(l.from) && !hidden.has(l.to))
  const shared: DocDiff = {
    ...diff,
    puts: { ...diff.puts, cards: sharedCards, links },
    deletes: { ...diff.deletes, cards: sharedDeletes },
  }
  return { shared, puts, deletes }
}

const placed = (doc: JourneyDoc, card: Card) => card.place.kind !== 'cell' || (doc.lanes[card.place.laneId] !== undefined && doc.steps[card.place.stepId] !== undefined)

/**
 * The shared document with this person's private cards added: what their own board shows. A card
 * already in the shared document (revealed) is the shared one; a card whose lane or step someone
 * deleted waits unseen. Gives `current` back (the store's document) when it already is exactly
 * this, so the board and autosave see nothing changed.
 */
export function overlayPrivate(doc: JourneyDoc, held: ReadonlyMap<string, Card>, current: JourneyDoc | null): JourneyDoc {
  // Nothing held (nearly always): the projection as it is, at no cost on a large map.
  if (held.size === 0) return doc
  const extra = [...held.values()].filter((c) => !Object.prototype.hasOwnProperty.call(doc.cards, c.id) && placed(doc, c))
  let cards: JourneyDoc['cards'] = doc.cards
  if (extra.length > 0) {
    const next: Record<string, Card> = { ...doc.cards }
    for (const card of extra) next[card.id] = card
    cards = next as JourneyDoc['cards']
  }
  if (!current) return cards === doc.cards ? doc : { ...doc, cards }
  const ids = Object.keys(cards)
  const sameCards = ids.length === Object.keys(current.cards).length && ids.every((id) => (current.cards as Record<string, Card>)[id] === (cards as Record<string, Card>)[id])
  if (sameCards) cards = current.cards
  const rest = Object.keys(doc).filter((k) => k !== 'cards') as (keyof JourneyDoc)[]
  if (sameCards && rest.every((k) => doc[k] === current[k])) return current
  return cards === doc.cards ? doc : { ...doc, cards }
}
