import { createCard, type MapId } from '../domain'
import { normalize } from '../format/normalize'
import type { ParsedDocument } from '../format/schema'

type Json = Record<string, unknown>
type Records = Readonly<Record<string, { readonly id: string }>>

/**
 * The room's actions as the format keeps them: each field already restored, here cleaned and
 * checked against the map (its own map id, the cards it names). An action names only a few cards
 * and the board may hold thousands, so the cards it names stand in for the board: normalize only
 * asks whether a card is there, and a free stand-in always is.
 */
export function checkActions(context: ParsedDocument, actions: readonly Json[], cards: Records): Records {
  const named = new Set<string>()
  for (const action of actions) {
    const ids = action.cardIds
    if (!Array.isArray(ids)) continue
    for (const id of ids) if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(cards, id)) named.add(id)
  }
  const place = { kind: 'free', x: 0, y: 0, width: 1, height: 1 } as const
  const standIns = [...named].sort().map((id) => ({ ...createCard(context.map.id as MapId, place), id }))
  const data = { ...context, cards: standIns, links: [], emotions: [], actions }
  return normalize(data as unknown as ParsedDocument).doc.actions as unknown as Records
}
